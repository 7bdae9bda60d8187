package dev.edgewise.runbook;

import static dev.edgewise.runbook.RunbookScripts.domains;
import static dev.edgewise.runbook.RunbookScripts.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.edgewise.address.Domain;
import dev.edgewise.address.SipUri;
import dev.edgewise.core.Modality;
import dev.edgewise.policy.ExternalAccessPolicy;
import dev.edgewise.policy.FederationConfiguration;
import dev.edgewise.policy.HostingProvider;
import dev.edgewise.policy.LocalUser;
import dev.edgewise.policy.OnPremisesConfiguration;
import dev.edgewise.policy.PolicyIdentity;
import dev.edgewise.policy.ProvisioningState;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The {@code # edgewise:} declarations on both platforms: what each accepted one changes (a
 * redeclared user or policy in place, hosted domains, online SIP domains, capabilities and
 * predefined policies) and the refusals {@link RunbookDeclarationsMutationTest} does not list.
 */
// Scripts are built line by line so that each line and column a row names stays visible.
@SuppressWarnings("StringConcatToTextBlock")
class RunbookDeclarationsEffectTest {

  private static final String ONLINE = "# edgewise: Product SKYPE_FOR_BUSINESS_ONLINE\n";
  private static final String HOSTER =
      "New-CsHostingProvider -Identity Hoster -ProxyFqdn h.example.com"
          + " -EnabledSharedAddressSpace 1 -HostsOCSUsers 1\n";

  /** Each row: script, then every problem as RunbookProblem.toString(), joined by " | ". */
  private static final String[][] PROBLEMS = {
    {"# edgewise: PicProvisioning contoso.com",
      "1:13 BAD_DECLARATION 'PicProvisioning': PicProvisioning takes 2 values"},
    {"# edgewise: SipDomain a.com\n# edgewise: SipDomain A.com",
      "2:23 ALREADY_EXISTS 'A.com': the SIP domain is already declared"},
    {"# edgewise: PicProvisioning 'bad domain' ACTIVATED",
      "1:29 INVALID_VALUE '\"bad domain\"': bad domain is not a valid domain name"},
    {ONLINE + "# edgewise: HostedDomains Hoster a.com",
      "2:13 BAD_DECLARATION 'HostedDomains': HostedDomains is on-premises only"},
    {HOSTER + "# edgewise: HostedDomains Hoster a.com,'bad d'",
      "2:40 INVALID_VALUE '\"bad d\"': bad d is not a valid domain name"},
    {"# edgewise: HostedDomains @(x) a.com",
      "1:27 NOT_FOUND '@(...)': no hosting provider has this identity"},
    {"# edgewise: Capabilities @(x) IM",
      "1:26 NOT_FOUND '@(...)': no public provider has this identity"},
    {ONLINE + "# edgewise: RemovePolicy Tag:Nope",
      "2:26 NOT_FOUND 'Tag:Nope': the policy is not declared"},
    {ONLINE + "# edgewise: RemovePolicy @(x)",
      "2:26 NOT_FOUND '@(...)': the policy is not declared"},
    {ONLINE + "# edgewise: Policy -EnableFederationAccess 1",
      "2:13 MISSING_PARAMETER 'Policy': Policy needs -Identity"},
    {ONLINE + "# edgewise: Era PIC_PROVISIONING x",
      "2:13 BAD_DECLARATION 'Era': Era takes 1 value"},
  };

  @Test
  void everyRefusedDeclarationHasItsKindPlaceAndMessage() {
    for (String[] row : PROBLEMS) {
      assertEquals(row[1], problems(row[0]), row[0]);
    }
  }

  private static FederationConfiguration read(String script) {
    return Runbook.read(script).configuration();
  }

  private static final SipUri ALICE = SipUri.parse("sip:alice@contoso.com");

