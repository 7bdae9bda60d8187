package dev.edgewise.address;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Where and why a scan stopped. The scanners report failure through one of these instead of
 * throwing, so that {@code tryParse} and {@code isValid} pay for no exception; only {@code parse}
 * turns it into an {@link AddressParseException}. One instance per call, never shared.
 */
final class ParseFailure {
  /**
   * Records nothing: for callers that only need to know whether a scan succeeded ({@code isValid},
   * {@code tryParse}, and the first try of {@code parse}, which scans again to learn why when it
   * fails), so that a valid parse allocates no failure record. It is never written, so sharing it
   * between threads is safe: it holds no state that changes.
   */
  static final ParseFailure DISCARD = new ParseFailure();

  private AddressErrorKind kind = AddressErrorKind.EMPTY;
  private int index;
  private String detail = "";

  /**
   * Records the failure and returns null, so that a scanner can write {@code return f.fail(...)}.
   */
  // T only types the null that is returned, so nothing unchecked can happen.
  @SuppressWarnings("TypeParameterUnusedInFormals")
  <T> @Nullable T fail(AddressErrorKind kind, int index, String detail) {
    if (this != DISCARD) {
      this.kind = kind;
      this.index = index;
      this.detail = detail;
    }
    return null;
  }

  AddressErrorKind kind() {
    return kind;
  }

  int index() {
    return index;
  }

  String detail() {
    return detail;
  }

  AddressParseException toException(CharSequence input) {
    return new AddressParseException(kind, Math.min(index, input.length()), input, detail);
  }
}
