package dev.edgewise.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.edgewise.address.Domain;
import dev.edgewise.address.MicrosoftAccount;
import dev.edgewise.address.SipUri;
import dev.edgewise.core.Modality;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The evaluator against the reference model of the gate table ({@link ReferenceEvaluator}), and
 * the laws every decision obeys, over generated configurations and requests.
 *
 * <p>A configuration and a request are each decoded from a list of integers (a "tape"), so that
 * QuickTheories shrinks a failure to a short tape, and thus to a small configuration. The pools of
 * domains, users and addresses are chosen to collide: the same few domains appear as allowed,
 * blocked, hosted, provider and account domains, and as subdomains of each other.
 */
class ExternalAccessEvaluatorProperties {

  private static final int EXAMPLES = 300;

  static final Domain CONTOSO = Domain.parse("contoso.com");
  static final List<Domain> DOMAINS =
      List.of(
          Domain.parse("fabrikam.com"),
          Domain.parse("northwind.com"),
          Domain.parse("sales.fabrikam.com"),
          Domain.parse("gmail.com"),
          Domain.parse("msn.com"),
          Domain.parse("outlook.com"),
          Domain.parse("tailspin.com"));
  static final Domain HOSTED = Domain.parse("tailspin.com");
  static final List<SipUri> USERS =
      List.of(
          SipUri.parse("sip:alice@contoso.com"),
          SipUri.parse("sip:carol@contoso.com"),
          SipUri.parse("sip:dave@contoso.com"),
          SipUri.parse("sip:zed@contoso.com"));
  static final List<RemoteParty> REMOTES =
      List.of(
          RemoteParty.of(SipUri.parse("sip:carol@contoso.com")),
          RemoteParty.of(SipUri.parse("sip:bob@outlook.com")),
          RemoteParty.of(SipUri.parse("sip:bob@msn.com")),
          RemoteParty.of(SipUri.parse("sip:bob(fabrikam.com)@msn.com")),
          RemoteParty.of(SipUri.parse("sip:bob(gmail.com)@msn.com")),
          RemoteParty.of(SipUri.parse("sip:bob(sales.fabrikam.com)@msn.com")),
          RemoteParty.of(SipUri.parse("sip:erin@northwind.com")),
          RemoteParty.of(SipUri.parse("sip:dave@fabrikam.com")),
          RemoteParty.of(SipUri.parse("sip:yan@sales.fabrikam.com")),
          RemoteParty.of(SipUri.parse("sip:bob@gmail.com")),
          RemoteParty.of(SipUri.parse("sip:tom@tailspin.com")),
          RemoteParty.of(SipUri.parse("sip:ip@192.0.2.1")),
          RemoteParty.of(MicrosoftAccount.parse("bob@fabrikam.com")),
          RemoteParty.of(MicrosoftAccount.parse("bob@outlook.com")),
          RemoteParty.typed("bob@gmail.com"),
          RemoteParty.typed("bob(fabrikam.com)@msn.com"),
          RemoteParty.typed("bob@live.com"),
          RemoteParty.typed("live:bob_1"),
          RemoteParty.notModelled(RemoteParty.Unmodelled.Kind.XMPP_PARTNER, "xmpp:ann@jabber.org"),
          RemoteParty.of(SipUri.parse("sip:bob@yahoo.com")),
          RemoteParty.typed("bob@aol.com"));
  static final List<Arrival> ARRIVALS =
      List.of(
          Arrival.viaPublicProvider("Skype"),
          Arrival.viaEdge(Domain.parse("sip.fabrikam.com")),
          Arrival.viaEdge(Domain.parse("sip.northwind.com")),
          Arrival.defaultRoute());

  /** Reads choices off a tape of integers; past its end every choice is 0. */
  static final class Tape {
    private final List<Integer> values;
    private int next;

    Tape(List<Integer> values) {
      this.values = values;
    }

    int pick(int bound) {
      int v = next < values.size() ? values.get(next) : 0;
      next++;
      return Math.floorMod(v, bound);
    }

    boolean bit() {
      return pick(2) == 1;
    }

    <T> T of(List<T> options) {
      return options.get(pick(options.size()));
    }
  }

