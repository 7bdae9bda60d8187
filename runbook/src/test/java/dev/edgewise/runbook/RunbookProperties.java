package dev.edgewise.runbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.edgewise.address.Domain;
import dev.edgewise.address.SipUri;
import dev.edgewise.policy.AccessEdgeConfiguration;
import dev.edgewise.policy.AllowedDomain;
import dev.edgewise.policy.BlockedDomain;
import dev.edgewise.policy.CapabilityPreset;
import dev.edgewise.policy.ConnectivityEra;
import dev.edgewise.policy.ExternalAccessPolicy;
import dev.edgewise.policy.FederationConfiguration;
import dev.edgewise.policy.HostingProvider;
import dev.edgewise.policy.LocalUser;
import dev.edgewise.policy.OnPremisesConfiguration;
import dev.edgewise.policy.OnlineTenantConfiguration;
import dev.edgewise.policy.PolicyIdentity;
import dev.edgewise.policy.Product;
import dev.edgewise.policy.ProvisioningState;
import dev.edgewise.policy.PublicProvider;
import dev.edgewise.policy.TenantAllowedDomains;
import dev.edgewise.policy.VerificationLevel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Round trips over generated valid configurations: read(print(c)) = c, read(diff(a, b), a) = b,
 * and no statement of diff(a, b) can be dropped.
 */
class RunbookProperties {

  private static final Product[] ON_PREM = {
    Product.LYNC_SERVER_2013_CU5, Product.SKYPE_FOR_BUSINESS_SERVER_2015, Product.SKYPE_FOR_BUSINESS_SERVER_2019
  };

  static FederationConfiguration generate(long seed, int platformChoice, Product onPremProduct) {
    Random r = new Random(seed);
    if (platformChoice % 3 == 2) {
      return online(r);
    }
    return onPrem(r, onPremProduct);
  }

  private static <T> List<T> subset(Random r, List<T> pool) {
    List<T> out = new ArrayList<>();
    for (T t : pool) {
      if (r.nextBoolean()) {
        out.add(t);
      }
    }
    Collections.shuffle(out, r);
    return out;
  }

  private static ExternalAccessPolicy policy(Random r, PolicyIdentity id) {
    return ExternalAccessPolicy.builder()
        .identity(id)
        .enableFederationAccess(r.nextBoolean())
        .enablePublicCloudAccess(r.nextBoolean())
        .enablePublicCloudAudioVideoAccess(r.nextBoolean())
        .enableXmppAccess(r.nextInt(4) == 0)
        .build();
  }

  private static final VerificationLevel[] LEVELS = VerificationLevel.values();

  static OnPremisesConfiguration onPrem(Random r, Product product) {
    OnPremisesConfiguration.Builder b = OnPremisesConfiguration.builder().product(product);
    b.era(r.nextBoolean() ? ConnectivityEra.DNS_SRV_DISCOVERY : ConnectivityEra.PIC_PROVISIONING);
    b.addSipDomains(Domain.parse("contoso.com"));
    if (r.nextBoolean()) {
      b.addSipDomains(Domain.parse("contoso.net"));
    }
    List<String> sites = subset(r, List.of("Redmond", "Paris"));
    b.sites(sites);
    b.accessEdge(
        AccessEdgeConfiguration.builder()
            .allowFederatedUsers(r.nextBoolean())
            .enablePartnerDiscovery(r.nextBoolean())
            .allowAnonymousUsers(r.nextBoolean())
            .maxContactsPerDiscoveredPartner(r.nextBoolean() ? 1000 : 50)
            .discoveredPartnerVerificationLevel(LEVELS[r.nextInt(3)])
            .build());
    b.globalPolicy(policy(r, PolicyIdentity.global()));
    List<ExternalAccessPolicy> policies = new ArrayList<>();
    for (String s : subset(r, sites)) {
      policies.add(policy(r, PolicyIdentity.site(s)));
    }
    List<String> tags = subset(r, List.of("NoPic", "FedOnly"));
    for (String t : tags) {
      policies.add(policy(r, PolicyIdentity.tag(t)));
    }
    Collections.shuffle(policies, r);
    b.externalAccessPolicies(policies);
    for (String u : subset(r, List.of("alice", "carol", "dave"))) {
      LocalUser.Builder lu = LocalUser.builder().sipUri(SipUri.parse("sip:" + u + "@contoso.com"));
      if (!sites.isEmpty() && r.nextBoolean()) {
        lu.site(sites.get(r.nextInt(sites.size())));
      }
      if (!tags.isEmpty() && r.nextBoolean()) {
        lu.externalAccessPolicy(tags.get(r.nextInt(tags.size())));
      }
      b.addUsers(lu.build());
    }
    List<AllowedDomain> allowed = new ArrayList<>();
    List<BlockedDomain> blocked = new ArrayList<>();
    for (String d : subset(r, List.of("a.com", "b.com", "c.com", "d.com"))) {
      if (r.nextBoolean()) {
        AllowedDomain.Builder a = AllowedDomain.builder().domain(Domain.parse(d));
        if (r.nextBoolean()) {
          a.proxyFqdn(Domain.parse("sip." + d));
        }
        if (r.nextBoolean()) {
          a.comment("partner " + d);
        }
        if (product != Product.LYNC_SERVER_2013_CU5 && r.nextBoolean()) {
          a.verificationLevel(LEVELS[r.nextInt(3)]);
        }
        allowed.add(a.build());
      } else {
        blocked.add(r.nextBoolean() ? BlockedDomain.of(Domain.parse(d))
            : BlockedDomain.builder().domain(Domain.parse(d)).comment("spam").build());
      }
    }
    b.allowedDomains(allowed).blockedDomains(blocked);
    List<PublicProvider> providers = new ArrayList<>();
    for (PublicProvider p : subset(r, List.of(PublicProvider.yahoo(), PublicProvider.aim()))) {
      providers.add(p.toBuilder().enabled(r.nextBoolean()).build());
    }
    int msn = r.nextInt(3);
    if (msn > 0) {
      PublicProvider p = msn == 1 ? PublicProvider.messenger() : PublicProvider.skype();
      providers.add(
          p.toBuilder()
              .enabled(r.nextBoolean())
              .verificationLevel(LEVELS[r.nextInt(3)])
              .capabilities(r.nextBoolean() ? CapabilityPreset.LAUNCH.modalities() : CapabilityPreset.WITH_VIDEO.modalities())
              .iconUrl(r.nextBoolean() ? Optional.of("https://x.example/i.png") : Optional.<String>empty())
              .build());
    }
    Collections.shuffle(providers, r);
    b.publicProviders(providers);
    if (r.nextBoolean()) {
      b.addHostingProviders(
          HostingProvider.builder()
              .identity("Hoster")
              .proxyFqdn(Domain.parse(r.nextBoolean() ? "edge.hoster.net" : "sip.hoster.net"))
              .enabled(r.nextBoolean())
              .sipClientPort(r.nextBoolean() ? 443 : 5061)
              .hostedDomains(subset(r, List.of(Domain.parse("h1.com"), Domain.parse("h2.com"))))
              .build());
    }
    int pic = r.nextInt(3);
    if (pic > 0) {
      b.putPicProvisioning(
          Domain.parse("contoso.com"), pic == 1 ? ProvisioningState.IN_PROGRESS : ProvisioningState.ACTIVATED);
    }
    return b.build();
  }

