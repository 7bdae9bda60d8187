package dev.edgewise.address;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * RFC 3261 19.1.4 component by component, asked of the comparison itself ({@code
 * componentsEquivalent}) as well as of {@link SipUri#isEquivalentTo}, both ways round: scheme,
 * host length and IP value, ttl by value (0, leading zeros, escapes), maddr IPv6 literals by value
 * (escaped brackets too), and a ttl that must be in both URIs even when the other one's user part
 * happens to spell it. Written against mutants PIT left alive in {@code SipUriEquivalence}.
 */
class SipUriComponentEquivalenceTest {

  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "sip:a@h.com | sips:a@h.com | false",
        "sip:a@h.com | sip:a@h.com.au | false",
        "sip:a@h.com | sip:a@h.co | false",
        "sip:a@192.0.2.1 | sip:a@192.0.2.2 | false",
        "sip:a@[2001:db8::1] | sip:a@[2001:db8::2] | false",
        "sip:a@[2001:db8::1] | sip:a@[2001:DB8:0::1] | true",
        "sip:u;ttl=5;v@h.com;ttl=5 | sip:u;ttl=5;v@h.com | false",
        "sip:u;user=ip;v@h.com;user=ip | sip:u;user=ip;v@h.com | false",
        "sip:a@h.com;ttl=0 | sip:a@h.com;ttl=000 | true",
        "sip:a@h.com;ttl=15 | sip:a@h.com;ttl=015 | true",
        "sip:a@h.com;ttl=%31 | sip:a@h.com;ttl=0 | false",
        "sip:a@h.com;ttl=%31 | sip:a@h.com;ttl=1 | true",
        "sip:a@h.com;ttl=%31%35 | sip:a@h.com;ttl=015 | true",
        "sip:a@h.com;ttl=%30 | sip:a@h.com;ttl=00 | true",
        "sip:a@h.com;maddr=[2001:db8::1] | sip:a@h.com;maddr=[2001:DB8:0::1] | true",
        "sip:a@h.com;maddr=%5B2001:db8::1%5D | sip:a@h.com;maddr=[2001:DB8:0::1] | true",
        "sip:a@h.com;maddr=[2001:db8::1] | sip:a@h.com;maddr=[2001:db8::2] | false",
        "sip:a@h.com;maddr=h.com | sip:a@h.com;maddr=H.COM | true",
        "sip:a@h.com;foo | sip:a@h.com | true",
        "sip:a@h.com;foo=1 | sip:a@h.com;foo=2 | false",
      })
  void componentByComponent(String a, String b, boolean expected) {
    SipUri x = SipUri.parse(a);
    SipUri y = SipUri.parse(b);
    assertEquals(expected, x.componentsEquivalent(y), a + " ~ " + b);
    assertEquals(expected, y.componentsEquivalent(x), b + " ~ " + a);
    assertEquals(expected, x.isEquivalentTo(y), a + " ~ " + b);
    assertEquals(expected, y.isEquivalentTo(x), b + " ~ " + a);
  }
}
