package dev.edgewise.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The builder at its edges: a host given as a {@link Host}, ttl at 0 and 255 and just outside,
 * the {@code lr} flag both ways, and a built URI exactly at the length limit and one past it.
 * Written against mutants PIT left alive in {@code SipUri.Builder}.
 */
class SipUriBuilderEdgesTest {

  @Test
  void aHostObject() {
    SipUri u = SipUri.builder().user("a").host(Host.parse("[2001:DB8::1]")).build();
    assertEquals("sip:a@[2001:db8::1]", u.toString());
    assertEquals(Host.Type.IPV6, u.host().type());
  }

  @ParameterizedTest(name = "ttl={0}")
  @ValueSource(ints = {0, 1, 254, 255})
  void ttlInRange(int ttl) {
    assertEquals("sip:224.2.0.1;ttl=" + ttl, SipUri.builder().host("224.2.0.1").ttl(ttl).build().toString());
    assertEquals(
        "sip:224.2.0.1;ttl=" + ttl,
        SipUri.builder().host("224.2.0.1").parameter("ttl", Integer.toString(ttl)).build().toString());
  }

  @ParameterizedTest(name = "ttl={0}")
  @ValueSource(ints = {-1, 256, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void ttlOutOfRange(int ttl) {
    assertThrows(IllegalArgumentException.class, () -> SipUri.builder().host("h.com").ttl(ttl));
  }

  @Test
  void theLrFlagBothWays() {
    SipUri with = SipUri.builder().host("p.com").lr(true).build();
    assertEquals("sip:p.com;lr", with.toString());
    assertEquals("sip:p.com", with.toBuilder().lr(false).build().toString());
    assertEquals("sip:p.com", SipUri.builder().host("p.com").lr(false).build().toString());
  }

  @Test
  void builtTextUpToTheLimit() {
    String head = "sip:h.com?x=";
    int room = SipUri.MAX_LENGTH - head.length();
    SipUri atLimit = SipUri.builder().host("h.com").header("x", "a".repeat(room)).build();
    assertEquals(SipUri.MAX_LENGTH, atLimit.toString().length());
    AddressParseException e =
        assertThrows(
            AddressParseException.class,
            () -> SipUri.builder().host("h.com").header("x", "a".repeat(room + 1)).build());
    assertEquals(AddressErrorKind.TOO_LONG, e.kind());
    assertEquals(SipUri.MAX_LENGTH, e.index());
  }
}