  static OnlineTenantConfiguration online(Random r) {
    OnlineTenantConfiguration.Builder b =
        OnlineTenantConfiguration.freshTenant().toBuilder()
            .product(r.nextBoolean() ? Product.SKYPE_FOR_BUSINESS_ONLINE : Product.TEAMS_TENANT);
    b.addSipDomains(Domain.parse("contoso.com"));
    b.allowFederatedUsers(r.nextBoolean());
    b.allowPublicUsers(r.nextBoolean());
    b.blockAllSubdomains(r.nextBoolean());
    List<Domain> pool = new ArrayList<>();
    for (String d : subset(r, List.of("a.com", "b.com", "c.com"))) {
      pool.add(Domain.parse(d));
    }
    if (r.nextBoolean()) {
      b.allowedDomains(TenantAllowedDomains.allowList(pool));
    } else {
      b.blockedDomains(pool);
    }
    b.publicProviders(
        List.of(PublicProvider.skype().toBuilder().enabled(r.nextBoolean())
            .capabilities(r.nextBoolean() ? CapabilityPreset.LAUNCH.modalities() : CapabilityPreset.WITH_VIDEO.modalities())
            .build()));
    List<String> tags = subset(r, List.of("FederationOnly", "NoFederation"));
    List<ExternalAccessPolicy> policies = new ArrayList<>();
    for (String t : tags) {
      policies.add(policy(r, PolicyIdentity.tag(t)));
    }
    b.externalAccessPolicies(policies);
    for (String u : subset(r, List.of("alice", "carol"))) {
      LocalUser.Builder lu = LocalUser.builder().sipUri(SipUri.parse("sip:" + u + "@contoso.com"));
      if (!tags.isEmpty() && r.nextBoolean()) {
        lu.externalAccessPolicy(tags.get(r.nextInt(tags.size())));
      }
      b.addUsers(lu.build());
    }
    return b.build();
  }

  private static boolean valid(FederationConfiguration c) {
    return c.validate().stream().noneMatch(p -> p.isError());
  }

  @Test
  void readOfPrintIsTheConfiguration() {
    qt().withExamples(300)
        .forAll(longs().all(), longs().between(0, 2))
        .checkAssert(
            (seed, k) -> {
              FederationConfiguration c = generate(seed, (int) (long) k, ON_PREM[(int) Math.floorMod(seed, 3L)]);
              if (!valid(c)) {
                return;
              }
              String script = Runbook.print(c);
              assertEquals(c, Runbook.read(script).configuration(), script);
            });
  }

  private static FederationConfiguration second(long seed, FederationConfiguration a) {
    Random r = new Random(seed);
    if (a instanceof OnPremisesConfiguration) {
      return onPrem(r, a.product());
    }
    OnlineTenantConfiguration t = online(r);
    return t.toBuilder().product(a.product()).build();
  }

  @Test
  void readOfDiffReachesTheTargetAndNoStatementCanBeDropped() {
    qt().withExamples(200)
        .forAll(longs().all(), longs().all(), longs().between(0, 2))
        .checkAssert(
            (s1, s2, k) -> {
              FederationConfiguration a = generate(s1, (int) (long) k, ON_PREM[(int) Math.floorMod(s1, 3L)]);
              FederationConfiguration b = second(s2, a);
              if (!valid(a) || !valid(b)) {
                return;
              }
              String script = Runbook.diff(a, b);
              assertEquals(b, Runbook.read(script, a).configuration(), script);
              String[] lines = script.split("\n", -1);
              for (int i = 0; i < lines.length; i++) {
                if (lines[i].isEmpty()) {
                  continue;
                }
                StringBuilder rest = new StringBuilder();
                for (int j = 0; j < lines.length; j++) {
                  if (j != i) {
                    rest.append(lines[j]).append('\n');
                  }
                }
                FederationConfiguration reached;
                try {
                  reached = Runbook.read(rest.toString(), a).configuration();
                } catch (RunbookException e) {
                  continue;
                }
                assertNotEquals(b, reached, "dropping line " + (i + 1) + " still reaches b:\n" + script);
              }
            });
  }
}
