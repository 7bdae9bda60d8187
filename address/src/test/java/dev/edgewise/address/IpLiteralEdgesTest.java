package dev.edgewise.address;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.base.Splitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

/**
 * IP literals as hosts (RFC 5954, RFC 3986 IPv6address): every way of writing an IPv6 address
 * (compressed anywhere, an IPv4 tail, either case, leading zeros) reads as its value, and broken
 * literals, including ones cut off at the end of the text, are refused with {@code BAD_IPV6} at
 * the offending character, never an index exception. Written against mutants PIT left alive in
 * {@code IpLiteralScanner}.
 */
class IpLiteralEdgesTest {

  /** Groups of an address, half of them zero so that runs to compress are common. */
  private static Gen<List<Integer>> groups() {
    Gen<Integer> group =
        integers().between(0, 3).zip(integers().between(0, 0xFFFF), (k, v) -> k < 2 ? 0 : v);
    return lists().of(group).ofSize(8);
  }

  /** One way to write {@code g}, chosen by {@code seed}. */
  static String render(List<Integer> g, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    boolean v4 = r.nextBoolean();
    int hexGroups = v4 ? 6 : 8;
    // A run of zero groups to write as "::", or none.
    int from = -1;
    int to = -1;
    List<int[]> runs = new ArrayList<>();
    for (int i = 0; i < hexGroups; i++) {
      if (g.get(i) == 0) {
        int j = i;
        while (j < hexGroups && g.get(j) == 0) {
          j++;
        }
        // any sub-run of zeros will do, not only the longest
        for (int a = i; a < j; a++) {
          for (int b = a + 1; b <= j; b++) {
            runs.add(new int[] {a, b});
          }
        }
        i = j;
      }
    }
    if (!runs.isEmpty() && r.nextInt(4) > 0) {
      int[] run = runs.get(r.nextInt(runs.size()));
      from = run[0];
      to = run[1];
    }
    List<String> head = new ArrayList<>();
    List<String> tail = new ArrayList<>();
    for (int i = 0; i < hexGroups; i++) {
      if (from >= 0 && i >= from && i < to) {
        continue;
      }
      String h = Integer.toHexString(g.get(i));
      if (r.nextInt(4) == 0) {
        h = "0".repeat(4 - h.length()) + h;
      }
      if (r.nextBoolean()) {
        h = h.toUpperCase(Locale.ROOT);
      }
      (from >= 0 && i >= to ? tail : head).add(h);
    }
    if (v4) {
      String dotted =
          (g.get(6) >> 8) + "." + (g.get(6) & 0xFF) + "." + (g.get(7) >> 8) + "." + (g.get(7) & 0xFF);
      (from >= 0 ? tail : head).add(dotted);
    }
    String text = from >= 0 ? String.join(":", head) + "::" + String.join(":", tail) : String.join(":", head);
    return "[" + text + "]";
  }

  private static byte[] bytes(List<Integer> g) {
    byte[] b = new byte[16];
    for (int i = 0; i < 8; i++) {
      b[2 * i] = (byte) (g.get(i) >> 8);
      b[2 * i + 1] = (byte) (int) g.get(i);
    }
    return b;
  }

  /** The 16 bytes of an IPv6 host (the JDK turns ::ffff:a.b.c.d into a 4-byte address). */
  private static byte[] bytes(Host h) {
    byte[] a = h.inetAddress().orElseThrow().getAddress();
    if (a.length == 16) {
      return a;
    }
    byte[] b = new byte[16];
    b[10] = (byte) 0xFF;
    b[11] = (byte) 0xFF;
    System.arraycopy(a, 0, b, 12, 4);
    return b;
  }

