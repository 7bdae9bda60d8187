package dev.edgewise.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.edgewise.address.Domain;
import dev.edgewise.address.SipUri;
import dev.edgewise.core.Modality;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Builders round-trip, and validation is deterministic and independent of the order in which
 * entries were added. Configurations are generated as scripts of small additions drawn from a pool
 * of names chosen to collide (so duplicates, both-list domains, unknown sites and grants occur
 * often); a script is a list of integers, so QuickTheories shrinks it to a short one.
 */
class ConfigurationProperties {

  private static final List<String> DOMAINS =
      List.of(
          "contoso.com",
          "fabrikam.com",
          "northwind.com",
          "outlook.com",
          "msn.com",
          "sip.hoster.net",
          "federation.messenger.msn.com");
  private static final List<String> NAMES = List.of("Redmond", "Paris", "NoPic", "AllOn");
  private static final List<String> USERS =
      List.of(
          "sip:alice@contoso.com",
          "sip:carol@contoso.com",
          "sip:dave@fabrikam.com",
          "sip:erin@contoso.com");
  private static final int OPS = 16;

  private static Domain domain(int n) {
    return Domain.parse(DOMAINS.get(Math.floorMod(n, DOMAINS.size())));
  }

  private static String name(int n) {
    return NAMES.get(Math.floorMod(n, NAMES.size()));
  }

  private static SipUri user(int n) {
    return SipUri.parse(USERS.get(Math.floorMod(n, USERS.size())));
  }

  private static EnumSet<Modality> modalities(int bits) {
    EnumSet<Modality> s = EnumSet.noneOf(Modality.class);
    Modality[] all = Modality.values();
    for (int i = 0; i < all.length; i++) {
      if ((bits >> i & 1) == 1) {
        s.add(all[i]);
      }
    }
    return s;
  }

  /**
   * Applies one addition to an on-premises builder. Every operation either adds an entry or sets a
   * value that depends only on the operation, so any order of one script builds configurations with
   * the same entries.
   */
  private static void apply(OnPremisesConfiguration.Builder b, int op) {
    int kind = Math.floorMod(op, OPS);
    int a = Math.floorMod(op / OPS, 97);
    int c = a / 7;
    switch (kind) {
      case 0 -> b.addSipDomains(domain(a));
      case 1 -> b.addSites(name(a));
      case 2 -> {
        LocalUser.Builder u = LocalUser.builder().sipUri(user(a));
        if (c % 3 == 1) {
          u.site(name(c));
        }
        if (c % 2 == 1) {
          u.externalAccessPolicy(name(c + 1));
        }
        b.addUsers(u.build());
      }
      case 3 ->
          b.addExternalAccessPolicies(
              ExternalAccessPolicy.builder()
                  .identity(a % 2 == 0 ? PolicyIdentity.site(name(c)) : PolicyIdentity.tag(name(c)))
                  .enableFederationAccess(c % 2 == 0)
                  .enablePublicCloudAccess(c % 3 == 0)
                  .build());
      case 4 ->
          b.addAllowedDomains(
              AllowedDomain.builder()
                  .domain(domain(a))
                  .verificationLevel(VerificationLevel.fromNumber(c % 3).orElseThrow())
                  .build());
      case 5 -> b.addBlockedDomains(BlockedDomain.of(domain(a)));
      case 6 ->
          b.addPublicProviders(
              PublicProvider.builder()
                  .identity(name(a))
                  .proxyFqdn(domain(c))
                  .enabled(a % 2 == 0)
                  .capabilities(modalities(a))
                  .build());
      case 7 ->
          b.addPublicProviders(
              a % 3 == 0
                  ? PublicProvider.skype()
                  : a % 3 == 1 ? PublicProvider.messenger() : PublicProvider.yahoo());
      case 8 ->
          b.addHostingProviders(
              HostingProvider.builder()
                  .identity(name(a))
                  .proxyFqdn(domain(c))
                  .addHostedDomains(domain(a))
                  .build());
      case 9 ->
          b.accessEdge(
              AccessEdgeConfiguration.builder()
                  .allowFederatedUsers(true)
                  .routing(
                      EdgeRouting.defaultRoute(domain(5), VerificationLevel.ALWAYS_UNVERIFIABLE))
                  .enablePartnerDiscovery(true)
                  .build());
      case 10 -> b.putPicProvisioning(domain(a), ProvisioningState.IN_PROGRESS);
      case 11 ->
          b.addPublicProviders(
              PublicProvider.skype().toBuilder()
                  .nameDecorationExcludedDomains(List.of(domain(a)))
                  .build());
      case 12 -> b.addUsers(LocalUser.of(user(a)));
      case 13 -> b.era(ConnectivityEra.PIC_PROVISIONING);
      case 14 ->
          b.globalPolicy(
              ExternalAccessPolicy.global().toBuilder().enableFederationAccess(true).build());
      default -> b.addSipDomains(domain(0));
    }
  }

