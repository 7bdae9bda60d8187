package dev.edgewise.address;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Drives the parser and the comparison with {@code sip-uri-vectors.txt}: RFC 3261, RFC 4475, RFC
 * 5118 and RFC 5954 cases, plus the inputs peer stacks got wrong. The file's header explains the
 * format.
 */
class SipUriVectorsTest {

  /** One line of the vector file. */
  record Vector(int line, String kind, List<String> cells) {
    String cell(int i) {
      return cells.get(i);
    }

    @Override
    public String toString() {
      return "line " + line + ": " + String.join(" | ", cells);
    }
  }

  private static final List<Vector> VECTORS = load();

  private static List<Vector> load() {
    InputStream in = SipUriVectorsTest.class.getResourceAsStream("sip-uri-vectors.txt");
    Objects.requireNonNull(in, "sip-uri-vectors.txt is missing");
    List<Vector> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, UTF_8))) {
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> cells = splitCells(line);
        out.add(new Vector(n, cells.get(0), cells.subList(1, cells.size())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Splits on '|' (no regex) and trims each cell, then resolves the escapes. */
  private static List<String> splitCells(String line) {
    List<String> cells = new ArrayList<>();
    int from = 0;
    while (true) {
      int bar = line.indexOf('|', from);
      String cell = (bar < 0 ? line.substring(from) : line.substring(from, bar)).strip();
      cells.add(unescape(cell));
      if (bar < 0) {
        return cells;
      }
      from = bar + 1;
    }
  }

  private static String unescape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 == s.length()) {
        sb.append(c);
        continue;
      }
      char d = s.charAt(++i);
      switch (d) {
        case 's' -> sb.append(' ');
        case 't' -> sb.append('\t');
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 'p' -> sb.append('|');
        case '\\' -> sb.append('\\');
        case 'u' -> {
          sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> sb.append('\\').append(d);
      }
    }
    return sb.toString();
  }

  static Stream<Vector> parseVectors() {
    return VECTORS.stream().filter(v -> v.kind().equals("parse"));
  }

  static Stream<Vector> inputVectors() {
    return VECTORS.stream().filter(v -> v.kind().equals("input"));
  }

  static Stream<Vector> equivVectors() {
    return VECTORS.stream().filter(v -> v.kind().equals("equiv"));
  }

  @Test
  void theFileHasEveryKindOfCase() {
    assertTrue(parseVectors().count() > 100);
    assertTrue(inputVectors().count() > 15);
    assertTrue(equivVectors().count() > 40);
    for (Vector v : VECTORS) {
      assertTrue(List.of("parse", "input", "equiv").contains(v.kind()), v.toString());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parseVectors")
  void parse(Vector v) {
    check(v, SipUri::parse);
    String input = v.cell(0);
    boolean ok = v.cell(1).equals("ok");
    assertEquals(ok, SipUri.isValid(input), "isValid");
    assertEquals(ok, SipUri.tryParse(input).isPresent(), "tryParse");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputVectors")
  void parseUserInput(Vector v) {
    check(v, SipUri::parseUserInput);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("equivVectors")
  void equivalence(Vector v) {
    SipUri a = SipUri.parse(v.cell(0));
    SipUri b = SipUri.parse(v.cell(1));
    boolean expected =
        switch (v.cell(2)) {
          case "yes" -> true;
          case "no" -> false;
          default -> throw new IllegalArgumentException("yes or no: " + v);
        };
    assertEquals(expected, a.isEquivalentTo(b), "a ~ b");
    assertEquals(expected, b.isEquivalentTo(a), "b ~ a");
    assertTrue(a.isEquivalentTo(a) && b.isEquivalentTo(b), "reflexive");
    if (a.equals(b)) {
      assertTrue(expected, "equal URIs must be equivalent");
    }
    assertEquals(expected, a.canonical().isEquivalentTo(b.canonical()), "canonical forms");
  }

  private static void check(Vector v, Function<String, SipUri> parser) {
    String input = v.cell(0);
    String outcome = v.cell(1);
    if (!outcome.equals("ok")) {
      int at = outcome.indexOf('@');
      AddressErrorKind kind = AddressErrorKind.valueOf(outcome.substring(0, at));
      int index = Integer.parseInt(outcome.substring(at + 1));
      AddressParseException e =
          assertThrows(AddressParseException.class, () -> parser.apply(input));
      assertEquals(kind + "@" + index, e.kind() + "@" + e.index(), e.getMessage());
      return;
    }
    SipUri u = parser.apply(input);
    for (String field : v.cells().subList(2, v.cells().size())) {
      int eq = field.indexOf('=');
      if (eq < 0) {
        fail("field without '=': " + field);
      }
      String name = field.substring(0, eq);
      String want = field.substring(eq + 1);
      assertEquals(want, actual(u, name), name);
    }
    // Laws every valid URI obeys.
    SipUri again = SipUri.parse(u.toString());
    assertEquals(u, again);
    assertEquals(u.hashCode(), again.hashCode());
    SipUri c = u.canonical();
    assertEquals(c, c.canonical());
    assertEquals(c.toString(), c.canonical().toString());
    assertEquals(u, c);
    assertTrue(u.isEquivalentTo(c) && c.isEquivalentTo(u));
    assertTrue(u.isEquivalentTo(u));
    assertEquals(u, u.toBuilder().build());
    assertFalse(u.toString().isEmpty());
  }

  private static String actual(SipUri u, String field) {
    return switch (field) {
      case "user" -> u.user().orElse("-");
      case "password" -> u.password().orElse("-");
      case "rawuser" -> u.rawUser().orElse("-");
      case "host" -> u.host().toString();
      case "hosttype" -> u.host().type().name();
      case "port" -> u.port().isPresent() ? Integer.toString(u.port().getAsInt()) : "-";
      case "transport" -> u.transport().orElse("-");
      case "ttl" -> u.ttl().isPresent() ? Integer.toString(u.ttl().getAsInt()) : "-";
      case "maddr" -> u.maddr().map(Host::toString).orElse("-");
      case "lr" -> Boolean.toString(u.hasLr());
      case "params" -> u.parameters().toString();
      case "headers" -> u.headers().toString();
      case "canonical" -> u.canonical().toString();
      case "text" -> u.toString();
      default -> throw new IllegalArgumentException("unknown field " + field);
    };
  }
}
