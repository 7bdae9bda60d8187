/**
 * Edgewise address: SIP URIs, domains and Microsoft accounts as immutable, canonical values.
 *
 * <p>All parsers throw a single documented exception, {@link dev.edgewise.address.AddressParseException},
 * with an {@link dev.edgewise.address.AddressErrorKind} and the offending position.
 */
module dev.edgewise.address {
  // Implementation only: public signatures use JDK types.
  requires com.google.common;
  // Transitive: @Nullable appears in public signatures (equals), so readers may need to see it.
  requires static transitive org.checkerframework.checker.qual;
  requires static com.google.errorprone.annotations;

  exports dev.edgewise.address;
}
