package dev.edgewise.address;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators that build valid SIP URIs component by component, from the RFC 3261
 * character classes: raw text with escapes, every IPv6 form, parameters and headers. Also the
 * transformations the equivalence properties use.
 */
final class SipUriGenerators {
  private SipUriGenerators() {}

  static final String ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  static final String MARK = "-_.!~*'()";
  static final String USER_CHARS = ALNUM + MARK + "&=+$,;?/";
  static final String PASSWORD_CHARS = ALNUM + MARK + "&=+$,";
  static final String PARAM_CHARS = ALNUM + MARK + "[]/:&+$";
  static final String HEADER_CHARS = ALNUM + MARK + "[]/?:+$";
  private static final Set<String> KNOWN =
      Set.of("transport", "user", "method", "ttl", "maddr", "lr");

  /** A raw (escaped) parameter; a null value is a flag. */
  record Param(String name, String value) {
    String text() {
      return value == null ? ";" + name : ";" + name + "=" + value;
    }
  }

  /** A raw (escaped) header. */
  record Hdr(String name, String value) {}

  /** The raw pieces of a URI, as they will be written. */
  record Parts(
      String scheme,
      String user,
      String password,
      String host,
      String port,
      List<Param> params,
      List<Hdr> headers) {
    String text() {
      StringBuilder sb = new StringBuilder(scheme).append(':');
      if (user != null) {
        sb.append(user);
        if (password != null) {
          sb.append(':').append(password);
        }
        sb.append('@');
      }
      sb.append(host);
      if (!port.isEmpty()) {
        sb.append(':').append(port);
      }
      params.forEach(p -> sb.append(p.text()));
      char sep = '?';
      for (Hdr h : headers) {
        sb.append(sep).append(h.name()).append('=').append(h.value());
        sep = '&';
      }
      return sb.toString();
    }

    @Override
    public String toString() {
      return text();
    }
  }

  private static List<String> chars(String alphabet) {
    List<String> l = new ArrayList<>();
    for (int i = 0; i < alphabet.length(); i++) {
      l.add(String.valueOf(alphabet.charAt(i)));
    }
    return l;
  }

  static String escape(int b, boolean lower) {
    String hex = String.format(Locale.ROOT, "%02X", b);
    return "%" + (lower ? hex.toLowerCase(Locale.ROOT) : hex);
  }

  /** One character of the alphabet, or (a quarter of the time) an escape of any octet. */
  static Gen<String> unit(String alphabet) {
    Gen<String> raw = Generate.pick(chars(alphabet));
    Gen<String> esc = Generate.range(0, 255).zip(Generate.booleans(), SipUriGenerators::escape);
    return raw.mix(esc, 25);
  }

  static Gen<String> component(String alphabet, int min, int max) {
    return lists().of(unit(alphabet)).ofSizeBetween(min, max).map(l -> String.join("", l));
  }

  static Gen<String> domainName() {
    Gen<String> label =
        lists()
            .of(Generate.pick(chars("abcxyzABCXYZ0189-")))
            .ofSizeBetween(1, 6)
            .map(
                l -> {
                  String s = String.join("", l);
                  if (s.startsWith("-")) {
                    s = "a" + s.substring(1);
                  }
                  if (s.endsWith("-")) {
                    s = s.substring(0, s.length() - 1) + "9";
                  }
                  return s;
                });
    Gen<String> top = Generate.pick(chars("aBcZ")).zip(label, (a, l) -> a + l);
    return lists()
        .of(label)
        .ofSizeBetween(0, 3)
        .zip(
            top,
            Generate.range(0, 9),
            (ls, t, dot) -> {
              StringBuilder sb = new StringBuilder();
              ls.forEach(l -> sb.append(l).append('.'));
              return sb.append(t).append(dot == 0 ? "." : "").toString();
            });
  }

  static Gen<String> ipv4() {
    return lists()
        .of(Generate.range(0, 255))
        .ofSize(4)
        .map(l -> l.get(0) + "." + l.get(1) + "." + l.get(2) + "." + l.get(3));
  }

  /**
   * IPv6 references in every RFC 3986 shape: full, compressed at any zero run, with an IPv4 suffix,
   * with leading zeros and either letter case.
   */
  static Gen<String> ipv6() {
    Gen<Integer> group = Generate.range(0, 0xFFFF).mix(Generate.constant(0), 50);
    return lists()
        .of(group)
        .ofSize(8)
        .zip(
            Generate.range(0, 5),
            Generate.booleans(),
            Generate.booleans(),
            SipUriGenerators::ipv6Text);
  }

