package dev.edgewise.policy;

import static dev.edgewise.policy.Fixtures.ALICE;
import static dev.edgewise.policy.Fixtures.base;
import static dev.edgewise.policy.Fixtures.baseGlobal;
import static dev.edgewise.policy.Fixtures.baseOnline;
import static dev.edgewise.policy.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A checklist for a class of party asks about an example party taken from the configuration (the
 * first hosted domain, the first XMPP partner, a federated domain already admitted, the first SIP
 * domain), falling back to example.com only when the configuration names none. With the
 * configuration's own party the list is satisfied; with example.com it would name steps that
 * change nothing for the parties the configuration already serves.
 */
class ChecklistExamplePartyTest {

  @Test
  void aDeclaredHostingProvidersFirstDomainIsTheExampleParty() {
    HostingProvider tailspin =
        HostingProvider.builder()
            .identity("Tailspin")
            .proxyFqdn(d("sip.tailspin-hosting.net"))
            .enabled(true)
            .addHostedDomains(d("tailspin.com"), d("tailspin.net"))
            .build();
    OnPremisesConfiguration c = base().toBuilder().addHostingProviders(tailspin).build();
    Checklist list = ExternalAccessEvaluator.compile(c).checklist(ALICE, RemoteClass.HOSTED);
    assertTrue(list.isSatisfied(), list.steps()::toString);
    assertEquals(List.of(), list.commands());
  }

  @Test
  void withoutAHostingProviderTheStepIsToDeclareOne() {
    Checklist list = ExternalAccessEvaluator.compile(base()).checklist(ALICE, RemoteClass.HOSTED);
    assertEquals(
        List.of(RuleId.PROVIDER_MISSING),
        list.steps().stream().map(Reason::rule).toList());
  }

  @Test
  void aDeclaredXmppPartnerIsTheExampleParty() {
    OnPremisesConfiguration c =
        base().toBuilder()
            .product(Product.SKYPE_FOR_BUSINESS_SERVER_2015)
            .globalPolicy(baseGlobal().toBuilder().enableXmppAccess(true).build())
            .addXmppPartners(XmppPartner.of(d("jabber.example")))
            .build();
    Checklist list = ExternalAccessEvaluator.compile(c).checklist(ALICE, RemoteClass.XMPP_PARTNER);
    assertTrue(list.isSatisfied(), list.steps()::toString);
  }

  @Test
  void withoutAnXmppPartnerTheStepIsToDeclareOne() {
    OnPremisesConfiguration c =
        base().toBuilder()
            .product(Product.SKYPE_FOR_BUSINESS_SERVER_2015)
            .globalPolicy(baseGlobal().toBuilder().enableXmppAccess(true).build())
            .build();
    Checklist list = ExternalAccessEvaluator.compile(c).checklist(ALICE, RemoteClass.XMPP_PARTNER);
    assertEquals(
        List.of(RuleId.XMPP_PARTNER_MISSING),
        list.steps().stream().map(Reason::rule).toList());
    assertEquals(List.of("New-CsXmppAllowedPartner -Identity example.com"), list.commands());
  }

  @Test
  void aDomainOnTheTenantsAllowListIsTheExampleFederatedParty() {
    OnlineTenantConfiguration c =
        baseOnline().toBuilder()
            .allowedDomains(
                TenantAllowedDomains.allowList(List.of(d("fabrikam.com"), d("northwind.com"))))
            .build();
    Checklist list = ExternalAccessEvaluator.compile(c).checklist(ALICE, RemoteClass.FEDERATED);
    assertTrue(list.isSatisfied(), list.steps()::toString);
  }

  @Test
  void anAllowedOnPremisesDomainIsTheExampleFederatedParty() {
    OnPremisesConfiguration c =
        base().toBuilder().addAllowedDomains(AllowedDomain.of(d("fabrikam.com"))).build();
    Checklist list = ExternalAccessEvaluator.compile(c).checklist(ALICE, RemoteClass.FEDERATED);
    assertTrue(list.isSatisfied(), list.steps()::toString);
  }

  /**
   * No SIP domain at all (and so no user): the internal example party falls back to example.com
   * instead of failing, and the list says what it can.
   */
  @Test
  void withoutSipDomainsTheInternalExampleIsExampleCom() {
    OnPremisesConfiguration c =
        OnPremisesConfiguration.builder()
            .accessEdge(AccessEdgeConfiguration.builder().allowFederatedUsers(true).build())
            .globalPolicy(baseGlobal())
            .build();
    Checklist list = ExternalAccessEvaluator.compile(c).checklist(ALICE, RemoteClass.INTERNAL);
    assertEquals(
        List.of(RuleId.UNKNOWN_LOCAL_USER, RuleId.DOMAIN_NOT_ALLOWED),
        list.steps().stream().map(Reason::rule).toList());
    assertEquals(List.of("New-CsAllowedDomain -Identity example.com"), list.commands());
  }
}
