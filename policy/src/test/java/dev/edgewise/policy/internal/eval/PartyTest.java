package dev.edgewise.policy.internal.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edgewise.address.Domain;
import dev.edgewise.address.SipUri;
import dev.edgewise.policy.RemoteClass;
import org.junit.jupiter.api.Test;

/**
 * A party's user part and its required facts. No sentence yet reads the user part of the parties
 * that are given one (an XMPP partner's user, a Teams consumer's account), so the evaluator cannot
 * show that the given part wins over the address; and a gate asking for a domain or hosting
 * provider the party lacks is a broken invariant, which must surface as that and not as a null.
 */
class PartyTest {

  private static final Domain JABBER = Domain.parse("jabber.example");

  @Test
  void aGivenUserPartIsTheUserPart() {
    Party ann = XmppAddress.read("xmpp:ann@jabber.example/home");
    assertEquals("ann", ann.localPart());
    Party given =
        new Party(RemoteClass.FEDERATED, "x", JABBER, null, null, null, "given", "");
    assertEquals("given", given.localPart());
  }

  @Test
  void otherwiseTheAddressNamesIt() {
    Party named =
        new Party(RemoteClass.FEDERATED, "", JABBER, null, null, null,
            SipUri.parse("sip:bob@jabber.example"));
    assertEquals("bob", named.localPart());
    Party noUser =
        new Party(RemoteClass.FEDERATED, "", JABBER, null, null, null,
            SipUri.parse("sip:jabber.example"));
    assertNull(noUser.localPart());
  }

  @Test
  void aPartyWithoutAddressOrUserPartHasNone() {
    assertNull(Party.notModelled("guest", "why").localPart());
    assertNull(XmppAddress.read("jabber.example").localPart(), "a server's address has no user");
  }

  @Test
  void aMissingDomainOrHostingProviderIsABrokenInvariant() {
    Party guest = Party.notModelled("guest", "why");
    IllegalStateException noDomain = assertThrows(IllegalStateException.class, guest::requireDomain);
    assertTrue(noDomain.getMessage().contains("guest"), noDomain::getMessage);
    IllegalStateException noHost =
        assertThrows(IllegalStateException.class, guest::requireHosting);
    assertTrue(noHost.getMessage().contains("guest"), noHost::getMessage);
    assertEquals(JABBER, XmppAddress.read("ann@jabber.example").requireDomain());
  }
}