  static String ipv6Text(List<Integer> g, int style, boolean v4Suffix, boolean upper) {
    int limit = v4Suffix ? 6 : 8;
    List<String> hex = new ArrayList<>();
    for (int i = 0; i < limit; i++) {
      String h = Integer.toHexString(g.get(i));
      if (style == 1) {
        h = "0".repeat(4 - h.length()) + h;
      }
      hex.add(upper ? h.toUpperCase(Locale.ROOT) : h);
    }
    String suffix =
        v4Suffix
            ? (g.get(6) >> 8)
                + "."
                + (g.get(6) & 0xFF)
                + "."
                + (g.get(7) >> 8)
                + "."
                + (g.get(7) & 0xFF)
            : null;
    // Compress the style-th zero run (if any): every run is a legal place for "::".
    int runStart = -1;
    int runEnd = -1;
    int seen = 0;
    for (int i = 0; i < limit; ) {
      if (g.get(i) != 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < limit && g.get(j) == 0) {
        j++;
      }
      if (style >= 2 && seen == (style - 2) % 2) {
        runStart = i;
        runEnd = j;
      }
      seen++;
      i = j;
    }
    StringBuilder sb = new StringBuilder("[");
    if (runStart < 0) {
      sb.append(String.join(":", hex));
      if (suffix != null) {
        sb.append(':').append(suffix);
      }
    } else {
      sb.append(String.join(":", hex.subList(0, runStart))).append("::");
      sb.append(String.join(":", hex.subList(runEnd, limit)));
      if (suffix != null) {
        sb.append(runEnd < limit ? ":" : "").append(suffix);
      }
    }
    return sb.append(']').toString();
  }

  static Gen<String> host() {
    return Generate.frequency(
        org.quicktheories.api.Pair.of(5, domainName()),
        org.quicktheories.api.Pair.of(2, ipv4()),
        org.quicktheories.api.Pair.of(3, ipv6()));
  }

  static Gen<String> port() {
    Gen<String> some =
        Generate.range(0, 65_535).zip(Generate.range(0, 5), (p, z) -> (z == 0 ? "00" : "") + p);
    return some.mix(Generate.constant(""), 50);
  }

  static Gen<List<Param>> knownParams() {
    Gen<Param> transport =
        Generate.pick(List.of("udp", "tcp", "TLS", "sctp", "ws"))
            .map(v -> new Param("transport", v));
    Gen<Param> ttl = Generate.range(0, 255).map(v -> new Param("ttl", Integer.toString(v)));
    Gen<Param> maddr = Generate.oneOf(domainName(), ipv4(), ipv6()).map(v -> new Param("maddr", v));
    Gen<Param> user =
        Generate.pick(List.of("phone", "ip", "dialstring")).map(v -> new Param("user", v));
    Gen<Param> method =
        Generate.pick(List.of("INVITE", "REGISTER", "BYE")).map(v -> new Param("method", v));
    Gen<Param> lr = Generate.pick(List.of(new Param("lr", null), new Param("lr", "on")));
    return lists()
        .of(Generate.oneOf(transport, ttl, maddr, user, method, lr))
        .ofSizeBetween(0, 3)
        .map(SipUriGenerators::distinct);
  }

  static Gen<List<Param>> otherParams() {
    Gen<Param> p =
        component(PARAM_CHARS, 1, 6)
            .zip(
                component(PARAM_CHARS, 1, 6).mix(Generate.constant((String) null), 30), Param::new);
    return lists().of(p).ofSizeBetween(0, 4).map(SipUriGenerators::distinct);
  }

  /**
   * Drops parameters whose decoded name repeats an earlier one, and unknown ones named like known
   * ones.
   */
  static List<Param> distinct(List<Param> in) {
    Set<String> names = new HashSet<>();
    List<Param> out = new ArrayList<>();
    for (Param p : in) {
      String key = UriChars.decodeLower(p.name(), 0, p.name().length());
      if (names.add(key)) {
        out.add(p);
      }
    }
    return out;
  }

