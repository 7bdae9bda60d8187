package dev.edgewise.address;

import java.util.Collection;

/**
 * A fixed set of canonical domain names that answers whether a region of text, in any ASCII case,
 * is one of them, without building a {@link Domain} or a substring: for the decoding fast path,
 * which looks up the host and the decorated domain of every address it reads. Open addressing over
 * the names; immutable once built.
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

  /**
   * Hashes the length and six characters, folded: constant time, because a look-up runs for every
   * address read and most miss. Names that collide are told apart by {@link #equalsFolded} while
   * probing; the names are configuration, never input, so input cannot grow a cluster.
   */
  private static int hash(CharSequence in, int start, int end) {
    int n = end - start;
    if (n == 0) {
      return 0;
    }
    // The first three, the middle and the last characters, and the one before a four-character
    // suffix such as ".com", which most names end with.
    int h = n;
    h = 31 * h + fold(in.charAt(start));
    h = 31 * h + fold(in.charAt(start + Math.min(1, n - 1)));
    h = 31 * h + fold(in.charAt(start + Math.min(2, n - 1)));
    h = 31 * h + fold(in.charAt(start + n / 2));
    h = 31 * h + fold(in.charAt(Math.max(start, end - 5)));
    h = 31 * h + fold(in.charAt(end - 1));
    return h ^ (h >>> 11);
  }

  private static char fold(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }
}
