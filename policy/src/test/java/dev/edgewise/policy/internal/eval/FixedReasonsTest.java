package dev.edgewise.policy.internal.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edgewise.address.Domain;
import dev.edgewise.address.MicrosoftAccount;
import dev.edgewise.address.SipUri;
import dev.edgewise.core.Modality;
import dev.edgewise.policy.AccessEdgeConfiguration;
import dev.edgewise.policy.AllowedDomain;
import dev.edgewise.policy.BlockedDomain;
import dev.edgewise.policy.ExternalAccessPolicy;
import dev.edgewise.policy.FederationConfiguration;
import dev.edgewise.policy.HostingProvider;
import dev.edgewise.policy.LocalUser;
import dev.edgewise.policy.OnPremisesConfiguration;
import dev.edgewise.policy.OnlineTenantConfiguration;
import dev.edgewise.policy.PolicyIdentity;
import dev.edgewise.policy.PublicProvider;
import dev.edgewise.policy.Reason;
import dev.edgewise.policy.RemoteParty;
import dev.edgewise.policy.RuleId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The reasons worded once per compiled configuration ({@link FixedReasons}) are the reasons the
 * explainer words afresh, for every outcome of every request of a grid (parties of each class,
 * users with the Global and a per-user policy and an undeclared one, every modality, both
 * platforms); and the grid does reach them, so the comparison is not vacuous.
 */
class FixedReasonsTest {

  private static final Domain CONTOSO = Domain.parse("contoso.com");
  private static final SipUri ALICE = SipUri.parse("sip:alice@contoso.com");
  private static final SipUri BOB = SipUri.parse("sip:bob@contoso.com");
  private static final SipUri NOBODY = SipUri.parse("sip:nobody@contoso.com");

  private static final OnPremisesConfiguration ON_PREMISES =
      OnPremisesConfiguration.builder()
          .accessEdge(AccessEdgeConfiguration.builder().allowFederatedUsers(true).build())
          .globalPolicy(
              ExternalAccessPolicy.global().toBuilder()
                  .enableFederationAccess(true)
                  .enablePublicCloudAccess(true)
                  .enablePublicCloudAudioVideoAccess(true)
                  .build())
          .addExternalAccessPolicies(
              ExternalAccessPolicy.builder()
                  .identity(PolicyIdentity.tag("FederationOnly"))
                  .enableFederationAccess(true)
                  .build())
          .addSipDomains(CONTOSO)
          .addUsers(LocalUser.of(ALICE))
          .addUsers(LocalUser.builder().sipUri(BOB).externalAccessPolicy("FederationOnly").build())
          .addPublicProviders(PublicProvider.skype())
          .addHostingProviders(
              HostingProvider.builder()
                  .identity("Tailspin")
                  .proxyFqdn(Domain.parse("sip.tailspin-hosting.net"))
                  .enabled(true)
                  .addHostedDomains(Domain.parse("tailspin.com"))
                  .build())
          .addAllowedDomains(AllowedDomain.of(Domain.parse("northwind.com")))
          .addBlockedDomains(BlockedDomain.of(Domain.parse("blocked.example")))
          .build();

  private static final OnlineTenantConfiguration ONLINE =
      OnlineTenantConfiguration.freshTenant().toBuilder()
          .addSipDomains(CONTOSO)
          .addUsers(LocalUser.of(ALICE), LocalUser.of(BOB))
          .build();

  private static final List<RemoteParty> PARTIES =
      List.of(
          RemoteParty.of(SipUri.parse("sip:carol@contoso.com")),
          RemoteParty.of(SipUri.parse("sip:erin@northwind.com")),
          RemoteParty.of(SipUri.parse("sip:zed@blocked.example")),
          RemoteParty.of(SipUri.parse("sip:x@unlisted.example")),
          RemoteParty.of(SipUri.parse("sip:tom@tailspin.com")),
          RemoteParty.of(SipUri.parse("sip:bob@live.com")),
          RemoteParty.of(SipUri.parse("sip:bob(fabrikam.com)@msn.com")),
          RemoteParty.of(MicrosoftAccount.parse("bob@gmail.com")));

  @Test
  void onPremisesFixedReasonsAreTheFreshOnes() {
    Set<RuleId> fixed = compare(ON_PREMISES);
    assertTrue(
        fixed.containsAll(
            EnumSet.of(
                RuleId.INTERNAL,
                RuleId.EDGE_FEDERATION_ON,
                RuleId.DNS_SRV_ROUTING,
                RuleId.DOMAIN_NOT_BLOCKED,
                RuleId.POLICY_FEDERATION_ON,
                RuleId.POLICY_PUBLIC_ON,
                RuleId.POLICY_PUBLIC_AV_ON,
                RuleId.PUBLIC_PROVIDER,
                RuleId.MODALITY_SUPPORTED_BY_PROVIDER)),
        fixed::toString);
  }

  @Test
  void onlineFixedReasonsAreTheFreshOnes() {
    Set<RuleId> fixed = compare(ONLINE);
    assertTrue(
        fixed.containsAll(
            EnumSet.of(
                RuleId.INTERNAL, RuleId.TENANT_FEDERATION_ON, RuleId.ALL_KNOWN_DOMAINS_ALLOWED)),
        fixed::toString);
  }

  /**
   * Compares every outcome's reason; returns the rules that were served fixed (the same object
   * twice: identity is what tells a fixed reason from a fresh one).
   */
  @SuppressWarnings("ReferenceEquality")
  private static Set<RuleId> compare(FederationConfiguration c) {
    CompiledConfiguration compiled = CompiledConfiguration.of(c);
    PartyReader reader = new PartyReader(compiled);
    Gates gates = new Gates(compiled);
    Explainer explainer = Explainer.of(compiled, new RemediationCatalog(compiled));
    Set<RuleId> fixed = EnumSet.noneOf(RuleId.class);
    for (SipUri user : List.of(ALICE, BOB, NOBODY)) {
      for (RemoteParty remote : PARTIES) {
        for (Modality m : Modality.values()) {
          Ask a = new Ask(user, compiled.userEntry(user), reader.read(remote), m, null);
          Verdicts.Trail trail = new Verdicts.Trail();
          gates.run(a, trail);
          for (GateOutcome o : trail.outcomes()) {
            if (TeamsExplainer.ownsCase(o)) {
              continue;
            }
            Reason served = explainer.reason(o, a);
            assertEquals(explainer.worded(o, a), served, () -> user + " " + remote + " " + m);
            if (served == explainer.reason(o, a)) {
              fixed.add(o.rule());
            }
          }
        }
      }
    }
    return fixed;
  }
}
