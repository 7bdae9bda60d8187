package dev.edgewise.policy;

import static dev.edgewise.policy.ExternalAccessEvaluatorProperties.config;
import static dev.edgewise.policy.ExternalAccessEvaluatorProperties.request;
import static dev.edgewise.policy.ExternalAccessEvaluatorProperties.tapes;
import static dev.edgewise.policy.Fixtures.ALICE;
import static dev.edgewise.policy.Fixtures.CONTOSO;
import static dev.edgewise.policy.Fixtures.base;
import static dev.edgewise.policy.Fixtures.baseOnline;
import static dev.edgewise.policy.Fixtures.sip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.edgewise.address.MicrosoftAccount;
import dev.edgewise.core.Modality;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The era gates (domain brief 0.7 item 17): retired Skype interop denies every public-provider
 * request with {@code SKYPE_INTEROP_RETIRED} and never remedies it with a public IM switch; a
 * user of a provider that no longer serves in the era (Yahoo!, AOL after June 2014) is {@code
 * PROVIDER_RETIRED}; a Yahoo!/AOL consumer domain is never remedied with an allowed-domain entry.
 */
class EraGatesTest {

  private static final ConnectivityEra PIC = ConnectivityEra.PIC_PROVISIONING;
  private static final ConnectivityEra SRV = ConnectivityEra.DNS_SRV_DISCOVERY;
  private static final ConnectivityEra RETIRED = ConnectivityEra.SKYPE_INTEROP_RETIRED;

  private static OnPremisesConfiguration onPrem(ConnectivityEra era, PublicProvider... extra) {
    OnPremisesConfiguration.Builder b =
        base().toBuilder().era(era).putPicProvisioning(CONTOSO, ProvisioningState.ACTIVATED);
    for (PublicProvider p : extra) {
      b.addPublicProviders(p);
    }
    return b.build();
  }

  private static OnlineTenantConfiguration online(ConnectivityEra era, PublicProvider... extra) {
    OnlineTenantConfiguration.Builder b =
        baseOnline().toBuilder().era(era).putPicProvisioning(CONTOSO, ProvisioningState.ACTIVATED);
    for (PublicProvider p : extra) {
      b.addPublicProviders(p);
    }
    return b.build();
  }

  private static PublicProvider yahoo(boolean enabled) {
    return PublicProvider.yahoo().toBuilder().enabled(enabled).build();
  }

  private static PublicProvider aol(boolean enabled) {
    return PublicProvider.aim().toBuilder().enabled(enabled).build();
  }

  private static OutboundRequest to(String typed) {
    return OutboundRequest.typed(ALICE, typed, Modality.IM);
  }

