package dev.edgewise.address;

/** Walks a validated parameter region: each position is the start of a parameter name. */
final class Params {
  private Params() {}

  static int first(int paramsStart) {
    return paramsStart + 1;
  }

  static int nameEnd(String in, int nameStart, int limit) {
    int i = nameStart;
    while (i < limit && in.charAt(i) != '=' && in.charAt(i) != ';') {
      i++;
    }
    return i;
  }

  /** Start of the value, or -1 for a flag parameter. */
  static int valueStart(String in, int nameEnd, int limit) {
    return nameEnd < limit && in.charAt(nameEnd) == '=' ? nameEnd + 1 : -1;
  }

  static int valueEnd(String in, int valueStart, int limit) {
    int i = valueStart;
    while (i < limit && in.charAt(i) != ';') {
      i++;
    }
    return i;
  }

  /** Start of the next parameter's name, or {@code limit}. */
  static int next(String in, int nameStart, int limit) {
    int i = nameStart;
    while (i < limit && in.charAt(i) != ';') {
      i++;
    }
    return i < limit ? i + 1 : limit;
  }
}
