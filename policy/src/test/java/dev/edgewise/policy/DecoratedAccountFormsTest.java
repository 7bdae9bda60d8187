package dev.edgewise.policy;

import static dev.edgewise.policy.Fixtures.ALICE;
import static dev.edgewise.policy.Fixtures.base;
import static dev.edgewise.policy.Fixtures.d;
import static dev.edgewise.policy.Fixtures.sip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edgewise.core.Modality;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every way of writing a decorated Microsoft account whose own domain is blocked, or is one of the
 * organization's SIP domains: the allow/deny answer reads the account's domain from the address
 * text only when it is plain canonical text, and must otherwise read it exactly (escapes, upper
 * case anywhere in the user part, a trailing dot), or it would allow what the explained decision
 * denies. Each form here once took its own branch of that reading.
 */
class DecoratedAccountFormsTest {

  private static final OnPremisesConfiguration FABRIKAM_BLOCKED =
      base().toBuilder().addBlockedDomains(BlockedDomain.of(d("fabrikam.com"))).build();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "sip:bob(fabrikam.com)@msn.com",
        "sip:bob(FABRIKAM.com)@msn.com",
        "sip:bob(fabrikam.COM)@msn.com",
        "sip:Bob(fabrikam.com)@msn.com",
        "sip:bob(f%61brikam.com)@msn.com",
        "sip:b%6Fb(fabrikam.com)@msn.com",
        "sip:bob%28fabrikam.com%29@msn.com",
        "sip:bob(fabrikam.com.)@msn.com",
      })
  void aBlockedAccountDomainIsDeniedByBothAnswersHoweverItIsWritten(String written) {
    OutboundRequest r = OutboundRequest.of(ALICE, sip(written), Modality.IM);
    ExternalAccessEvaluator ev = ExternalAccessEvaluator.compile(FABRIKAM_BLOCKED);
    Decision decision = ev.evaluate(r);
    assertEquals(List.of(RuleId.DOMAIN_BLOCKED), rules(decision), decision::toString);
    assertEquals(
        "fabrikam.com (the Microsoft account's own domain) is on the blocked list, so no user may"
            + " communicate with " + written + ".",
        decision.reasons().get(0).explanation());
    assertFalse(ev.isAllowed(r), written);
    // The same address with nothing blocked is allowed by both: the denial is the blocked list's.
    ExternalAccessEvaluator open = ExternalAccessEvaluator.compile(base());
    assertTrue(open.evaluate(r).isAllowed(), () -> open.evaluate(r).toString());
    assertTrue(open.isAllowed(r), written);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "sip:bob(contoso.com)@msn.com",
        "sip:bob(CONTOSO.com)@msn.com",
        "sip:bob(contoso.com.)@msn.com",
        "sip:bob%28contoso.com%29@msn.com",
      })
  void anAccountOnAnOwnSipDomainIsDeniedByBothAnswersHoweverItIsWritten(String written) {
    OutboundRequest r = OutboundRequest.of(ALICE, sip(written), Modality.IM);
    ExternalAccessEvaluator ev = ExternalAccessEvaluator.compile(base());
    Decision decision = ev.evaluate(r);
    assertEquals(List.of(RuleId.ACCOUNT_ON_OWN_DOMAIN), rules(decision), decision::toString);
    assertFalse(ev.isAllowed(r), written);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "sip:bob@[2001:db8::1]|its host is an IP address, not a SIP domain that federation can"
            + " name.",
        "sip:bob@192.0.2.1|its host is an IP address, not a SIP domain that federation can name.",
        "sip:x@aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.com|its host is not a"
            + " domain name.",
      })
  void aHostThatIsNoDomainSaysWhy(String row) {
    String written = row.substring(0, row.indexOf('|'));
    String why = row.substring(row.indexOf('|') + 1);
    OutboundRequest r = OutboundRequest.of(ALICE, sip(written), Modality.IM);
    ExternalAccessEvaluator ev = ExternalAccessEvaluator.compile(base());
    Decision decision = ev.evaluate(r);
    assertEquals(List.of(RuleId.NOT_MODELLED), rules(decision), decision::toString);
    assertEquals(
        written + " is not modelled by the evaluator: " + why,
        decision.reasons().get(0).explanation());
    assertFalse(ev.isAllowed(r));
  }

  /** A blocked routing domain is worded as such only when the address is a decorated account. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "sip:bob(fabrikam.com)@msn.com| (the routing domain every decorated account is written"
            + " under)",
        "sip:bob@msn.com|",
      })
  void aBlockedRoutingDomainNamesTheDecoratedAccount(String row) {
    String written = row.substring(0, row.indexOf('|'));
    String which = row.substring(row.indexOf('|') + 1);
    OnPremisesConfiguration msnBlocked =
        base().toBuilder().addBlockedDomains(BlockedDomain.of(d("msn.com"))).build();
    Decision decision =
        ExternalAccessEvaluator.compile(msnBlocked)
            .evaluate(OutboundRequest.of(ALICE, sip(written), Modality.IM));
    assertEquals(List.of(RuleId.DOMAIN_BLOCKED), rules(decision), decision::toString);
    assertEquals(
        "msn.com" + which + " is on the blocked list, so no user may communicate with " + written
            + ".",
        decision.reasons().get(0).explanation());
  }

  /**
   * A user of a provider retired in the era, at one of its consumer domains: the sentence names
   * the decorated form the account would take, which needs the account's domain although no gate
   * asks for it.
   */
  @ParameterizedTest
  @ValueSource(strings = {"yahoo.com", "ymail.com"})
  void aRetiredProvidersUserIsToldTheDecoratedForm(String domain) {
    OnPremisesConfiguration withYahoo =
        base().toBuilder()
            .addPublicProviders(PublicProvider.yahoo().toBuilder().enabled(true).build())
            .build();
    Decision decision =
        ExternalAccessEvaluator.compile(withYahoo)
            .evaluate(OutboundRequest.of(ALICE, sip("sip:bob@" + domain), Modality.IM));
    assertEquals(List.of(RuleId.PROVIDER_RETIRED), rules(decision), decision::toString);
    assertEquals(
        "sip:bob@" + domain + " is a user of Yahoo, whose public IM connectivity ended on"
            + " 2014-06-30, before the era DNS_SRV_DISCOVERY began (2019-08-15), so no setting"
            + " reaches them through Yahoo. " + domain + " is a consumer e-mail domain, not a Lync"
            + " organization: if bob@" + domain + " is a Skype user who signs in with that"
            + " Microsoft account, add them in decorated form, bob(" + domain + ")@msn.com.",
        decision.reasons().get(0).explanation());
  }

  private static List<RuleId> rules(Decision d) {
    return d.reasons().stream().map(Reason::rule).toList();
  }
}
