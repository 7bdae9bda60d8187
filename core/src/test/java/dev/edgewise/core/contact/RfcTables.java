package dev.edgewise.core.contact;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.edgewise.core.contact.SubscriptionMessage.Kind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * RFC 6121 Appendix A.2 and A.3 as data, read from {@code src/test/resources}: the oracle that the
 * table test checks cell by cell and that the properties replay every traced message against.
 */
final class RfcTables {

  /** How a cell answers: route or deliver ({@code MUST}) or not. */
  enum Disposition {
    MUST,
    MUST_NOT,
    SHOULD_NOT
  }

  /**
   * One cell.
   *
   * @param line the data line, for test names
   * @param existing the state before
   * @param kind the stanza
   * @param disposition route / deliver or not
   * @param next the state after
   * @param preApproval the cell sets a pre-approval instead of changing state
   */
  record Cell(
      String line,
      Subscription existing,
      Kind kind,
      Disposition disposition,
      Subscription next,
      boolean preApproval) {
    boolean passes() {
      return disposition == Disposition.MUST;
    }

    @Override
    public String toString() {
      return line;
    }
  }

  static final ImmutableList<Cell> OUTBOUND = load("rfc6121-a2-outbound.csv");
  static final ImmutableList<Cell> INBOUND = load("rfc6121-a3-inbound.csv");
  private static final ImmutableMap<String, Cell> OUTBOUND_BY_KEY = index(OUTBOUND);
  private static final ImmutableMap<String, Cell> INBOUND_BY_KEY = index(INBOUND);

  private RfcTables() {}

  static Cell outbound(Subscription s, Kind k) {
    return lookUp(OUTBOUND_BY_KEY, s, k);
  }

  static Cell inbound(Subscription s, Kind k) {
    return lookUp(INBOUND_BY_KEY, s, k);
  }

  private static Cell lookUp(Map<String, Cell> m, Subscription s, Kind k) {
    Cell c = m.get(key(s, k));
    if (c == null) {
      throw new AssertionError("no cell for " + s + " " + k);
    }
    return c;
  }

  private static String key(Subscription s, Kind k) {
    return s.name() + "/" + k.name();
  }

  private static ImmutableMap<String, Cell> index(List<Cell> cells) {
    ImmutableMap.Builder<String, Cell> b = ImmutableMap.builder();
    for (Cell c : cells) {
      b.put(key(c.existing(), c.kind()), c);
    }
    return b.buildOrThrow();
  }

  private static ImmutableList<Cell> load(String resource) {
    Map<String, Subscription> byAbbreviation = new HashMap<>();
    for (Subscription s : Subscription.values()) {
      byAbbreviation.put(s.abbreviation(), s);
    }
    ImmutableList.Builder<Cell> cells = ImmutableList.builder();
    try (InputStream in = RfcTables.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new AssertionError("missing test resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        List<String> f = Splitter.on(',').splitToList(line);
        Subscription existing = byAbbreviation.get(f.get(0));
        if (existing == null) {
          throw new AssertionError("unknown state in " + line);
        }
        Kind kind = Kind.valueOf(f.get(1).toUpperCase(Locale.ROOT));
        Disposition d = Disposition.valueOf(f.get(2));
        String nextText = f.get(3);
        boolean preApproval = nextText.equals("pre-approval");
        Subscription next =
            nextText.equals("=") || preApproval ? existing : byAbbreviation.get(nextText);
        if (next == null) {
          throw new AssertionError("unknown state in " + line);
        }
        cells.add(new Cell(resource + ": " + line, existing, kind, d, next, preApproval));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cells.build();
  }
}
