package dev.edgewise.policy.internal;

import dev.edgewise.address.Domain;
import java.util.Collection;
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
 */
public final class DomainSet {
  private static final DomainSet EMPTY = new DomainSet(new String[1], new int[1], 0);

  /** Table of canonical names, null where empty; its length is a power of two. */
  private final @Nullable String[] table;

  private final int[] hashes;
  private final int size;

  private DomainSet(@Nullable String[] table, int[] hashes, int size) {
    this.table = table;
    this.hashes = hashes;
    this.size = size;
  }

  /** Returns a set of {@code domains}; duplicates count once. */
  public static DomainSet of(Collection<Domain> domains) {
    if (domains.isEmpty()) {
      return EMPTY;
    }
    int capacity = Integer.highestOneBit(Math.max(2, domains.size() * 2 - 1)) << 1;
    @Nullable String[] table = new String[capacity];
    int[] hashes = new int[capacity];
    int size = 0;
    for (Domain d : domains) {
      String name = d.toString();
      int h = suffixHash(name, 0);
      int slot = find(table, hashes, name, 0, h);
      if (table[slot] == null) {
        table[slot] = name;
        hashes[slot] = h;
        size++;
      }
    }
    return new DomainSet(table, hashes, size);
  }

  /** Returns the number of distinct domains. */
  public int size() {
    return size;
  }

  /** Returns whether {@code domain} itself is in the set. */
  public boolean contains(Domain domain) {
    String name = domain.toString();
    int slot = find(table, hashes, name, 0, suffixHash(name, 0));
    return table[slot] != null;
  }

  /**
   * Returns the listed domain that is {@code domain} or the nearest of its parents, or null if
   * neither it nor any parent is listed.
   */
  public @Nullable String findSelfOrAncestor(Domain domain) {
    if (size == 0) {
      return null;
    }
    String name = domain.toString();
    // One right-to-left pass: h is the hash of name[i..]; at each label start, probe it.
    int h = 0;
    int pow = 1;
    @Nullable String nearest = null;
    for (int i = name.length() - 1; i >= 0; i--) {
      h += name.charAt(i) * pow;
      pow *= 31;
      if (i == 0 || name.charAt(i - 1) == '.') {
        int slot = find(table, hashes, name, i, h);
        if (table[slot] != null) {
          nearest = table[slot]; // keep walking: a longer (nearer) match wins
        }
      }
    }
    return nearest;
  }

  /** The hash of {@code s[from..]}, equal to what the right-to-left pass computes for it. */
  private static int suffixHash(String s, int from) {
    int h = 0;
    int pow = 1;
    for (int i = s.length() - 1; i >= from; i--) {
      h += s.charAt(i) * pow;
      pow *= 31;
    }
    return h;
  }

  /** Returns the slot holding {@code name[from..]}, or the empty slot where it would go. */
  private static int find(
      @Nullable String[] table, int[] hashes, String name, int from, int hash) {
    int mask = table.length - 1;
    int length = name.length() - from;
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      String entry = table[slot];
      if (entry == null
          || (hashes[slot] == hash
              && entry.length() == length
              && entry.regionMatches(0, name, from, length))) {
        return slot;
      }
    }
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
