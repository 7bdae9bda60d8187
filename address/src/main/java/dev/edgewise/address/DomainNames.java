package dev.edgewise.address;

import java.util.Collection;

/**
 * A fixed set of canonical domain names that answers whether a region of text, in any ASCII case,
 * is one of them, without building a {@link Domain} or a substring: for the decoding fast path,
 * which looks up the host and the decorated domain of every address it reads. Open addressing over
 * the names, hashed like {@link String#hashCode} on the lower-cased text; immutable once built.
 */
final class DomainNames {
  private final String[] table;

  DomainNames(Collection<Domain> domains) {
    table = new String[Math.max(8, Integer.highestOneBit(Math.max(1, domains.size())) << 2)];
    int mask = table.length - 1;
    for (Domain d : domains) {
      String name = d.toString();
      int slot = hash(name, 0, name.length()) & mask;
      while (table[slot] != null && !table[slot].equals(name)) {
        slot = (slot + 1) & mask;
      }
      table[slot] = name;
    }
  }

  /** Whether {@code in[start, end)}, ASCII letters folded to lower case, is one of the names. */
  boolean contains(CharSequence in, int start, int end) {
    int mask = table.length - 1;
    for (int slot = hash(in, start, end) & mask; ; slot = (slot + 1) & mask) {
      String name = table[slot];
      if (name == null) {
        return false;
      }
      if (equalsFolded(in, start, end, name)) {
        return true;
      }
    }
  }

  /** Whether {@code in[start, end)}, ASCII letters folded to lower case, is {@code name}. */
  static boolean equalsFolded(CharSequence in, int start, int end, String name) {
    if (end - start != name.length()) {
      return false;
    }
    for (int i = start; i < end; i++) {
      char c = in.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c != name.charAt(i - start)) {
        return false;
      }
    }
    return true;
  }

  private static int hash(CharSequence in, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      char c = in.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      h = 31 * h + c;
    }
    return h ^ (h >>> 16);
  }
}