  @Test
  void everyWayOfWritingAnAddressReadsAsItsValue() {
    qt().forAll(groups(), integers().all())
        .checkAssert(
            (g, seed) -> {
              String text = render(g, seed);
              Host h = Host.parse(text);
              assertEquals(Host.Type.IPV6, h.type(), text);
              assertArrayEquals(bytes(g), bytes(h), text);
              assertEquals(h, Host.parse(h.toString()), text);
              assertEquals(h, SipUri.parse("sip:alice@" + text + ";transport=tcp").host(), text);
            });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "'[::]', 0:0:0:0:0:0:0:0",
    "'[::1]', 0:0:0:0:0:0:0:1",
    "'[1::]', 1:0:0:0:0:0:0:0",
    "'[::1:2:3:4:5:6:7]', 0:1:2:3:4:5:6:7",
    "'[1:2:3:4:5:6:7::]', 1:2:3:4:5:6:7:0",
    "'[1:2:3:4::5:6:7]', 1:2:3:4:0:5:6:7",
    "'[1::8]', 1:0:0:0:0:0:0:8",
    "'[1:2:3:4:5::8]', 1:2:3:4:5:0:0:8",
    "'[ffff:0:0:0:0:0:0:ffff]', ffff:0:0:0:0:0:0:ffff",
    "'[FFFF::FFFF]', ffff:0:0:0:0:0:0:ffff",
    "'[0001:002:03:4::]', 1:2:3:4:0:0:0:0",
    "'[::1.2.3.4]', 0:0:0:0:0:0:102:304",
    "'[::ffff:192.0.2.1]', 0:0:0:0:0:ffff:c000:201",
    "'[1:2:3:4:5:6:1.2.3.4]', 1:2:3:4:5:6:102:304",
    "'[1::255.255.255.255]', 1:0:0:0:0:0:ffff:ffff",
    "'[8000:7fff:8000:7fff:8000:7fff:8000:7fff]', 8000:7fff:8000:7fff:8000:7fff:8000:7fff",
    "'[abcd:ef01:2345:6789:abcd:ef01:2345:6789]', abcd:ef01:2345:6789:abcd:ef01:2345:6789",
  })
  void edgesOfTheGrammarReadAsTheirValue(String text, String full) {
    List<Integer> g = new ArrayList<>();
    for (String s : Splitter.on(':').split(full)) {
      g.add(Integer.parseInt(s, 16));
    }
    assertArrayEquals(bytes(g), bytes(Host.parse(text)), text);
  }

  /** Broken literals, each refused where it goes wrong; several end the text mid-literal. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "'[', 1",
    "'[:', 1",
    "'[:1]', 1",
    "'[::', 3",
    "'[::1', 4",
    "'[1', 2",
    "'[1:', 3",
    "'[1::', 4",
    "'[1::2', 5",
    "'[1:2:3]', 0",
    "'[1.2.3.4]', 0",
    "'[1::2:3:4:5:6:7:8]', 0",
    "'[::1:2:3:4:5:6:7:8]', 0",
    "'[1:2:3:4:5:6:7:8:9]', 17",
    "'[1:2:3:4:5:6:7:1.2.3.4]', 15",
    "'[::1::2]', 4",
    "'[1::2::3]', 5",
    "'[12345::]', 1",
    "'[::123456]', 3",
    "'[::1.2.3.256]', 3",
    "'[::1.2.3]', 3",
    "'[::01.2.3.4]', 3",
    "'[::1.2.3.4', 10",
    "'[::1.2.3.4:5]', 10",
    "'[::1.2.3.4.5]', 3",
    "'[::1x]', 4",
    "'[::g]', 3",
  })
  void brokenLiteralsAreRefusedWhereTheyGoWrong(String text, int index) {
    assertFalse(Host.isValid(text), text);
    assertTrue(Host.tryParse(text).isEmpty(), text);
    AddressParseException e = assertThrows(AddressParseException.class, () -> Host.parse(text));
    assertEquals(AddressErrorKind.BAD_IPV6, e.kind(), text);
    assertEquals(index, e.index(), text);
    AddressParseException inUri =
        assertThrows(AddressParseException.class, () -> SipUri.parse("sip:a@" + text));
    assertEquals(AddressErrorKind.BAD_IPV6, inUri.kind(), text);
    assertEquals(index + "sip:a@".length(), inUri.index(), text);
  }

  /** RFC 5954 dec-octets: 0 to 255, no leading zeros, exactly four, separated by dots. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"0.0.0.0", "255.255.255.255", "192.0.2.1", "1.22.100.249", "10.0.0.99"})
  void ipv4HostsReadAsTheirValue(String text) {
    Host h = Host.parse(text);
    assertEquals(Host.Type.IPV4, h.type(), text);
    assertEquals(text, h.inetAddress().orElseThrow().getHostAddress());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "256.0.0.1", "1.2.3.256", "01.2.3.4", "1.2.3.04", "1.2.3.00", "1.2.3", "1.2.3.4.5",
        "1.2.3-4", "1-2-3-4", "1.2-3.4", "1.2.3.4-", "1234.1.1.1", "1.2.3.1234", "1.2.3.4a"
      })
  void brokenIpv4HostsAreRefused(String text) {
    assertFalse(Host.isValid(text), text);
    AddressParseException e = assertThrows(AddressParseException.class, () -> Host.parse(text));
    assertEquals(AddressErrorKind.BAD_HOST, e.kind(), text);
    assertFalse(SipUri.isValid("sip:alice@" + text), text);
  }
}
