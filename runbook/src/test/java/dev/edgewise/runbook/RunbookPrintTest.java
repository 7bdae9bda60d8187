package dev.edgewise.runbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.edgewise.address.Domain;
import dev.edgewise.address.SipUri;
import dev.edgewise.policy.AccessEdgeConfiguration;
import dev.edgewise.policy.AllowedDomain;
import dev.edgewise.policy.BlockedDomain;
import dev.edgewise.policy.ExternalAccessPolicy;
import dev.edgewise.policy.FederationConfiguration;
import dev.edgewise.policy.LocalUser;
import dev.edgewise.policy.OnPremisesConfiguration;
import dev.edgewise.policy.OnlineTenantConfiguration;
import dev.edgewise.policy.Product;
import dev.edgewise.policy.PublicProvider;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What print and diff write, pinned line by line, and the reader on arbitrary text. */
@SuppressWarnings("StringConcatToTextBlock")
class RunbookPrintTest {

  private static final OnPremisesConfiguration SKYPE =
      OnPremisesConfiguration.freshInstall().toBuilder()
          .accessEdge(AccessEdgeConfiguration.builder().allowFederatedUsers(true).build())
          .globalPolicy(
              ExternalAccessPolicy.global().toBuilder()
                  .enableFederationAccess(true)
                  .enablePublicCloudAccess(true)
                  .build())
          .publicProviders(List.of(PublicProvider.yahoo(), PublicProvider.aim(), PublicProvider.skype()))
          .addSipDomains(Domain.parse("contoso.com"))
          .addSites("Redmond")
          .addUsers(
              LocalUser.builder().sipUri(SipUri.parse("sip:alice@contoso.com")).site("Redmond").build())
          .addBlockedDomains(BlockedDomain.of(Domain.parse("fabrikam.com")))
          .build();

  @Test
  void printWritesNamesInAServerOrder() {
    assertEquals(
        String.join(
            "\n",
            "# edgewise: Product SKYPE_FOR_BUSINESS_SERVER_2019",
            "# edgewise: SipDomain contoso.com",
            "# edgewise: Site Redmond",
            "# edgewise: User sip:alice@contoso.com -Site Redmond",
            "Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true",
            "Set-CsExternalAccessPolicy -Identity Global -EnableFederationAccess $true"
                + " -EnablePublicCloudAccess $true",
            "New-CsBlockedDomain -Identity fabrikam.com",
            "Remove-CsPublicProvider -Identity Messenger",
            "New-CsPublicProvider -Identity Skype -ProxyFqdn federation.messenger.msn.com -Enabled $true",
            ""),
        Runbook.print(SKYPE));
    assertEquals(SKYPE, Runbook.read(Runbook.print(SKYPE)).configuration());
  }

  @Test
  void diffMovesADomainBetweenListsAndFreesAProxyFqdnFirst() {
    OnPremisesConfiguration to =
        SKYPE.toBuilder()
            .blockedDomains(List.of())
            .allowedDomains(List.of(AllowedDomain.of(Domain.parse("fabrikam.com"))))
            .publicProviders(
                List.of(PublicProvider.yahoo(), PublicProvider.aim(), PublicProvider.messenger()))
            .build();
    String script = Runbook.diff(SKYPE, to);
    assertEquals(
        String.join(
            "\n",
            "Remove-CsBlockedDomain -Identity fabrikam.com",
            "New-CsAllowedDomain -Identity fabrikam.com",
            "Remove-CsPublicProvider -Identity Skype",
            "New-CsPublicProvider -Identity Messenger -ProxyFqdn federation.messenger.msn.com -Enabled $false",
            ""),
        script);
    assertEquals(to, Runbook.read(script, SKYPE).configuration());
  }

  @Test
  void onlineTenantPrintsTenantCmdlets() {
    OnlineTenantConfiguration t =
        OnlineTenantConfiguration.freshTenant().toBuilder()
            .allowPublicUsers(false)
            .publicProviders(List.of(PublicProvider.skype().toBuilder().enabled(false).build()))
            .blockedDomains(List.of(Domain.parse("a.com"), Domain.parse("b.com")))
            .build();
    String script = Runbook.print(t);
    assertEquals(
        String.join(
            "\n",
            "# edgewise: Product SKYPE_FOR_BUSINESS_ONLINE",
            "Set-CsTenantFederationConfiguration -BlockedDomains @{Add=a.com,b.com}",
            "Set-CsTenantPublicProvider -Provider @()",
            "Set-CsTenantFederationConfiguration -AllowPublicUsers $false",
            ""),
        script);
    assertEquals(t, Runbook.read(script).configuration());
  }

  @Test
  void whatNoCmdletCanSayIsRefusedByPrint() {
    OnPremisesConfiguration lync =
        OnPremisesConfiguration.freshInstall().toBuilder()
            .product(Product.LYNC_SERVER_2013)
            .addAllowedDomains(
                AllowedDomain.builder()
                    .domain(Domain.parse("a.com"))
                    .verificationLevel(dev.edgewise.policy.VerificationLevel.ALWAYS_VERIFIABLE)
                    .build())
            .build();
    assertThrows(IllegalArgumentException.class, () -> Runbook.print(lync));
    assertThrows(
        IllegalArgumentException.class,
        () -> Runbook.diff(OnPremisesConfiguration.freshInstall(), OnlineTenantConfiguration.freshTenant()));
  }

  @Test
  void generatedConfigurationsAreMostlyValid() {
    // The properties skip invalid configurations; make sure they are the exception.
    int valid = 0;
    for (long seed = 0; seed < 200; seed++) {
      FederationConfiguration c =
          RunbookProperties.generate(seed, (int) (seed % 3), Product.SKYPE_FOR_BUSINESS_SERVER_2019);
      if (c.validate().stream().noneMatch(p -> p.isError())) {
        valid++;
      }
    }
    assertTrue(valid > 150, "valid: " + valid);
  }

  private static final String ALPHABET = "-$@#'\"`;,(){}=|<> \n\tabNew-CsAllowedDomain1.:";

  @Test
  void arbitraryTextNeverCrashesTheReader() {
    qt().withExamples(2000)
        .forAll(longs().all(), integers().between(0, 80))
        .checkAssert(
            (seed, length) -> {
              Random r = new Random(seed);
              StringBuilder sb = new StringBuilder();
              for (int i = 0; i < length; i++) {
                sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
              }
              try {
                Runbook.read(sb.toString());
              } catch (RunbookException e) {
                assertTrue(!e.problems().isEmpty());
              }
            });
    qt().withExamples(500)
        .forAll(strings().allPossible().ofLengthBetween(0, 40))
        .checkAssert(
            s -> {
              try {
                Runbook.read(s);
              } catch (RunbookException e) {
                assertTrue(!e.problems().isEmpty());
              }
            });
  }
}
