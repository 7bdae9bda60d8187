package dev.edgewise.policy.internal;

import dev.edgewise.address.Domain;
import java.util.Collection;
import java.util.function.Function;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * An immutable set of domains that answers "is this domain, or one of its parents, listed?" in
 * time proportional to the length of the name asked about, however many domains are listed, and
 * without allocating.
 *
 * <p>Why not a {@code HashSet<String>} walked with {@code substring}: the evaluator asks this for
 * every request on an edge proxy's hot path, and each parent would be a new string. Here one
 * right-to-left pass computes the hash of every dot-separated suffix of the name, and each suffix
 * is probed in an open-addressing table and compared in place with {@code regionMatches}.
 *
 * <p>That hash is {@link String#hashCode()}'s polynomial, so a whole name (a listed {@code
 * Domain}'s, a SIP host's normalized text) is hashed by its own string, which computes it once and
 * keeps it: a request asking three sets about one domain reads its characters to compare, not to
 * hash them three times.
 */
public final class DomainSet {
  private static final DomainSet EMPTY = new DomainSet(new Domain[1], new int[1], null, 0);

  /**
   * Table of the listed domains, null where empty; its length is a power of two. The {@code Domain}
   * itself is kept, not just its name, so that a look-up by text can hand back the listed value and
   * a caller holding only a host's text need not build a {@code Domain} of its own.
   */
  private final @Nullable Domain[] table;

  private final int[] hashes;

  /**
   * For an index ({@link #index}), the entry each listed domain came from, in the same slot; null
   * for a plain set. One table instead of a map beside a set: at a million listed domains a
   * {@code HashMap} would add a node per entry and a second index of the same list.
   */
  private final @Nullable Object @Nullable [] values;

  private final int size;

  private DomainSet(
      @Nullable Domain[] table, int[] hashes, @Nullable Object @Nullable [] values, int size) {
    this.table = table;
    this.hashes = hashes;
    this.values = values;
    this.size = size;
  }

  /** Returns a set of {@code domains}; duplicates count once. */
  public static DomainSet of(Collection<Domain> domains) {
    return build(domains, d -> d, false);
  }

  /**
   * Returns the set of the entries' domains, each keeping the first entry that names it, which
   * {@link #value} hands back.
   */
  public static <E> DomainSet index(Collection<E> entries, Function<? super E, Domain> domain) {
    return build(entries, domain, true);
  }

  private static <E> DomainSet build(
      Collection<E> entries, Function<? super E, Domain> domain, boolean keep) {
    if (entries.isEmpty()) {
      return EMPTY;
    }
    int capacity = Integer.highestOneBit(Math.max(2, entries.size() * 2 - 1)) << 1;
    @Nullable Domain[] table = new Domain[capacity];
    int[] hashes = new int[capacity];
    @Nullable Object @Nullable [] values = keep ? new Object[capacity] : null;
    int size = 0;
    for (E e : entries) {
      Domain d = domain.apply(e);
      String name = d.toString();
      int h = name.hashCode();
      int slot = find(table, hashes, name, 0, name.length(), h);
      if (table[slot] == null) {
        table[slot] = d;
        hashes[slot] = h;
        if (values != null) {
          values[slot] = e;
        }
        size++;
      }
    }
    return new DomainSet(table, hashes, values, size);
  }

  /** For an {@link #index}: the first entry naming {@code domain}, or null if none does. */
  public @Nullable Object value(Domain domain) {
    @Nullable Object @Nullable [] v = values;
    if (v == null || size == 0) {
      return null;
    }
    String name = domain.toString();
    return v[find(table, hashes, name, 0, name.length(), name.hashCode())];
  }

  /** Returns the number of distinct domains. */
  public int size() {
    return size;
  }

  /** Returns whether {@code domain} itself is in the set. */
  public boolean contains(Domain domain) {
    String name = domain.toString();
    return get(name, 0, name.length()) != null;
  }

  /**
   * Returns the listed domain whose canonical name is {@code text[from, to)}, or null. The text is
   * compared as it is: a caller passes a name already in canonical form (lower case, no trailing
   * dot), such as a region of a SIP host's normalized text.
   */
  public @Nullable Domain get(String text, int from, int to) {
    if (size == 0) {
      return null;
    }
    int h = from == 0 && to == text.length() ? text.hashCode() : hash(text, from, to);
    return table[find(table, hashes, text, from, to, h)];
  }

  /**
   * Returns the listed domain that is {@code domain} or the nearest of its parents, or null if
   * neither it nor any parent is listed.
   */
  public @Nullable String findSelfOrAncestor(Domain domain) {
    String name = domain.toString();
    Domain nearest = findSelfOrAncestor(name, 0, name.length());
    return nearest == null ? null : nearest.toString();
  }

  /**
   * Returns the listed domain that is {@code text[from, to)} or its nearest listed parent, or null;
   * the text is canonical, as for {@link #get}.
   */
  public @Nullable Domain findSelfOrAncestor(String text, int from, int to) {
    if (size == 0) {
      return null;
    }
    // One right-to-left pass: h is the hash of text[i, to); at each label start, probe it.
    int h = 0;
    int pow = 1;
    @Nullable Domain nearest = null;
    for (int i = to - 1; i >= from; i--) {
      h += text.charAt(i) * pow;
      pow *= 31;
      if (i == from || text.charAt(i - 1) == '.') {
        @Nullable Domain entry = table[find(table, hashes, text, i, to, h)];
        if (entry != null) {
          nearest = entry; // keep walking: a longer (nearer) match wins
        }
      }
    }
    return nearest;
  }

  /**
   * The hash of {@code s[from, to)}, equal to what the right-to-left pass computes for it and to
   * {@code s.substring(from, to).hashCode()}.
   */
  private static int hash(String s, int from, int to) {
    int h = 0;
    int pow = 1;
    for (int i = to - 1; i >= from; i--) {
      h += s.charAt(i) * pow;
      pow *= 31;
    }
    return h;
  }

  /** Returns the slot holding {@code name[from, to)}, or the empty slot where it would go. */
  private static int find(
      @Nullable Domain[] table, int[] hashes, String name, int from, int to, int hash) {
    int mask = table.length - 1;
    int length = to - from;
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      Domain entry = table[slot];
      if (entry == null) {
        return slot;
      }
      // The hash first: reading the entry's name is two more memory loads, paid only on a match.
      if (hashes[slot] == hash) {
        String listed = entry.toString();
        if (listed.length() == length && listed.regionMatches(0, name, from, length)) {
          return slot;
        }
      }
    }
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