  static Gen<List<Hdr>> headers() {
    Gen<Hdr> h = component(HEADER_CHARS, 1, 6).zip(component(HEADER_CHARS, 0, 6), Hdr::new);
    return lists().of(h).ofSizeBetween(0, 3).mix(Generate.constant(List.of()), 40);
  }

  /** Valid URIs as raw parts. */
  static Gen<Parts> parts() {
    Gen<String> scheme = Generate.pick(List.of("sip", "sips", "SIP", "Sips"));
    Gen<String> user = component(USER_CHARS, 1, 10).mix(Generate.constant((String) null), 20);
    Gen<String> password =
        component(PASSWORD_CHARS, 0, 6).mix(Generate.constant((String) null), 70);
    Gen<List<Param>> params =
        knownParams()
            .zip(
                otherParams(),
                (k, o) -> {
                  List<Param> all = new ArrayList<>(k);
                  for (Param p : o) {
                    if (!KNOWN.contains(UriChars.decodeLower(p.name(), 0, p.name().length()))) {
                      all.add(p);
                    }
                  }
                  return distinct(all);
                });
    Gen<String[]> userinfo = user.zip(password, (u, p) -> new String[] {u, u == null ? null : p});
    return scheme
        .zip(userinfo, host(), port(), (s, ui, h, p) -> new String[] {s, ui[0], ui[1], h, p})
        .zip(params, headers(), (a, ps, hs) -> new Parts(a[0], a[1], a[2], a[3], a[4], ps, hs));
  }

  /** Choices that drive a transformation, drawn by QuickTheories so that they shrink. */
  static Gen<List<Integer>> choices() {
    return lists().of(integers().between(0, 99)).ofSize(48);
  }

  /** A cycling cursor over generated choices. */
  static final class Choices {
    private final List<Integer> values;
    private int next;

    Choices(List<Integer> values) {
      this.values = values;
    }

    int next() {
      int v = values.get(next % values.size());
      next++;
      return v;
    }

    boolean percent(int p) {
      return next() < p;
    }
  }

  private static boolean isUnreserved(char c) {
    return ALNUM.indexOf(c) >= 0 || MARK.indexOf(c) >= 0;
  }

