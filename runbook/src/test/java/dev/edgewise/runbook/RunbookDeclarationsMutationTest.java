package dev.edgewise.runbook;

import static dev.edgewise.runbook.RunbookScripts.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.edgewise.address.Domain;
import dev.edgewise.address.SipUri;
import dev.edgewise.policy.ConnectivityEra;
import dev.edgewise.policy.FederationConfiguration;
import dev.edgewise.policy.LocalUser;
import dev.edgewise.policy.OnPremisesConfiguration;
import dev.edgewise.policy.Product;
import dev.edgewise.policy.ProvisioningState;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The {@code # edgewise:} declarations and the Product declaration's place, pinned where mutation
 * testing found them unpinned: each refusal with its kind, place and message, and what each
 * accepted declaration changes.
 */
// Scripts are built line by line so that each line and column a row names stays visible.
@SuppressWarnings("StringConcatToTextBlock")
class RunbookDeclarationsMutationTest {

  /** Each row: script, then every problem as RunbookProblem.toString(), joined by " | ". */
  private static final String[][] PROBLEMS = {
    {"Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true\n# edgewise: Product LYNC_SERVER_2013",
      "2:13 BAD_DECLARATION 'Product': the Product declaration comes before every statement"},
    {"# edgewise: Product lync_server_2013\n# edgewise: Product SKYPE_FOR_BUSINESS_ONLINE",
      "OK"},
    {"# edgewise: Product NOPE",
      "1:21 BAD_DECLARATION 'NOPE': not a product, such as SKYPE_FOR_BUSINESS_SERVER_2019"},
    {"# edgewise: Product",
      "1:13 BAD_DECLARATION 'Product': Product takes 1 value"},
    {"# edgewise: Product a b",
      "1:13 BAD_DECLARATION 'Product': Product takes 1 value"},
    {"# edgewise: Product -X a",
      "1:21 BAD_DECLARATION '-X': Product has no -X"},
    // A named parameter of a declaration with no value is reported, as a cmdlet's is.
    {"# edgewise: SipDomain contoso.com\n# edgewise: User sip:a@contoso.com -Site",
      "2:36 MISSING_PARAMETER '-Site': -Site needs a value"},
    {"# edgewise: SipDomain contoso.com\n# edgewise: User sip:a@contoso.com -Site -HomeProvider x",
      "2:36 MISSING_PARAMETER '-Site': -Site needs a value"},
    {"# edgewise: SipDomain contoso.com\n# edgewise: User sip:a@contoso.com -HomeProvider",
      "2:36 MISSING_PARAMETER '-HomeProvider': -HomeProvider needs a value"},
    {"# edgewise: Product @(a)",
      "1:21 BAD_DECLARATION '@(...)': not a product, such as SKYPE_FOR_BUSINESS_SERVER_2019"},
    {"# edgewise: Era NOPE",
      "1:17 BAD_DECLARATION 'NOPE': not an era, such as DNS_SRV_DISCOVERY"},
    {"# edgewise: Era dns_srv_discovery x",
      "1:13 BAD_DECLARATION 'Era': Era takes 1 value"},
    {"# edgewise: Frob",
      "1:13 BAD_DECLARATION 'Frob': Frob is not an edgewise declaration (see docs/runbook.md)"},
    {"# edgewise: SipDomain 'bad domain'",
      "1:23 INVALID_VALUE '\"bad domain\"': bad domain is not a valid domain name"},
    {"# edgewise: SipDomain @(a)",
      "1:23 WRONG_TYPE '@(...)': SipDomain takes a domain name"},
    {"# edgewise: RemoveSipDomain x.com",
      "1:29 NOT_FOUND 'x.com': the SIP domain is not declared"},
    {"# edgewise: Site Paris\n# edgewise: Site Paris",
      "2:18 ALREADY_EXISTS 'Paris': the site is already declared"},
    {"# edgewise: RemoveSite Paris",
      "1:24 NOT_FOUND 'Paris': the site is not declared"},
    {"# edgewise: Site @(a)",
      "1:18 WRONG_TYPE '@(...)': a site is named by a string"},
    {"# edgewise: Product SKYPE_FOR_BUSINESS_ONLINE\n# edgewise: Site Paris",
      "2:13 BAD_DECLARATION 'Site': Site is on-premises only"},
    {"# edgewise: User nope nope",
      "1:13 BAD_DECLARATION 'User': User takes 1 value"},
    {"# edgewise: User 'not a uri'",
      "1:18 INVALID_VALUE '\"not a uri\"': not a SIP address"},
    {"# edgewise: SipDomain contoso.com\n# edgewise: User sip:a@contoso.com -Site @(x)",
      "2:42 WRONG_TYPE '@(...)': a site is named by a string"},
    {"# edgewise: SipDomain contoso.com\n# edgewise: User sip:a@contoso.com -HomeProvider @(x)",
      "2:50 WRONG_TYPE '@(...)': a hosting provider is named by a string"},
    {"# edgewise: SipDomain contoso.com\n# edgewise: User sip:a@contoso.com -Frob x",
      "2:36 BAD_DECLARATION '-Frob': User has no -Frob"},
    {"# edgewise: Product SKYPE_FOR_BUSINESS_ONLINE\n# edgewise: SipDomain contoso.com\n# edgewise: User sip:a@contoso.com -Site x",
      "3:13 BAD_DECLARATION 'User': User is on-premises only"},
    {"# edgewise: RemoveUser sip:a@contoso.com",
      "1:24 NOT_FOUND 'sip:a@contoso.com': the user is not declared"},
    {"# edgewise: RemoveUser @(a)",
      "1:24 INVALID_VALUE '@(...)': not a SIP address"},
    {"# edgewise: SipDomain contoso.com\n# edgewise: PicProvisioning contoso.com NOPE",
      "2:41 BAD_DECLARATION 'NOPE': not a provisioning state, such as ACTIVATED"},
    {"# edgewise: Capabilities Yahoo IM,AudioVideo",
      "1:35 BAD_DECLARATION 'AudioVideo': not a modality, such as IM"},
    {"# edgewise: Capabilities Nope IM",
      "1:26 NOT_FOUND 'Nope': no public provider has this identity"},
    {"# edgewise: Capabilities Yahoo Nope",
      "1:32 BAD_DECLARATION 'Nope': not a modality, such as IM"},
    {"# edgewise: Capabilities Yahoo @()",
      "OK"},
    {"# edgewise: HostedDomains Nope a.com",
      "1:27 NOT_FOUND 'Nope': no hosting provider has this identity"},
    {"# edgewise: Policy x",
      "1:13 BAD_DECLARATION 'Policy': policies are declared only for Skype for Business Online; use the cmdlets elsewhere"},
    {"# edgewise: RemovePolicy x\n",
      "1:13 BAD_DECLARATION 'RemovePolicy': policies are declared only for Skype for Business Online; use the cmdlets elsewhere"},
    // a declaration with too few values is refused before any value is read
    {"# edgewise: RemoveUser",
      "1:13 BAD_DECLARATION 'RemoveUser': RemoveUser takes 1 value"},
    {"# edgewise: Capabilities Yahoo",
      "1:13 BAD_DECLARATION 'Capabilities': Capabilities takes 2 values"},
    {"# edgewise: Product SKYPE_FOR_BUSINESS_ONLINE\n# edgewise: RemovePolicy",
      "2:13 BAD_DECLARATION 'RemovePolicy': RemovePolicy takes 1 value"},
    // a declaration refused for its product reads none of its parameters
    {"# edgewise: Policy",
      "1:13 BAD_DECLARATION 'Policy': policies are declared only for Skype for Business Online; use the cmdlets elsewhere"},
    {"# edgewise: Product SKYPE_FOR_BUSINESS_ONLINE\n# edgewise: SipDomain contoso.com\n# edgewise: User sip:a@contoso.com -Site @(x)",
      "3:13 BAD_DECLARATION 'User': User is on-premises only"},
    {"# edgewise: Product SKYPE_FOR_BUSINESS_ONLINE\n# edgewise: Policy -Identity @(a)",
      "2:30 WRONG_TYPE '@(...)': -Identity takes a single string"},
  };

  @Test
  void everyRefusedDeclarationHasItsKindPlaceAndMessage() {
    for (String[] row : PROBLEMS) {
      assertEquals(row[1], problems(row[0]), row[0]);
    }
  }

  private static FederationConfiguration read(String... lines) {
    return Runbook.read(String.join("\n", lines)).configuration();
  }

  @Test
  void theLastProductDeclarationBeforeAnyStatementWins() {
    assertEquals(
        Product.SKYPE_FOR_BUSINESS_ONLINE,
        read("# edgewise: Product lync_server_2013", "# edgewise: Product SKYPE_FOR_BUSINESS_ONLINE")
            .product());
    assertEquals(Product.LYNC_SERVER_2013, read("# edgewise: Product Lync_Server_2013").product());
    assertEquals(Product.SKYPE_FOR_BUSINESS_SERVER_2019, read("").product());
  }

  @Test
  void aProductDeclarationMustMatchTheConfigurationReadOnto() {
    FederationConfiguration base = OnPremisesConfiguration.freshInstall();
    RunbookException e =
        assertThrows(
            RunbookException.class,
            () -> Runbook.read("# edgewise: Product LYNC_SERVER_2013", base));
    assertEquals(
        "1:13 BAD_DECLARATION 'LYNC_SERVER_2013': the runbook is for "
            + Product.LYNC_SERVER_2013.displayName()
            + ", the configuration it is read onto is "
            + Product.SKYPE_FOR_BUSINESS_SERVER_2019.displayName(),
        e.problems().get(0).toString());
    assertEquals(
        base, Runbook.read("# edgewise: Product SKYPE_FOR_BUSINESS_SERVER_2019", base).configuration());
  }

  @Test
  void acceptedDeclarationsChangeWhatTheyName() {
    assertEquals(
        ConnectivityEra.PIC_PROVISIONING,
        read("# edgewise: Product SKYPE_FOR_BUSINESS_ONLINE", "# edgewise: Era PIC_PROVISIONING").era());
    assertEquals(ConnectivityEra.PIC_PROVISIONING, read("# edgewise: Era pic_provisioning").era());
    assertEquals(
        List.of(), read("# edgewise: SipDomain x.com", "# edgewise: RemoveSipDomain x.com").sipDomains());
    assertEquals(
        List.of("Redmond"),
        List.copyOf(
            ((OnPremisesConfiguration)
                    read("# edgewise: Site Paris", "# edgewise: Site Redmond", "# edgewise: RemoveSite Paris"))
                .sites()));
    SipUri alice = SipUri.parse("sip:a@contoso.com");
    assertEquals(
        List.of(LocalUser.builder().sipUri(alice).site("Paris").build()),
        read(
                "# edgewise: SipDomain contoso.com",
                "# edgewise: Site Paris",
                "# edgewise: User a@contoso.com",
                "# edgewise: User sip:a@contoso.com -Site Paris")
            .users());
    // a value attached with ':' is the parameter's, and the value after it is positional
    for (String user :
        List.of(
            "# edgewise: User -Site:Paris sip:a@contoso.com",
            "# edgewise: User sip:a@contoso.com -Site:Paris")) {
      assertEquals(
          List.of(LocalUser.builder().sipUri(alice).site("Paris").build()),
          read("# edgewise: SipDomain contoso.com", "# edgewise: Site Paris", user).users(),
          user);
    }
    assertEquals(
        List.of(),
        read(
                "# edgewise: SipDomain contoso.com",
                "# edgewise: User a@contoso.com",
                "# edgewise: RemoveUser sip:a@contoso.com")
            .users());
    Domain contoso = Domain.parse("contoso.com");
    assertEquals(
        Map.of(contoso, ProvisioningState.ACTIVATED),
        read("# edgewise: SipDomain contoso.com", "# edgewise: PicProvisioning contoso.com ACTIVATED")
            .picProvisioning());
    assertEquals(
        Map.of(),
        read(
                "# edgewise: SipDomain contoso.com",
                "# edgewise: PicProvisioning contoso.com ACTIVATED",
                "# edgewise: PicProvisioning contoso.com $null")
            .picProvisioning());
    assertEquals(
        Optional.of(Set.of()),
        read("# edgewise: Capabilities yahoo @()").publicProviders().stream()
            .filter(p -> p.identity().equals("Yahoo"))
            .findFirst()
            .map(p -> p.capabilities()));
  }
}
