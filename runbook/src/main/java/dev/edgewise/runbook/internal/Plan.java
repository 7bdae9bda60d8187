package dev.edgewise.runbook.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.checkerframework.checker.nullness.qual.NonNull;

/**
 * How one ordered list becomes another with the cmdlets' three moves: {@code Remove-} deletes,
 * {@code Set-} changes in place, {@code New-} appends. The longest prefix of the target whose
 * entries keep their relative order in the source (and can be changed in place) is kept; every
 * other source entry is removed and every later target entry appended. Each move is needed: a
 * dropped removal leaves an entry (or makes its re-creation fail), a dropped change or addition
 * leaves the list different.
 */
final class Plan<T extends @NonNull Object> {
  final List<T> removes = new ArrayList<>();
  /** Pairs (source, target) kept in place but changed. */
  final List<List<T>> sets = new ArrayList<>();
  final List<T> news = new ArrayList<>();
  /** Target entries kept from the source (changed or not). */
  final List<T> kept = new ArrayList<>();

  static <T extends @NonNull Object, K extends @NonNull Object> Plan<T> of(
      List<T> from, List<T> to, Function<T, K> key, BiPredicate<T, T> canChangeInPlace) {
    Plan<T> p = new Plan<>();
    Map<K, Integer> index = new HashMap<>();
    for (int i = 0; i < from.size(); i++) {
      index.putIfAbsent(key.apply(from.get(i)), i);
    }
    int last = -1;
    int j = 0;
    boolean[] keep = new boolean[from.size()];
    while (j < to.size()) {
      Integer at = index.get(key.apply(to.get(j)));
      if (at == null || at <= last) {
        break;
      }
      T a = from.get(at);
      T b = to.get(j);
      if (!a.equals(b) && !canChangeInPlace.test(a, b)) {
        break;
      }
      keep[at] = true;
      last = at;
      p.kept.add(b);
      if (!a.equals(b)) {
        p.sets.add(List.of(a, b));
      }
      j++;
    }
    for (int i = 0; i < from.size(); i++) {
      if (!keep[i]) {
        p.removes.add(from.get(i));
      }
    }
    for (; j < to.size(); j++) {
      p.news.add(to.get(j));
    }
    return p;
  }
}
