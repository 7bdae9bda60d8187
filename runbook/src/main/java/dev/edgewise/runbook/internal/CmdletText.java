package dev.edgewise.runbook.internal;

import dev.edgewise.core.Modality;
import dev.edgewise.policy.PublicProvider;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * How the printer writes values and parameters so that the reader reads them back unchanged: the
 * words every printed statement is made of, shared by {@link Differ}, {@link OnPremisesDiffer} and
 * {@link SurfaceDiffer}.
 */
final class CmdletText {
  /** The prefix of a declaration line, the facts a runbook states that no cmdlet sets. */
  static final String DECLARE = "# edgewise: ";

  private CmdletText() {}

  /** A string as a bare word when that reads back unchanged, else single-quoted. */
  static String q(String s) {
    boolean bare = !s.isEmpty() && !(s.charAt(0) == '-' || s.charAt(0) == '@' || s.charAt(0) == '$');
    boolean digits = true;
    for (int i = 0; i < s.length() && bare; i++) {
      char c = s.charAt(i);
      bare = Scanner.isLetter(c) || Scanner.isDigit(c) || ".-_:@/".indexOf(c) >= 0;
      digits &= Scanner.isDigit(c);
    }
    if (bare && !digits) {
      return s;
    }
    return "'" + s.replace("'", "''") + "'";
  }

  static String b(boolean v) {
    return v ? "$true" : "$false";
  }

  static String opt(Optional<?> v) {
    return v.isPresent() ? q(v.get().toString()) : "$null";
  }

  static String list(Iterable<? extends Object> items) {
    StringBuilder sb = new StringBuilder();
    for (Object o : items) {
      sb.append(sb.length() == 0 ? "" : ",").append(q(o.toString()));
    }
    return sb.length() == 0 ? "@()" : sb.toString();
  }

  static final class Params {
    final StringBuilder sb = new StringBuilder();

    Params put(String name, String value) {
      sb.append(" -").append(name).append(' ').append(value);
      return this;
    }

    <V> Params changed(String name, V from, V to, String text) {
      if (!Objects.equals(from, to)) {
        put(name, text);
      }
      return this;
    }

    Params bool(String name, boolean from, boolean to) {
      return changed(name, from, to, b(to));
    }

    boolean isEmpty() {
      return sb.length() == 0;
    }

    @Override
    public String toString() {
      return sb.toString();
    }
  }

  /** The capability declarations of the providers whose capabilities differ from before. */
  static List<String> capabilities(
      List<PublicProvider> before, List<PublicProvider> after, Set<String> recreated) {
    List<String> out = new ArrayList<>();
    Map<String, PublicProvider> old = new HashMap<>();
    for (PublicProvider p : before) {
      old.put(p.identity(), p);
    }
    for (PublicProvider p : after) {
      @Nullable PublicProvider o = recreated.contains(p.identity()) ? null : old.get(p.identity());
      Set<Modality> was =
          o != null
              ? o.capabilities()
              : PublicProvider.builder().identity("x").proxyFqdn(p.proxyFqdn()).build().capabilities();
      if (!was.equals(p.capabilities())) {
        out.add(DECLARE + "Capabilities " + q(p.identity()) + " " + list(p.capabilities()));
      }
    }
    return out;
  }
}
