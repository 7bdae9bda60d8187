package dev.edgewise.benchmarks;

/**
 * Hands out the inputs of a corpus one per benchmark call, in order and round again, so that a
 * figure is the mean over the whole corpus and the JIT cannot specialize on one input. Costs about
 * a nanosecond, the same for every contender.
 */
final class Cycle<T> {
  private final T[] items;
  private int next;

  Cycle(T[] items) {
    if (items.length == 0) {
      throw new IllegalArgumentException("empty corpus");
    }
    this.items = items.clone();
  }

  T next() {
    int i = next;
    next = i + 1 == items.length ? 0 : i + 1;
    return items[i];
  }
}
