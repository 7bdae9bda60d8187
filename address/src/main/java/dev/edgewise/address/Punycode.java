package dev.edgewise.address;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Punycode (RFC 3492) for labels of BMP characters: the encoding half of IDNA's ToASCII, without
 * the {@code xn--} prefix. Only {@link Idna}'s fast path uses it, for labels whose characters
 * nameprep leaves unchanged; everything else goes to {@link java.net.IDN}.
 */
final class Punycode {
  private Punycode() {}

  private static final int BASE = 36;
  private static final int TMIN = 1;
  private static final int TMAX = 26;
  private static final int SKEW = 38;
  private static final int DAMP = 700;
  private static final int INITIAL_BIAS = 72;
  private static final int INITIAL_N = 128;

  /**
   * Appends the encoding of {@code label[from, to)} (code units, all below U+D800) to {@code out};
   * false when it would overflow, which no label of a valid name comes near.
   */
  static boolean encode(CharSequence label, int from, int to, StringBuilder out) {
    int length = to - from;
    int basic = 0;
    for (int i = from; i < to; i++) {
      char c = label.charAt(i);
      if (c < 0x80) {
        out.append(c);
        basic++;
      }
    }
    if (basic > 0) {
      out.append('-');
    }
    int n = INITIAL_N;
    int delta = 0;
    int bias = INITIAL_BIAS;
    int handled = basic;
    while (handled < length) {
      int m = Integer.MAX_VALUE;
      for (int i = from; i < to; i++) {
        char c = label.charAt(i);
        if (c >= n && c < m) {
          m = c;
        }
      }
      long d = delta + (long) (m - n) * (handled + 1);
      if (d > Integer.MAX_VALUE) {
        return false;
      }
      delta = (int) d;
      n = m;
      for (int i = from; i < to; i++) {
        char c = label.charAt(i);
        if (c < n) {
          delta++;
        } else if (c == n) {
          int q = delta;
          for (int k = BASE; ; k += BASE) {
            int t = threshold(k, bias);
            if (q < t) {
              break;
            }
            out.append(digit(t + (q - t) % (BASE - t)));
            q = (q - t) / (BASE - t);
          }
          out.append(digit(q));
          bias = adapt(delta, handled + 1, handled == basic);
          delta = 0;
          handled++;
        }
      }
      delta++;
      n++;
    }
    return true;
  }

  /**
   * Decodes {@code code[from, to)} (lower-case, after the {@code xn--}) into code points, or
   * answers null when it is no valid encoding.
   */
  static int @Nullable [] decode(CharSequence code, int from, int to) {
    int delimiter = -1;
    for (int i = to - 1; i >= from; i--) {
      if (code.charAt(i) == '-') {
        delimiter = i;
        break;
      }
    }
    int[] out = new int[to - from];
    int length = 0;
    int in = from;
    if (delimiter >= from) {
      for (int i = from; i < delimiter; i++) {
        char c = code.charAt(i);
        if (c >= 0x80) {
          return null;
        }
        out[length++] = c;
      }
      in = delimiter + 1;
    }
    int n = INITIAL_N;
    int i = 0;
    int bias = INITIAL_BIAS;
    while (in < to) {
      int old = i;
      int w = 1;
      for (int k = BASE; ; k += BASE) {
        if (in >= to) {
          return null;
        }
        int digit = digitValue(code.charAt(in++));
        if (digit < 0) {
          return null;
        }
        long next = i + (long) digit * w;
        if (next > Integer.MAX_VALUE) {
          return null;
        }
        i = (int) next;
        int t = threshold(k, bias);
        if (digit < t) {
          break;
        }
        long nextW = (long) w * (BASE - t);
        if (nextW > Integer.MAX_VALUE) {
          return null;
        }
        w = (int) nextW;
      }
      bias = adapt(i - old, length + 1, old == 0);
      n += i / (length + 1);
      i %= length + 1;
      if (n > Character.MAX_CODE_POINT || length == out.length) {
        return null;
      }
      System.arraycopy(out, i, out, i + 1, length - i);
      out[i++] = n;
      length++;
    }
    return length == out.length ? out : java.util.Arrays.copyOf(out, length);
  }

  private static int threshold(int k, int bias) {
    return k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
  }

  private static int adapt(int delta, int points, boolean first) {
    delta = first ? delta / DAMP : delta / 2;
    delta += delta / points;
    int k = 0;
    while (delta > ((BASE - TMIN) * TMAX) / 2) {
      delta /= BASE - TMIN;
      k += BASE;
    }
    return k + (BASE - TMIN + 1) * delta / (delta + SKEW);
  }

  private static char digit(int d) {
    return (char) (d < 26 ? 'a' + d : '0' + d - 26);
  }

  private static int digitValue(char c) {
    if (c >= 'a' && c <= 'z') {
      return c - 'a';
    }
    if (c >= '0' && c <= '9') {
      return c - '0' + 26;
    }
    return -1;
  }
}
