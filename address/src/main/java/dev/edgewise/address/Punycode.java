package dev.edgewise.address;

import java.util.Arrays;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Punycode (RFC 3492) for labels of BMP characters, the encoding half of IDNA's ToASCII without
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

  /** Appends the encoding of {@code label[0, n)} to {@code out}; false if it would overflow. */
  static boolean encode(char[] label, int n, StringBuilder out) {
    return run(label, n, out, "", 0, 0) >= 0;
  }

  /**
   * Whether {@code label[0, n)} encodes to exactly {@code code[from, to)}, ASCII case aside,
   * compared as it is written so that nothing is built.
   */
  static boolean encodesTo(char[] label, int n, CharSequence code, int from, int to) {
    return run(label, n, null, code, from, to) == to;
  }

  /**
   * The encoder of RFC 3492 section 6.3, writing to {@code out}, or, when it is null, comparing
   * with {@code expected} from {@code p}: answers where the output ends, or -1 on a mismatch or
   * an overflow.
   */
  private static int run(
      char[] label, int n, @Nullable StringBuilder out, CharSequence expected, int p, int limit) {
    int basic = 0;
    for (int i = 0; i < n; i++) {
      if (label[i] < 0x80) {
        p = emit(label[i], out, expected, p, limit);
        basic++;
      }
    }
    if (basic > 0) {
      p = emit('-', out, expected, p, limit);
    }
    int next = INITIAL_N;
    int delta = 0;
    int bias = INITIAL_BIAS;
    int handled = basic;
    while (handled < n && p >= 0) {
      int m = Integer.MAX_VALUE;
      for (int i = 0; i < n; i++) {
        if (label[i] >= next && label[i] < m) {
          m = label[i];
        }
      }
      long d = delta + (long) (m - next) * (handled + 1);
      if (d > Integer.MAX_VALUE) {
        return -1;
      }
      delta = (int) d;
      next = m;
      for (int i = 0; i < n; i++) {
        if (label[i] < next) {
          delta++;
        } else if (label[i] == next) {
          int q = delta;
          for (int k = BASE; ; k += BASE) {
            int t = threshold(k, bias);
            if (q < t) {
              break;
            }
            p = emit(digit(t + (q - t) % (BASE - t)), out, expected, p, limit);
            q = (q - t) / (BASE - t);
          }
          p = emit(digit(q), out, expected, p, limit);
          bias = adapt(delta, handled + 1, handled == basic);
          delta = 0;
          handled++;
        }
      }
      delta++;
      next++;
    }
    return p;
  }

  private static int emit(
      char c, @Nullable StringBuilder out, CharSequence expected, int p, int limit) {
    if (p < 0) {
      return -1;
    }
    if (out != null) {
      out.append(c);
      return p + 1;
    }
    return p < limit && toLower(expected.charAt(p)) == c ? p + 1 : -1;
  }

  /**
   * Decodes {@code code[from, to)} (after the {@code xn--}, in any ASCII case) into UTF-16 units,
   * or answers null when it is no valid encoding or decodes to a character beyond the BMP (never
   * a stable one). Basic characters come out in lower case.
   */
  static char @Nullable [] decode(CharSequence code, int from, int to) {
    int delimiter = -1;
    for (int i = to - 1; i >= from; i--) {
      if (code.charAt(i) == '-') {
        delimiter = i;
        break;
      }
    }
    char[] out = new char[to - from];
    int length = 0;
    int in = from;
    if (delimiter >= from) {
      for (int i = from; i < delimiter; i++) {
        char c = code.charAt(i);
        if (c >= 0x80) {
          return null;
        }
        out[length++] = toLower(c);
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
      long point = n + (long) (i / (length + 1));
      if (point > Character.MAX_VALUE || length == out.length) {
        return null;
      }
      n = (int) point;
      i %= length + 1;
      System.arraycopy(out, i, out, i + 1, length - i);
      out[i++] = (char) n;
      length++;
    }
    return length == out.length ? out : Arrays.copyOf(out, length);
  }

  private static int threshold(int k, int bias) {
    return k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
  }

  private static int adapt(int delta, int points, boolean first) {
    int d = first ? delta / DAMP : delta / 2;
    d += d / points;
    int k = 0;
    while (d > ((BASE - TMIN) * TMAX) / 2) {
      d /= BASE - TMIN;
      k += BASE;
    }
    return k + (BASE - TMIN + 1) * d / (d + SKEW);
  }

  private static char digit(int d) {
    return (char) (d < 26 ? 'a' + d : '0' + d - 26);
  }

  private static int digitValue(char c) {
    char l = toLower(c);
    if (l >= 'a' && l <= 'z') {
      return l - 'a';
    }
    if (c >= '0' && c <= '9') {
      return c - '0' + 26;
    }
    return -1;
  }

  private static char toLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }
}