  private static void apply(OnlineTenantConfiguration.Builder b, int op) {
    int kind = Math.floorMod(op, 8);
    int a = Math.floorMod(op / 8, 97);
    int c = a / 7;
    switch (kind) {
      case 0 -> b.addSipDomains(domain(a));
      case 1 ->
          b.addUsers(LocalUser.builder().sipUri(user(a)).externalAccessPolicy(name(c)).build());
      case 2 ->
          b.addExternalAccessPolicies(
              ExternalAccessPolicy.allOff(
                  a % 3 == 0 ? PolicyIdentity.site(name(c)) : PolicyIdentity.tag(name(c))));
      case 3 -> b.addBlockedDomains(domain(a));
      case 4 -> b.allowedDomains(TenantAllowedDomains.allowList(List.of(domain(0), domain(1))));
      case 5 -> b.addPublicProviders(PublicProvider.skype());
      case 6 -> b.addUsers(LocalUser.builder().sipUri(user(a)).site(name(c)).build());
      default -> b.blockAllSubdomains(true);
    }
  }

  private static OnPremisesConfiguration onPremises(List<Integer> script) {
    OnPremisesConfiguration.Builder b = OnPremisesConfiguration.builder();
    script.forEach(op -> apply(b, op));
    return b.build();
  }

  private static OnlineTenantConfiguration online(List<Integer> script) {
    OnlineTenantConfiguration.Builder b = OnlineTenantConfiguration.builder();
    script.forEach(op -> apply(b, op));
    return b.build();
  }

  private static Gen<List<Integer>> scripts() {
    return lists().of(integers().between(0, 100_000)).ofSizeBetween(0, 30);
  }

  /** The script reordered by generated sort keys: a permutation drawn from the generator. */
  private static List<Integer> permuted(List<Integer> script, List<Integer> keys) {
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i < script.size(); i++) {
      int key = keys.isEmpty() ? -i : keys.get(i % keys.size()) * 31 + i;
      pairs.add(new int[] {key, script.get(i)});
    }
    pairs.sort(Comparator.comparingInt((int[] p) -> p[0]));
    List<Integer> out = new ArrayList<>();
    for (int[] p : pairs) {
      out.add(p[1]);
    }
    return out;
  }

  @Test
  void onPremisesBuildersRoundTrip() {
    qt().forAll(scripts())
        .checkAssert(
            script -> {
              OnPremisesConfiguration c = onPremises(script);
              OnPremisesConfiguration copy = OnPremisesConfiguration.builder().from(c).build();
              assertEquals(c, copy);
              assertEquals(c.hashCode(), copy.hashCode());
              assertEquals(c.toString(), copy.toString());
              assertEquals(c, c.toBuilder().build());
              for (PublicProvider p : c.publicProviders()) {
                assertEquals(p, p.toBuilder().build());
              }
              for (HostingProvider h : c.hostingProviders()) {
                assertEquals(h, h.toBuilder().build());
              }
              assertEquals(c.accessEdge(), c.accessEdge().toBuilder().build());
            });
  }

  @Test
  void onlineBuildersRoundTrip() {
    qt().forAll(scripts())
        .checkAssert(
            script -> {
              OnlineTenantConfiguration c = online(script);
              OnlineTenantConfiguration copy = OnlineTenantConfiguration.builder().from(c).build();
              assertEquals(c, copy);
              assertEquals(c.hashCode(), copy.hashCode());
              assertEquals(c.toString(), copy.toString());
            });
  }

  @Test
  void onPremisesValidationIsDeterministicAndIndependentOfInsertionOrder() {
    qt().forAll(scripts(), lists().of(integers().between(0, 1000)).ofSizeBetween(0, 30))
        .checkAssert(
            (script, keys) -> {
              OnPremisesConfiguration c = onPremises(script);
              List<ConfigurationProblem> problems = c.validate();
              assertEquals(problems, c.validate());
              assertEquals(problems, onPremises(script).validate());
              assertEquals(problems, onPremises(permuted(script, keys)).validate());
              assertEquals(problems.stream().sorted(ORDER).toList(), problems);
            });
  }

  @Test
  void onlineValidationIsDeterministicAndIndependentOfInsertionOrder() {
    qt().forAll(scripts(), lists().of(integers().between(0, 1000)).ofSizeBetween(0, 30))
        .checkAssert(
            (script, keys) -> {
              OnlineTenantConfiguration c = online(script);
              List<ConfigurationProblem> problems = c.validate();
              assertEquals(problems, c.validate());
              assertEquals(problems, online(permuted(script, keys)).validate());
            });
  }

  @Test
  void effectivePoliciesAreIndependentOfInsertionOrderWithoutDuplicates() {
    // With duplicate users or policies the first entry wins, an order dependence that validate()
    // reports as an error; everything else must resolve the same in any order.
    qt().forAll(
            lists().of(integers().between(0, 100_000)).ofSizeBetween(0, 12),
            lists().of(integers().between(0, 1000)).ofSizeBetween(0, 12))
        .assuming(
            (script, keys) ->
                onPremises(script).validate().stream()
                    .noneMatch(
                        p ->
                            p.code() == ConfigurationProblem.Code.DUPLICATE_USER
                                || p.code() == ConfigurationProblem.Code.DUPLICATE_POLICY_IDENTITY))
        .checkAssert(
            (script, keys) -> {
              OnPremisesConfiguration c = onPremises(script);
              OnPremisesConfiguration p = onPremises(permuted(script, keys));
              for (LocalUser u : c.users()) {
                assertEquals(c.effectivePolicy(u.sipUri()), p.effectivePolicy(u.sipUri()));
              }
            });
  }

  private static final Comparator<ConfigurationProblem> ORDER =
      Comparator.comparing(ConfigurationProblem::code)
          .thenComparing(ConfigurationProblem::subject)
          .thenComparing(ConfigurationProblem::message);
}
