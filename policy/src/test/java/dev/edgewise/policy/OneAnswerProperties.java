package dev.edgewise.policy;

import static dev.edgewise.policy.ExternalAccessEvaluatorProperties.config;
import static dev.edgewise.policy.ExternalAccessEvaluatorProperties.request;
import static dev.edgewise.policy.ExternalAccessEvaluatorProperties.tapes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.edgewise.address.Domain;
import dev.edgewise.address.MicrosoftAccount;
import dev.edgewise.address.NameDecoration;
import dev.edgewise.address.SipUri;
import dev.edgewise.core.Modality;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One request, one answer, however it is asked: the allow/deny answer agrees with the explained
 * decision (issue 10 item 3), and a Microsoft account gets the same decision typed, as its
 * account, and as its encoded SIP URI (item 6).
 */
class OneAnswerProperties {

  private static final int EXAMPLES = 400;
  private static final List<Modality> MODALITIES = List.of(Modality.values());
  private static final SipUri ALICE = SipUri.parse("sip:alice@contoso.com");
  private static final List<String> LOCAL_PARTS = List.of("bob", "o'brien", "a_b.c");
  private static final List<Domain> ACCOUNT_DOMAINS =
      List.of(
          Domain.parse("outlook.com"),
          Domain.parse("live.com"),
          Domain.parse("hotmail.com"),
          Domain.parse("msn.com"),
          Domain.parse("fabrikam.com"),
          Domain.parse("sales.fabrikam.com"),
          Domain.parse("gmail.com"),
          Domain.parse("contoso.com"));

  @Test
  void theFastAnswerAlwaysAgreesWithTheExplainedDecision() {
    qt().withExamples(EXAMPLES)
        .forAll(tapes(), tapes())
        .checkAssert(
            (c, r) -> {
              ExternalAccessEvaluator ev = ExternalAccessEvaluator.compile(config(c));
              ExternalAccessEvaluatorProperties.Request req = request(r);
              assertEquals(
                  ev.evaluate(req.outbound()).isAllowed(),
                  ev.isAllowed(req.outbound()),
                  req.outbound()::toString);
              assertEquals(
                  ev.evaluate(req.inbound()).isAllowed(),
                  ev.isAllowed(req.inbound()),
                  req.inbound()::toString);
            });
  }

  /**
   * The ways of writing a party that the allow/deny answer reads differently from the explained
   * decision (it looks listed hosts up by text and reads a decorated account's domain only when
   * the blocked list could name it): upper case, escapes, trailing dots, parameters, malformed
   * decorations, hosts that are no domain, and accounts at listed, blocked and Microsoft domains.
   */
  static final List<RemoteParty> WRITTEN_FORMS =
      List.of(
          RemoteParty.of(SipUri.parse("sip:bob(FABRIKAM.com)@msn.com")),
          RemoteParty.of(SipUri.parse("sip:Bob(fabrikam.com)@msn.com")),
          RemoteParty.of(SipUri.parse("sip:bob%28fabrikam.com%29@msn.com")),
          RemoteParty.of(SipUri.parse("sip:bob(fabrikam.com.)@msn.com")),
          RemoteParty.of(SipUri.parse("sip:bob(gmail.com)@msn.com;transport=tls")),
          RemoteParty.of(SipUri.parse("sip:bob(it.sales.fabrikam.com)@msn.com")),
          RemoteParty.of(SipUri.parse("sip:bob(fabrikam.com)@MSN.COM.")),
          RemoteParty.of(SipUri.parse("sip:bob(fabrikam.com)(gmail.com)@msn.com")),
          RemoteParty.of(SipUri.parse("sip:bob()@msn.com")),
          RemoteParty.of(SipUri.parse("sip:bob(fabrikam.com)@live.com")),
          RemoteParty.of(SipUri.parse("sip:bob(contoso.com)@msn.com")),
          RemoteParty.of(SipUri.parse("sips:bob(fabrikam.com)@msn.com")),
          RemoteParty.of(SipUri.parse("sip:bob:pw(fabrikam.com)@msn.com")),
          RemoteParty.of(SipUri.parse("sip:msn.com")),
          RemoteParty.of(SipUri.parse("sip:erin@NorthWind.com.")),
          RemoteParty.of(SipUri.parse("sip:carol@contoso.com.")),
          RemoteParty.of(SipUri.parse("sip:yan@it.sales.fabrikam.com")),
          RemoteParty.of(SipUri.parse("sip:tom@Tailspin.com")),
          RemoteParty.of(SipUri.parse("sip:x@" + "a".repeat(64) + ".com")),
          RemoteParty.of(SipUri.parse("sip:x@xn--bcher-kva.de")),
          RemoteParty.of(SipUri.parse("sip:bob@[2001:db8::1]")),
          RemoteParty.of(MicrosoftAccount.parse("bob@sales.fabrikam.com")),
          RemoteParty.of(MicrosoftAccount.parse("bob@gmail.com")),
          RemoteParty.of(MicrosoftAccount.parse("bob@live.com")),
          RemoteParty.of(MicrosoftAccount.parse("bob@msn.com")),
          RemoteParty.of(MicrosoftAccount.parse("bob@contoso.com")),
          RemoteParty.of(MicrosoftAccount.parse("bob@yahoo.com")));

