package dev.edgewise.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.edgewise.address.MicrosoftAccount;
import dev.edgewise.address.SipUri;
import dev.edgewise.policy.RemoteParty.Unmodelled.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each factory of {@link RemoteParty} gives its own record with the value it was given, and each
 * party prints as the caller knows it: the address, the account, the text or the description.
 */
class RemotePartyTest {

  private static final SipUri ERIN = SipUri.parse("sip:erin@northwind.com");
  private static final MicrosoftAccount KIM = MicrosoftAccount.parse("kim@outlook.com");

  @Test
  void eachFactoryGivesItsRecord() {
    assertEquals(new RemoteParty.Address(ERIN), RemoteParty.of(ERIN));
    assertEquals(new RemoteParty.Account(KIM), RemoteParty.of(KIM));
    assertEquals(new RemoteParty.Typed("bob@gmail.com"), RemoteParty.typed("bob@gmail.com"));
    assertEquals(
        new RemoteParty.Typed("bob@gmail.com"),
        RemoteParty.typed(java.nio.CharBuffer.wrap("bob@gmail.com")));
    assertEquals(new RemoteParty.TeamsConsumer(KIM), RemoteParty.teamsConsumer(KIM));
    assertEquals(new RemoteParty.TrialTenantUser(ERIN), RemoteParty.inTrialTenant(ERIN));
    assertEquals(
        new RemoteParty.Unmodelled(Kind.ANONYMOUS_USER, "Guest 1"),
        RemoteParty.anonymous("Guest 1"));
    assertEquals(
        new RemoteParty.Unmodelled(Kind.XMPP_PARTNER, "ann@jabber.example"),
        RemoteParty.notModelled(Kind.XMPP_PARTNER, "ann@jabber.example"));
  }

  @Test
  void theSameValueUnderTwoFactoriesIsTwoParties() {
    // The caller's knowledge is part of the party: a trial tenant's user is not any user.
    assertNotEquals(RemoteParty.of(ERIN), RemoteParty.inTrialTenant(ERIN));
    assertNotEquals(RemoteParty.of(KIM), RemoteParty.teamsConsumer(KIM));
  }

  @Test
  void eachPartyPrintsAsTheCallerKnowsIt() {
    List<RemoteParty> parties =
        List.of(
            RemoteParty.of(ERIN),
            RemoteParty.inTrialTenant(ERIN),
            RemoteParty.of(KIM),
            RemoteParty.teamsConsumer(KIM),
            RemoteParty.typed(" Bob <bob@gmail.com>"),
            RemoteParty.anonymous("Guest 1"),
            RemoteParty.notModelled(Kind.REMOTE_SIGN_IN, "sip:alice@contoso.com"));
    assertEquals(
        List.of(
            "sip:erin@northwind.com",
            "sip:erin@northwind.com",
            "kim@outlook.com",
            "kim@outlook.com",
            " Bob <bob@gmail.com>",
            "Guest 1",
            "sip:alice@contoso.com"),
        parties.stream().map(RemoteParty::toString).toList());
  }

  @Test
  void eachKindHasAPhraseForExplanations() {
    assertEquals(
        List.of("an XMPP partner", "an anonymous conference user", "a remote sign-in"),
        List.of(Kind.values()).stream().map(Kind::displayName).toList());
  }

  @Test
  void nullIsRefusedByName() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> RemoteParty.inTrialTenant(null));
    assertEquals("uri", e.getMessage());
    assertEquals(
        "displayName",
        assertThrows(NullPointerException.class, () -> RemoteParty.anonymous(null)).getMessage());
    assertEquals(
        "description",
        assertThrows(
                NullPointerException.class, () -> RemoteParty.notModelled(Kind.XMPP_PARTNER, null))
            .getMessage());
  }
}