  @Test
  void aRedeclaredUserIsMovedInPlaceAndKeepsItsPlace() {
    FederationConfiguration c =
        read(
            HOSTER
                + "# edgewise: SipDomain contoso.com\n"
                + "# edgewise: Site Paris\n"
                + "# edgewise: User alice@contoso.com -Site Paris\n"
                + "# edgewise: User bob@contoso.com\n"
                + "# edgewise: User sip:alice@contoso.com -HomeProvider Hoster\n");
    assertEquals(
        List.of(
            LocalUser.builder().sipUri(ALICE).homeProvider("Hoster").build(),
            LocalUser.builder().sipUri(SipUri.parse("sip:bob@contoso.com")).build()),
        c.users());
    FederationConfiguration online =
        read(ONLINE + "# edgewise: SipDomain contoso.com\n# edgewise: User alice@contoso.com\n"
            + "# edgewise: PicProvisioning contoso.com IN_PROGRESS\n");
    assertEquals(List.of(LocalUser.builder().sipUri(ALICE).build()), online.users());
    assertEquals(domains("contoso.com"), online.sipDomains());
    assertEquals(Map.of(Domain.parse("contoso.com"), ProvisioningState.IN_PROGRESS), online.picProvisioning());
    assertEquals(
        List.of(),
        read(ONLINE + "# edgewise: SipDomain contoso.com\n# edgewise: RemoveSipDomain contoso.com\n")
            .sipDomains());
  }

  @Test
  void hostedDomainsReplaceTheListOfTheNamedProvider() {
    OnPremisesConfiguration c =
        (OnPremisesConfiguration)
            read(
                HOSTER
                    + "New-CsHostingProvider -Identity Second -ProxyFqdn s.example.com\n"
                    + "# edgewise: HostedDomains second b.com,a.com\n"
                    + "# edgewise: HostedDomains Hoster c.com\n"
                    + "# edgewise: HostedDomains Hoster $null\n");
    List<HostingProvider> hosts = c.hostingProviders();
    assertEquals(Set.of(), hosts.get(0).hostedDomains());
    assertEquals(List.of(Domain.parse("b.com"), Domain.parse("a.com")), List.copyOf(hosts.get(1).hostedDomains()));
    assertEquals(new LinkedHashSet<>(domains("b.com", "a.com")), hosts.get(1).hostedDomains());
  }

  @Test
  void capabilitiesAreDeclaredOnlineToo() {
    FederationConfiguration c = read(ONLINE + "# edgewise: Capabilities skype IM,PRESENCE\n");
    assertEquals(Set.of(Modality.IM, Modality.PRESENCE), c.publicProviders().get(0).capabilities());
  }

  @Test
  void predefinedPoliciesAreDeclaredRedeclaredAndRemoved() {
    PolicyIdentity x = PolicyIdentity.tag("X");
    PolicyIdentity y = PolicyIdentity.tag("Y");
    FederationConfiguration c =
        read(
            ONLINE
                + "# edgewise: Policy -Identity Tag:X -EnableFederationAccess 1 -Description first\n"
                + "# edgewise: Policy -Identity Tag:Y -EnablePublicCloudAccess 1\n"
                + "# edgewise: Policy -Identity Tag:X -EnableOutsideAccess 1\n");
    assertEquals(
        List.of(
            ExternalAccessPolicy.allOff(x).toBuilder().enableOutsideAccess(true).build(),
            ExternalAccessPolicy.allOff(y).toBuilder().enablePublicCloudAccess(true).build()),
        c.externalAccessPolicies());
    assertEquals(
        List.of(ExternalAccessPolicy.allOff(y).toBuilder().enablePublicCloudAccess(true).build()),
        read(
                ONLINE
                    + "# edgewise: Policy -Identity Tag:X\n"
                    + "# edgewise: Policy -Identity Tag:Y -EnablePublicCloudAccess 1\n"
                    + "# edgewise: RemovePolicy Tag:X\n")
            .externalAccessPolicies());
  }
}
