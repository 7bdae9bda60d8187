package dev.edgewise.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules whose routing domain has one label ({@code corp}): valid settings, though no account is at
 * a one-label domain. The fast path of decoding takes only hosts of two labels or more, so a
 * decorated address under such a routing domain is read by the general path alone; it is the one
 * address {@link NameDecoration#decode(SipUri)} accepts there, and it must give the account back.
 */
class NameDecorationOneLabelRoutingTest {
  private static final Domain CORP = Domain.parse("corp");
  private static final NameDecoration RULES =
      NameDecoration.of(CORP, List.of(CORP, Domain.parse("live.com")));

  @Test
  void aDecoratedAddressUnderTheOneLabelRoutingDomainDecodes() {
    MicrosoftAccount bob = MicrosoftAccount.parse("bob@contoso.com");
    SipUri address = SipUri.parse("sip:bob(contoso.com)@corp");
    assertEquals(address, RULES.encode(bob));
    assertEquals(bob, RULES.decode(address));
    // the host compares ignoring case, as SIP hosts do
    assertEquals(bob, RULES.decode(SipUri.parse("sip:bob(contoso.com)@CORP")));
    // an account at the two-label excluded domain still takes the fast path's answer
    assertEquals(MicrosoftAccount.parse("bob@live.com"), RULES.decode(SipUri.parse("sip:bob@live.com")));
  }

  @Test
  void theGeneralPathStillRefusesWhatIsNotCanonical() {
    AddressParseException upper =
        assertThrows(
            AddressParseException.class,
            () -> RULES.decode(SipUri.parse("sip:Bob(contoso.com)@corp")));
    assertEquals(AddressErrorKind.NOT_CANONICAL, upper.kind());
    assertEquals(4, upper.index());
    AddressParseException dot =
        assertThrows(
            AddressParseException.class,
            () -> RULES.decode(SipUri.parse("sip:bob(contoso.com)@corp.")));
    assertEquals(AddressErrorKind.NOT_CANONICAL, dot.kind());
    assertEquals(25, dot.index());
    AddressParseException undecorated =
        assertThrows(AddressParseException.class, () -> RULES.decode(SipUri.parse("sip:bob@corp")));
    assertEquals(AddressErrorKind.BAD_DOMAIN, undecorated.kind());
    assertEquals(8, undecorated.index());
  }
}