  @Test
  void theFastAnswerAgreesHoweverThePartyIsWritten() {
    List<RemoteParty> remotes = new java.util.ArrayList<>(ExternalAccessEvaluatorProperties.REMOTES);
    remotes.addAll(WRITTEN_FORMS);
    qt().withExamples(EXAMPLES)
        .forAll(tapes(), tapes(), integers().between(0, remotes.size() - 1))
        .checkAssert(
            (c, r, which) -> {
              ExternalAccessEvaluator ev = ExternalAccessEvaluator.compile(config(c));
              ExternalAccessEvaluatorProperties.Request req = request(r);
              RemoteParty remote = remotes.get(which);
              OutboundRequest out =
                  new OutboundRequest(req.outbound().localUser(), remote, req.outbound().modality());
              InboundRequest in = req.inbound().toBuilder().remote(remote).build();
              assertEquals(ev.evaluate(out).isAllowed(), ev.isAllowed(out), out::toString);
              assertEquals(ev.evaluate(in).isAllowed(), ev.isAllowed(in), in::toString);
            });
  }

  /**
   * A Microsoft account written on the organization's own SIP domain, with nothing blocked: the
   * allow/deny answer once skipped reading the decorated domain unless the blocked list could name
   * it, and allowed what the explained decision denies ({@code ACCOUNT_ON_OWN_DOMAIN}).
   */
  @Test
  void anAccountOnAnOwnSipDomainIsDeniedByBothAnswersWithNothingBlocked() {
    OnPremisesConfiguration nothingBlocked =
        Fixtures.base().toBuilder().blockedDomains(List.of()).build();
    ExternalAccessEvaluator ev = ExternalAccessEvaluator.compile(nothingBlocked);
    OutboundRequest r =
        OutboundRequest.of(ALICE, SipUri.parse("sip:bob(contoso.com)@msn.com"), Modality.IM);
    Decision d = ev.evaluate(r);
    assertEquals(Effect.DENY, d.effect(), d::toString);
    assertEquals(RuleId.ACCOUNT_ON_OWN_DOMAIN, d.reasons().get(0).rule(), d::toString);
    assertEquals(false, ev.isAllowed(r));
  }

  @Test
  void aTypedMicrosoftAccountAndItsEncodedSipUriGetTheSameDecision() {
    qt().withExamples(EXAMPLES)
        .forAll(
            tapes(),
            integers().between(0, LOCAL_PARTS.size() - 1),
            integers().between(0, ACCOUNT_DOMAINS.size() - 1),
            integers().between(0, MODALITIES.size() - 1))
        .checkAssert(
            (c, l, d, m) -> {
              FederationConfiguration config = config(c);
              ExternalAccessEvaluator ev = ExternalAccessEvaluator.compile(config);
              NameDecoration rules = decorationInForce(config);
              MicrosoftAccount account =
                  MicrosoftAccount.parse(LOCAL_PARTS.get(l) + "@" + ACCOUNT_DOMAINS.get(d));
              SipUri encoded = rules.encode(account);
              String typed = encoded.toString().substring("sip:".length());
              Modality modality = MODALITIES.get(m);
              Decision byUri = ev.evaluate(OutboundRequest.of(ALICE, encoded, modality));
              assertEquals(
                  byUri, ev.evaluate(OutboundRequest.typed(ALICE, typed, modality)), typed);
              assertEquals(
                  byUri, ev.evaluate(OutboundRequest.of(ALICE, account, modality)), typed);
            });
  }

  @Test
  void aNativeAddressIsAMicrosoftAccountEvenWithoutAProvider() {
    // Issue 10: typed bob@live.com was PROVIDER_MISSING, sip:bob@live.com DOMAIN_NOT_ALLOWED.
    OnPremisesConfiguration noSkype =
        Fixtures.base().toBuilder().publicProviders(List.of()).build();
    ExternalAccessEvaluator ev = ExternalAccessEvaluator.compile(noSkype);
    for (OutboundRequest r :
        List.of(
            OutboundRequest.typed(ALICE, "bob@live.com", Modality.IM),
            OutboundRequest.of(ALICE, SipUri.parse("sip:bob@live.com"), Modality.IM),
            OutboundRequest.of(ALICE, MicrosoftAccount.parse("bob@live.com"), Modality.IM))) {
      Decision d = ev.evaluate(r);
      assertEquals(RemoteClass.PUBLIC_PROVIDER_USER, d.remoteClass(), r::toString);
      assertEquals(List.of(RuleId.PROVIDER_MISSING), rulesOf(d), r::toString);
    }
  }

  private static List<RuleId> rulesOf(Decision d) {
    return d.reasons().stream().map(Reason::rule).toList();
  }

  /** The first decorating provider's rules, else the defaults (domain brief 0.4 item 9). */
  private static NameDecoration decorationInForce(FederationConfiguration c) {
    for (PublicProvider p : c.publicProviders()) {
      if (p.nameDecoration().isPresent()) {
        return p.nameDecoration().get();
      }
    }
    return NameDecoration.defaults();
  }
}