  /** configuration, request, the denying rule ids exactly (empty: allowed). */
  static Stream<Arguments> table() {
    return Stream.of(
        // Skype users: open in the two first eras, closed in the retired one, both platforms.
        Arguments.of("on-prem SRV Skype", onPrem(SRV), to("bob@outlook.com"), List.of()),
        Arguments.of("on-prem PIC Skype", onPrem(PIC), to("bob@outlook.com"), List.of()),
        Arguments.of("on-prem retired Skype", onPrem(RETIRED), to("bob@outlook.com"),
            List.of(RuleId.SKYPE_INTEROP_RETIRED)),
        Arguments.of("on-prem retired decorated", onPrem(RETIRED), to("bob(fabrikam.com)@msn.com"),
            List.of(RuleId.SKYPE_INTEROP_RETIRED)),
        Arguments.of("on-prem retired account", onPrem(RETIRED),
            OutboundRequest.of(ALICE, MicrosoftAccount.parse("bob@fabrikam.com"), Modality.AUDIO),
            List.of(RuleId.SKYPE_INTEROP_RETIRED)),
        Arguments.of("online retired Skype", online(RETIRED), to("bob@outlook.com"),
            List.of(RuleId.SKYPE_INTEROP_RETIRED)),
        Arguments.of("online retired, public IM off too", online(RETIRED).toBuilder()
                .allowPublicUsers(false).build(), to("bob@outlook.com"),
            List.of(RuleId.SKYPE_INTEROP_RETIRED)),
        Arguments.of("on-prem retired, Skype disabled too", onPrem(RETIRED).toBuilder()
                .publicProviders(List.of(PublicProvider.skype().toBuilder().enabled(false).build()))
                .build(), to("bob@outlook.com"),
            List.of(RuleId.SKYPE_INTEROP_RETIRED)),
        // Federation between organizations is not public IM: the retired era leaves it alone.
        Arguments.of("retired federated", onPrem(RETIRED).toBuilder()
                .addAllowedDomains(AllowedDomain.of(Fixtures.NORTHWIND)).build(),
            to("erin@northwind.com"), List.of()),
        Arguments.of("retired internal", onPrem(RETIRED), to("carol@contoso.com"), List.of()),
        // Yahoo! and AOL: served in the PIC era only.
        Arguments.of("PIC Yahoo enabled", onPrem(PIC, yahoo(true)), to("bob@yahoo.com"), List.of()),
        Arguments.of("PIC AOL enabled", onPrem(PIC, aol(true)), to("bob@aol.com"), List.of()),
        Arguments.of("PIC Yahoo disabled", onPrem(PIC, yahoo(false)), to("bob@yahoo.com"),
            List.of(RuleId.PROVIDER_DISABLED)),
        Arguments.of("SRV Yahoo enabled", onPrem(SRV, yahoo(true)), to("bob@yahoo.com"),
            List.of(RuleId.PROVIDER_RETIRED)),
        Arguments.of("SRV Yahoo disabled", onPrem(SRV, yahoo(false)), to("bob@ymail.com"),
            List.of(RuleId.PROVIDER_RETIRED)),
        Arguments.of("SRV AOL online", online(SRV, aol(true)), to("bob@aim.com"),
            List.of(RuleId.PROVIDER_RETIRED)),
        Arguments.of("retired Yahoo", onPrem(RETIRED, yahoo(true)), to("bob@yahoo.com"),
            List.of(RuleId.SKYPE_INTEROP_RETIRED, RuleId.PROVIDER_RETIRED)),
        // A Yahoo! user's Microsoft account is Skype's user, not Yahoo!'s.
        Arguments.of("SRV Yahoo account via Skype", onPrem(SRV, yahoo(true)),
            to("bob(yahoo.com)@msn.com"), List.of()),
        // No Yahoo! provider: a federated consumer domain, never an allowed-domain entry.
        Arguments.of("SRV yahoo.com federated", onPrem(SRV), to("sip:bob@yahoo.com"),
            List.of(RuleId.DOMAIN_NOT_ALLOWED)),
        Arguments.of("PIC yahoo.com federated", onPrem(PIC), to("sip:bob@yahoo.com"),
            List.of(RuleId.DOMAIN_NOT_ALLOWED)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void decides(String name, FederationConfiguration c, OutboundRequest r, List<RuleId> denies) {
    ExternalAccessEvaluator ev = ExternalAccessEvaluator.compile(c);
    Decision d = ev.evaluate(r);
    assertEquals(denies.isEmpty(), d.isAllowed(), d::toString);
    if (!denies.isEmpty()) {
      assertEquals(denies, d.reasons().stream().map(Reason::rule).toList(), d::toString);
    }
    assertEquals(d.isAllowed(), ev.isAllowed(r));
  }

  private static Reason only(FederationConfiguration c, OutboundRequest r) {
    Decision d = ExternalAccessEvaluator.compile(c).evaluate(r);
    assertEquals(1, d.reasons().size(), d::toString);
    return d.reasons().get(0);
  }

  @Test
  void eraDenialsHaveNoCommandAndSayWhy() {
    Reason retired = only(onPrem(RETIRED), to("bob@outlook.com"));
    assertEquals(Optional.empty(), retired.remediation());
    assertEquals("the connectivity era SKYPE_INTEROP_RETIRED", retired.decidedBy());
    assertTrue(retired.explanation().contains("2025-05-05"), retired::explanation);
    assertTrue(retired.explanation().contains("sip:bob@outlook.com"), retired::explanation);

    Reason yahoo = only(onPrem(SRV, yahoo(true)), to("bob@yahoo.com"));
    assertEquals(Optional.empty(), yahoo.remediation());
    assertEquals("PublicProvider Yahoo (sip.yahoo.com) in the era DNS_SRV_DISCOVERY",
        yahoo.decidedBy());
    assertTrue(yahoo.explanation().contains("ended on 2014-06-30"), yahoo::explanation);
    // Its user may still have a Microsoft account: the Skype way is named, decorated.
    assertTrue(yahoo.explanation().contains("bob(yahoo.com)@msn.com"), yahoo::explanation);
  }

  @Test
  void aYahooDomainGetsItsOwnProviderOnlyWhereItServes() {
    Reason pic = only(onPrem(PIC), to("sip:bob@yahoo.com"));
    assertEquals(
        "New-CsPublicProvider -Identity Yahoo -ProxyFqdn sip.yahoo.com"
            + " -VerificationLevel AlwaysVerifiable -Enabled $True",
        pic.remediation().orElseThrow().command());
    assertTrue(pic.explanation().contains("served by the public provider Yahoo"),
        pic::explanation);
    OnlineTenantConfiguration allowList =
        online(PIC).toBuilder()
            .allowedDomains(TenantAllowedDomains.allowList(List.of(Fixtures.NORTHWIND)))
            .build();
    Reason picAol = only(allowList, to("sip:bob@aol.com"));
    String command = picAol.remediation().orElseThrow().command();
    assertTrue(command.startsWith("Set-CsTenantPublicProvider -Provider "), command);
    assertTrue(command.endsWith("\"AOL\""), command);

    Reason srv = only(onPrem(SRV), to("sip:bob@yahoo.com"));
    assertEquals(Optional.empty(), srv.remediation());
    assertTrue(srv.explanation().contains("Yahoo public IM connectivity ended on 2014-06-30"),
        srv::explanation);
    assertTrue(srv.explanation().contains("bob(yahoo.com)@msn.com"), srv::explanation);

    Reason retired = only(onPrem(RETIRED), to("sip:bob@yahoo.com"));
    assertEquals(Optional.empty(), retired.remediation());
    assertFalse(retired.explanation().contains("@msn.com"), retired::explanation);
  }

  /** Where a command is offered for a public-provider user, no retired era is involved. */
  @Test
  void noRemediationInTheRetiredEraNamesAPublicImSwitch() {
    qt().withExamples(400)
        .forAll(tapes(), tapes())
        .checkAssert(
            (c, r) -> {
              FederationConfiguration config = config(c);
              if (config.era() != RETIRED) {
                config = retire(config);
              }
              ExternalAccessEvaluator ev = ExternalAccessEvaluator.compile(config);
              ExternalAccessEvaluatorProperties.Request req = request(r);
              for (Decision d : List.of(ev.evaluate(req.outbound()), ev.evaluate(req.inbound()))) {
                if (d.remoteClass() == RemoteClass.PUBLIC_PROVIDER_USER) {
                  assertFalse(d.isAllowed(), d::toString);
                  assertTrue(d.hasRule(RuleId.SKYPE_INTEROP_RETIRED), d::toString);
                }
                for (Reason reason : d.reasons()) {
                  for (String command : commands(reason)) {
                    assertFalse(command.contains("AllowPublicUsers"), command);
                    assertFalse(command.contains("EnablePublicCloudAccess"), command);
                    assertFalse(command.contains("PublicProvider"), command);
                  }
                }
              }
              for (String command :
                  ev.checklist(ALICE, RemoteClass.PUBLIC_PROVIDER_USER).commands()) {
                assertFalse(command.contains("AllowPublicUsers"), command);
                assertFalse(command.contains("EnablePublicCloudAccess"), command);
              }
            });
  }

  /**
   * The same promise over Teams tenants, whose Teams-era ids print commands of their own: none
   * names a public IM switch in the retired era, and Teams consumers are still reached.
   */
  @Test
  void noTeamsRemediationInTheRetiredEraNamesAPublicImSwitch() {
    java.util.Set<RuleId> remedied = java.util.EnumSet.noneOf(RuleId.class);
    qt().withFixedSeed(20261127L)
        .withExamples(1000)
        .forAll(tapes(), tapes())
        .checkAssert(
            (c, r) -> {
              OnlineTenantConfiguration config =
                  TeamsProperties.config(c).toBuilder().era(RETIRED).build();
              ExternalAccessEvaluator ev = ExternalAccessEvaluator.compile(config);
              ExternalAccessEvaluatorProperties.Request req = TeamsProperties.request(r);
              for (Decision d : List.of(ev.evaluate(req.outbound()), ev.evaluate(req.inbound()))) {
                for (Reason reason : d.reasons()) {
                  for (String command : commands(reason)) {
                    remedied.add(reason.rule());
                    assertFalse(command.contains("AllowPublicUsers"), command);
                    assertFalse(command.contains("EnablePublicCloudAccess"), command);
                    assertFalse(command.contains("PublicProvider"), command);
                  }
                }
              }
            });
    // the walk reached the Teams ids that print a command
    assertTrue(
        remedied.containsAll(
            List.of(
                RuleId.TEAMS_CONSUMER_OFF,
                RuleId.TEAMS_CONSUMER_INBOUND_OFF,
                RuleId.POLICY_TEAMS_CONSUMER_OFF,
                RuleId.POLICY_TEAMS_CONSUMER_INBOUND_OFF,
                RuleId.POLICY_DOMAIN_BLOCKED,
                RuleId.POLICY_DOMAIN_NOT_ALLOWED,
                RuleId.TRIAL_TENANT_BLOCKED)),
        remedied::toString);
  }

  /** A Yahoo!/AOL consumer domain is never remedied with an allowed-domain entry, in any era. */
  @Test
  void aConsumerDomainIsNeverAnAllowedDomainEntry() {
    for (ConnectivityEra era : ConnectivityEra.values()) {
      for (FederationConfiguration c : List.of(onPrem(era), online(era))) {
        for (String typed : List.of("sip:bob@yahoo.com", "sip:bob@aol.com", "bob@gmail.com")) {
          Decision d = ExternalAccessEvaluator.compile(c).evaluate(to(typed));
          for (Reason reason : d.reasons()) {
            for (String command : commands(reason)) {
              assertFalse(command.contains("AllowedDomain"), command);
            }
          }
        }
      }
    }
  }

  private static List<String> commands(Reason reason) {
    if (reason.remediation().isEmpty()) {
      return List.of();
    }
    Remediation fix = reason.remediation().get();
    return fix.grantAlternative().isPresent()
        ? List.of(fix.command(), fix.grantAlternative().get())
        : List.of(fix.command());
  }

  private static FederationConfiguration retire(FederationConfiguration c) {
    return c instanceof OnPremisesConfiguration p
        ? p.toBuilder().era(RETIRED).build()
        : ((OnlineTenantConfiguration) c).toBuilder().era(RETIRED).build();
  }
}