  /**
   * Escapes and unescapes unreserved characters and flips hex case: RFC 3261 19.1.4 says nothing
   * changes.
   */
  static String reescape(String raw, Choices c) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < raw.length(); i++) {
      char ch = raw.charAt(i);
      if (ch == '%') {
        int b = Integer.parseInt(raw.substring(i + 1, i + 3), 16);
        if (b < 128 && isUnreserved((char) b) && c.percent(40)) {
          sb.append((char) b);
        } else {
          sb.append(escape(b, c.percent(50)));
        }
        i += 2;
      } else if (isUnreserved(ch) && c.percent(20)) {
        sb.append(escape(ch, c.percent(50)));
      } else {
        sb.append(ch);
      }
    }
    return sb.toString();
  }

  static String flipCase(String s, Choices c) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (c.percent(30)) {
        ch = Character.isUpperCase(ch) ? Character.toLowerCase(ch) : Character.toUpperCase(ch);
        if (ch > 127) {
          ch = s.charAt(i);
        }
      }
      sb.append(ch);
    }
    return sb.toString();
  }

  private static <T> List<T> shuffle(List<T> in, Choices c) {
    List<T> pool = new ArrayList<>(in);
    List<T> out = new ArrayList<>();
    while (!pool.isEmpty()) {
      out.add(pool.remove(c.next() % pool.size()));
    }
    return out;
  }

  /** A URI that RFC 3261 19.1.4 (with RFC 5954) says is equivalent to the given one. */
  static Parts equivalentVariant(Parts p, Choices c) {
    List<Param> params = new ArrayList<>();
    for (Param q : shuffle(p.params(), c)) {
      String key = UriChars.decodeLower(q.name(), 0, q.name().length());
      String name = flipCase(reescape(q.name(), c), c);
      String value = q.value();
      if (value != null) {
        if (key.equals("maddr")
            || key.equals("transport")
            || key.equals("user")
            || key.equals("method")) {
          value = flipCase(value, c);
        } else if (key.equals("ttl")) {
          value = value.length() < 3 && c.percent(30) ? "0" + value : value;
        } else {
          value = flipCase(reescape(value, c), c);
        }
      }
      params.add(new Param(name, value));
    }
    if (c.percent(30)) {
      // A parameter in only one URI is ignored unless it is one of those 19.1.4 names.
      String extra = "x-extra" + c.next();
      boolean clash =
          params.stream()
              .anyMatch(q -> UriChars.decodeLower(q.name(), 0, q.name().length()).equals(extra));
      if (!clash) {
        params.add(c.next() % (params.size() + 1), new Param(extra, c.percent(50) ? null : "v"));
      }
    }
    List<Hdr> headers = new ArrayList<>();
    for (Hdr h : shuffle(p.headers(), c)) {
      headers.add(new Hdr(flipCase(reescape(h.name(), c), c), flipCase(reescape(h.value(), c), c)));
    }
    String port = p.port();
    if (!port.isEmpty() && c.percent(20)) {
      port = "0" + port;
    }
    return new Parts(
        flipCase(p.scheme(), c),
        p.user() == null ? null : reescape(p.user(), c),
        p.password() == null ? null : reescape(p.password(), c),
        flipCase(p.host(), c),
        port,
        params,
        headers);
  }

  /**
   * A URI that differs from the given one in a way RFC 3261 19.1.4 never ignores, or the same parts
   * when none of the changes applies.
   */
  static Parts differentVariant(Parts p, Choices c) {
    int start = c.next() % 6;
    for (int k = 0; k < 6; k++) {
      Parts changed = change((start + k) % 6, p, c);
      if (changed != null) {
        return changed;
      }
    }
    return p;
  }

  private static Parts change(int which, Parts p, Choices c) {
    return switch (which) {
      case 0 ->
          new Parts(
              p.scheme().length() == 3 ? "sips" : "sip",
              p.user(),
              p.password(),
              p.host(),
              p.port(),
              p.params(),
              p.headers());
      case 1 -> {
        String port =
            p.port().isEmpty()
                ? "5060"
                : c.percent(50) ? "" : Integer.toString((Integer.parseInt(p.port()) + 1) % 65_536);
        yield new Parts(
            p.scheme(), p.user(), p.password(), p.host(), port, p.params(), p.headers());
      }
      case 2 -> {
        String u = p.user();
        if (u != null) {
          for (int i = 0; i < u.length(); i++) {
            char ch = u.charAt(i);
            boolean inEscape =
                (i > 0 && u.charAt(i - 1) == '%') || (i > 1 && u.charAt(i - 2) == '%');
            if (!inEscape && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'))) {
              String flipped = u.substring(0, i) + (char) (ch ^ 0x20) + u.substring(i + 1);
              yield new Parts(
                  p.scheme(), flipped, p.password(), p.host(), p.port(), p.params(), p.headers());
            }
          }
        }
        yield null;
      }
      case 3 -> {
        List<Hdr> more = new ArrayList<>(p.headers());
        more.add(new Hdr("X-Extra", "1"));
        yield new Parts(p.scheme(), p.user(), p.password(), p.host(), p.port(), p.params(), more);
      }
      case 4 -> {
        for (int i = 0; i < p.params().size(); i++) {
          String name = p.params().get(i).name();
          String key = UriChars.decodeLower(name, 0, name.length());
          if (KNOWN.contains(key) && !key.equals("lr")) {
            List<Param> fewer = new ArrayList<>(p.params());
            fewer.remove(i);
            yield new Parts(
                p.scheme(), p.user(), p.password(), p.host(), p.port(), fewer, p.headers());
          }
        }
        yield null;
      }
      default ->
          p.user() != null && p.password() == null
              ? new Parts(p.scheme(), p.user(), "", p.host(), p.port(), p.params(), p.headers())
              : null;
    };
  }

  /** Edits of a valid URI that usually break it: insert, delete, replace, duplicate, truncate. */
  static String mutate(String s, List<Integer> ops, String alphabet) {
    StringBuilder sb = new StringBuilder(s);
    for (int k = 0; k + 2 < ops.size() && sb.length() > 0; k += 3) {
      int at = ops.get(k + 1) % sb.length();
      char ch = alphabet.charAt(ops.get(k + 2) % alphabet.length());
      switch (ops.get(k) % 5) {
        case 0 -> sb.insert(at, ch);
        case 1 -> sb.deleteCharAt(at);
        case 2 -> sb.setCharAt(at, ch);
        case 3 -> sb.insert(at, sb.substring(at, Math.min(sb.length(), at + 3)));
        default -> sb.setLength(at);
      }
    }
    return sb.toString();
  }
}
