package dev.edgewise.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * RFC 3261 19.1.4 comparison where the canonical texts differ, so that the answer comes from the
 * component comparison: hosts of the same length, ttl values outside their rule, maddr literals
 * by value (plain or escaped, and brackets that hold no address). Each pair is checked both ways.
 * Written against mutants PIT left alive in {@code SipUriEquivalence}.
 */
class SipUriEquivalenceValuesTest {

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource({
    // A parameter in one URI only keeps the canonical texts apart; the hosts decide.
    "sip:a@x.com;foo=1, sip:a@y.com, false",
    "sip:a@x.com;foo=1, sip:a@X.COM, true",
    "sip:a@abc.example.com;foo=1, sip:a@abd.example.com, false",
    // ttl: a valid value by number, anything else as text.
    "sip:a@x.com;ttl=abc, sip:a@x.com;ttl=xyz, false",
    "sip:a@x.com;ttl=abc, sip:a@x.com;ttl=ABC, true",
    "sip:a@x.com;ttl=256, sip:a@x.com;ttl=999, false",
    "sip:a@x.com;ttl=015, sip:a@x.com;ttl=15, true",
    "sip:a@x.com;ttl=0, sip:a@x.com;ttl=000, true",
    "sip:a@x.com;ttl=1, sip:a@x.com;ttl=abc, false",
    // maddr: IPv6 literals by value, escaped or not; brackets around no address are text.
    "sip:a@x.com;maddr=[::1], sip:a@x.com;maddr=[0:0::1], true",
    "sip:a@x.com;maddr=[::1], sip:a@x.com;maddr=[::2], false",
    "sip:a@x.com;maddr=%5B::1%5D;x=1, sip:a@x.com;maddr=[::1], true",
    "sip:a@x.com;maddr=[::1];x=1, sip:a@x.com;maddr=%5B::1%5D, true",
    "sip:a@x.com;maddr=%5b::1%5d;x=1, sip:a@x.com;maddr=[0::1], true",
    "sip:a@x.com;maddr=%5B::1%5D;x=1, sip:a@x.com;maddr=%5B0::1%5D, true",
    "sip:a@x.com;maddr=[abc], sip:a@x.com;maddr=[xyz], false",
    "sip:a@x.com;maddr=[abc], sip:a@x.com;maddr=[ABC], true",
    "sip:a@x.com;maddr=[abc], sip:a@x.com;maddr=[::1], false",
    "sip:a@x.com;maddr=host.example, sip:a@x.com;maddr=HOST.example, true",
  })
  void componentsDecide(String a, String b, boolean equivalent) {
    SipUri x = SipUri.parse(a);
    SipUri y = SipUri.parse(b);
    assertNotEquals(x.canonical().toString(), y.canonical().toString(), "the canonical shortcut would answer");
    assertEquals(equivalent, x.isEquivalentTo(y), a + " ~ " + b);
    assertEquals(equivalent, y.isEquivalentTo(x), b + " ~ " + a);
  }
}