  static Gen<List<Integer>> tapes() {
    return lists().of(integers().between(0, 1 << 20)).ofSizeBetween(0, 60);
  }

  // --- configurations ------------------------------------------------------------------------

  static ExternalAccessPolicy policy(PolicyIdentity id, Tape t) {
    return ExternalAccessPolicy.builder()
        .identity(id)
        .enableFederationAccess(t.bit())
        .enablePublicCloudAccess(t.bit())
        .enablePublicCloudAudioVideoAccess(t.bit())
        .build();
  }

  static VerificationLevel level(Tape t) {
    return t.of(List.of(VerificationLevel.values()));
  }

  static List<LocalUser> users(Tape t, boolean online) {
    List<Integer> grants = List.of(t.pick(3), t.pick(3), t.pick(3));
    List<String> tags = List.of("", "NoPic", "AllOn");
    List<LocalUser> users = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      LocalUser.Builder b = LocalUser.builder().sipUri(USERS.get(i));
      if (!online && i == 0) {
        b.site("Redmond");
      }
      if (!online && i == 2) {
        b.site("Paris");
      }
      if (grants.get(i) > 0) {
        b.externalAccessPolicy(tags.get(grants.get(i)));
      }
      users.add(b.build());
    }
    return users;
  }

  static PublicProvider provider(Tape t, boolean skype) {
    PublicProvider base = skype ? PublicProvider.skype() : PublicProvider.messenger();
    return base.toBuilder()
        .enabled(t.pick(4) != 0)
        .verificationLevel(level(t))
        .capabilities(t.of(List.of(CapabilityPreset.values())).modalities())
        .build();
  }

  static FederationConfiguration config(List<Integer> values) {
    Tape t = new Tape(values);
    return t.bit() ? online(t) : onPremises(t);
  }

  static OnPremisesConfiguration onPremises(Tape t) {
    OnPremisesConfiguration.Builder b =
        OnPremisesConfiguration.builder()
            .addSipDomains(CONTOSO)
            .addSites("Redmond", "Paris")
            .globalPolicy(policy(PolicyIdentity.global(), t))
            .addExternalAccessPolicies(
                policy(PolicyIdentity.tag("NoPic"), t), policy(PolicyIdentity.tag("AllOn"), t))
            .users(users(t, false))
            .era(era(t))
            .putPicProvisioning(CONTOSO, t.of(List.of(ProvisioningState.values())));
    if (t.bit()) {
      b.addExternalAccessPolicies(policy(PolicyIdentity.site("Redmond"), t));
    }
    int providers = t.pick(4); // 0: none, 1: MSN, 2-3: Skype
    if (providers > 0) {
      b.addPublicProviders(provider(t, providers > 1));
    }
    boolean hosting = t.bit();
    if (hosting) {
      b.addHostingProviders(
          HostingProvider.builder()
              .identity("Tailspin")
              .proxyFqdn(Domain.parse("sip.tailspin-hosting.net"))
              .enabled(t.pick(4) != 0)
              .addHostedDomains(HOSTED)
              .build());
    }
    boolean defaultRoute = providers == 0 && !hosting && t.pick(3) == 0;
    b.accessEdge(
        AccessEdgeConfiguration.builder()
            .allowFederatedUsers(t.pick(4) != 0)
            .enablePartnerDiscovery(t.bit())
            .discoveredPartnerVerificationLevel(level(t))
            .routing(
                defaultRoute
                    ? EdgeRouting.defaultRoute(Domain.parse("edge.clearinghouse.net"), level(t))
                    : EdgeRouting.dnsSrv())
            .build());
    for (Domain d : DOMAINS) {
      int state = t.pick(5);
      if (state == 1 || state == 2) {
        AllowedDomain.Builder a = AllowedDomain.builder().domain(d).verificationLevel(level(t));
        if (state == 2) {
          a.proxyFqdn(Domain.parse("sip." + d));
        }
        b.addAllowedDomains(a.build());
      } else if (state == 3) {
        b.addBlockedDomains(BlockedDomain.of(d));
      }
    }
    if (!defaultRoute) { // providers need DNS SRV routing (a configuration error otherwise)
      historic(b::addPublicProviders, t);
    }
    return b.build();
  }

  /** Mostly the default era; now and then PIC provisioning or retired Skype interop. */
  static ConnectivityEra era(Tape t) {
    return switch (t.pick(8)) {
      case 0, 1 -> ConnectivityEra.PIC_PROVISIONING;
      case 2 -> ConnectivityEra.SKYPE_INTEROP_RETIRED;
      default -> ConnectivityEra.DNS_SRV_DISCOVERY;
    };
  }

  /** Now and then the fresh-install Yahoo! or AOL provider, enabled or not. */
  static void historic(java.util.function.Consumer<PublicProvider> add, Tape t) {
    int which = t.pick(4);
    if (which == 1 || which == 2) {
      PublicProvider p = which == 1 ? PublicProvider.yahoo() : PublicProvider.aim();
      add.accept(p.toBuilder().enabled(t.bit()).build());
    }
  }

  static OnlineTenantConfiguration online(Tape t) {
    OnlineTenantConfiguration.Builder b =
        OnlineTenantConfiguration.builder()
            .addSipDomains(CONTOSO)
            .addExternalAccessPolicies(
                policy(PolicyIdentity.tag("NoPic"), t), policy(PolicyIdentity.tag("AllOn"), t))
            .users(users(t, true))
            .allowFederatedUsers(t.pick(4) != 0)
            .allowPublicUsers(t.pick(4) != 0)
            .blockAllSubdomains(t.bit());
    if (t.pick(4) != 0) {
      b.addPublicProviders(provider(t, true));
    }
    boolean allowList = t.pick(3) == 0;
    List<Domain> allowed = new ArrayList<>();
    for (Domain d : DOMAINS) {
      int state = t.pick(3);
      if (state == 1) {
        allowed.add(d);
      } else if (state == 2) {
        b.addBlockedDomains(d);
      }
    }
    if (allowList) {
      b.allowedDomains(TenantAllowedDomains.allowList(allowed));
    }
    b.era(era(t));
    historic(b::addPublicProviders, t);
    return b.build();
  }

  // --- requests ------------------------------------------------------------------------------

  /** A request: outbound, or inbound with its route, contact and mark facts. */
  record Request(OutboundRequest outbound, InboundRequest inbound, boolean isInbound) {
    Decision evaluate(ExternalAccessEvaluator ev) {
      return isInbound ? ev.evaluate(inbound) : ev.evaluate(outbound);
    }

    ReferenceEvaluator.Result reference(FederationConfiguration c) {
      return isInbound
          ? ReferenceEvaluator.inbound(c, inbound)
          : ReferenceEvaluator.outbound(c, outbound);
    }

    @Override
    public String toString() {
      return isInbound ? inbound.toString() : outbound.toString();
    }
  }

  static Request request(List<Integer> values) {
    Tape t = new Tape(values);
    SipUri user = t.of(USERS);
    RemoteParty remote = t.of(REMOTES);
    Modality m = t.of(List.of(Modality.values()));
    OutboundRequest out = new OutboundRequest(user, remote, m);
    InboundRequest in =
        InboundRequest.builder()
            .remote(remote)
            .localUser(user)
            .modality(m)
            .arrival(t.of(ARRIVALS))
            .senderInContacts(t.bit())
            .verificationMark(t.bit())
            .build();
    return new Request(out, in, t.bit());
  }

  static Set<RuleId> rules(Decision d) {
    Set<RuleId> ids = EnumSet.noneOf(RuleId.class);
    for (Reason r : d.reasons()) {
      ids.add(r.rule());
    }
    return ids;
  }

  // --- properties ----------------------------------------------------------------------------

  @Test
  void everyGeneratedConfigurationCompiles() {
    qt().withExamples(EXAMPLES)
        .forAll(tapes())
        .checkAssert(tape -> ExternalAccessEvaluator.compile(config(tape)));
  }

  @Test
  void agreesWithTheReferenceModelOnEffectClassAndRuleIds() {
    qt().withExamples(EXAMPLES)
        .forAll(tapes(), tapes())
        .checkAssert(
            (c, r) -> {
              FederationConfiguration config = config(c);
              Request request = request(r);
              Decision d = request.evaluate(ExternalAccessEvaluator.compile(config));
              ReferenceEvaluator.Result expected = request.reference(config);
              String context = request + "\n" + d + "\n" + config;
              assertEquals(expected.effect(), d.effect(), context);
              assertEquals(expected.remoteClass(), d.remoteClass(), context);
              assertEquals(expected.rules(), rules(d), context);
            });
  }

  /**
   * The generators are not vacuous: over ten thousand generated cases every rule id the
   * evaluator can produce occurs, and every class both allowed and denied, so the differential
   * property above compares every gate.
   */
  // About the generators, not the code: mutation runs leave it out (docs/reliability.md).
  @Tag("generator-reach")
  @Test
  void generatedCasesReachEveryGateBothWays() {
    Set<RuleId> seen = EnumSet.noneOf(RuleId.class);
    Set<String> outcomes = new java.util.HashSet<>();
    // A fixed seed: this is a statement about the generators, not a search for a counterexample,
    // and some allow ids need every other gate to pass at once (about 1 case in 500).
    qt().withFixedSeed(20261122L)
        .withExamples(10_000)
        .forAll(tapes(), tapes())
        .checkAssert(
            (c, r) -> {
              Decision d = request(r).evaluate(ExternalAccessEvaluator.compile(config(c)));
              seen.addAll(rules(d));
              outcomes.add(d.remoteClass() + " " + d.effect());
            });
    Set<RuleId> expected = EnumSet.allOf(RuleId.class);
    expected.remove(RuleId.DEFAULT_DENY);
    // Sign-in, meetings and declared XMPP partners have requests and configurations of their
    // own; SurfaceProperties generates those.
    expected.removeAll(SurfaceProperties.OWN_RULES);
    // The Teams-era ids need Teams settings, Teams consumers and trial tenants, which this
    // generator (and the reference model) leaves out: TeamsProperties generates and covers them.
    expected.removeAll(TeamsProperties.TEAMS_IDS);
    Set<RuleId> missing = EnumSet.copyOf(expected);
    missing.removeAll(seen);
    assertEquals(EnumSet.noneOf(RuleId.class), missing);
    for (RemoteClass cls : RemoteClass.values()) {
      if (SurfaceProperties.OWN_CLASSES.contains(cls) || cls == RemoteClass.TEAMS_CONSUMER) {
        continue; // SurfaceProperties, TeamsProperties
      }
      assertTrue(outcomes.contains(cls + " DENY"), cls::toString);
      if (cls != RemoteClass.NOT_MODELLED) {
        assertTrue(outcomes.contains(cls + " ALLOW"), cls::toString);
      }
    }
  }

  @Test
  void isDeterministicAndAlwaysExplained() {
    qt().withExamples(EXAMPLES)
        .forAll(tapes(), tapes())
        .checkAssert(
            (c, r) -> {
              FederationConfiguration config = config(c);
              Request request = request(r);
              ExternalAccessEvaluator ev = ExternalAccessEvaluator.compile(config);
              Decision first = request.evaluate(ev);
              assertEquals(first, request.evaluate(ev));
              assertEquals(first, request.evaluate(ExternalAccessEvaluator.compile(config)));
              assertFalse(first.reasons().isEmpty());
              for (Reason reason : first.reasons()) {
                assertEquals(first.effect(), reason.effect());
                assertFalse(reason.explanation().isBlank());
              }
            });
  }

  @Test
  void restrictingTheConfigurationNeverTurnsDenyIntoAllow() {
    qt().withExamples(EXAMPLES)
        .forAll(tapes(), tapes())
        .checkAssert(
            (c, r) -> {
              FederationConfiguration config = config(c);
              Request request = request(r);
              if (request.evaluate(ExternalAccessEvaluator.compile(config)).isAllowed()) {
                return;
              }
              for (FederationConfiguration weaker : Restrictions.of(config)) {
                Decision after = request.evaluate(ExternalAccessEvaluator.compile(weaker));
                assertFalse(after.isAllowed(), () -> request + "\n" + after + "\n" + weaker);
              }
            });
  }
}
