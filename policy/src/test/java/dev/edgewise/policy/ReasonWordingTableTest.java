package dev.edgewise.policy;

import static dev.edgewise.policy.Fixtures.ALICE;
import static dev.edgewise.policy.Fixtures.CONTOSO;
import static dev.edgewise.policy.Fixtures.base;
import static dev.edgewise.policy.Fixtures.baseOnline;
import static dev.edgewise.policy.Fixtures.d;
import static dev.edgewise.policy.Fixtures.sip;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.edgewise.core.Modality;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One reason per row, worded in full: who decided, the sentence and the command, where
 * the two platforms name different objects (the tenant's federation configuration online, the
 * list entries on premises) or a sentence has cases (a blocked parent, a consumer domain's hint,
 * a retired era, the route a message arrived by, the providers a tenant already enables). The
 * configurations declare alice and carol, so an organization-wide command affects one user
 * besides alice.
 */
class ReasonWordingTableTest {

  /** One row: the reason with {@code rule} that {@code request} gets from {@code config}. */
  record Row(
      String name,
      FederationConfiguration config,
      Object request,
      RuleId rule,
      String decidedBy,
      String explanation,
      Optional<String> command,
      int others) {
    /** A row whose command, if any, is organization-wide: it affects carol besides alice. */
    Row(
        String name,
        FederationConfiguration config,
        Object request,
        RuleId rule,
        String decidedBy,
        String explanation,
        Optional<String> command) {
      this(name, config, request, rule, decidedBy, explanation, command, 1);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static final OnPremisesConfiguration BLOCKED_ON_PREMISES =
      base().toBuilder()
          .addBlockedDomains(BlockedDomain.of(d("fabrikam.com")), BlockedDomain.of(d("gmail.com")))
          .build();

  private static final OnlineTenantConfiguration BLOCKED_ONLINE =
      baseOnline().toBuilder()
          .addBlockedDomains(d("fabrikam.com"), d("gmail.com"))
          .blockAllSubdomains(true)
          .build();

  private static final OnlineTenantConfiguration ALLOW_LIST_ONLINE =
      baseOnline().toBuilder()
          .allowedDomains(TenantAllowedDomains.allowList(List.of(d("fabrikam.com"))))
          .build();

  private static final OnPremisesConfiguration PINNED =
      base().toBuilder()
          .addAllowedDomains(
              AllowedDomain.builder().domain(d("fabrikam.com")).proxyFqdn(d("sip.fabrikam.com")).build())
          .build();

  private static final OnPremisesConfiguration DEFAULT_ROUTED =
      base().toBuilder()
          .publicProviders(List.of())
          .accessEdge(
              base().accessEdge().toBuilder()
                  .routing(
                      EdgeRouting.defaultRoute(
                          d("edge.partner.net"), VerificationLevel.ALWAYS_UNVERIFIABLE))
                  .build())
          .build();

  /** The PIC provisioning era, contoso.com activated: Yahoo! still serves in it. */
  private static final OnPremisesConfiguration PIC =
      base().toBuilder()
          .era(ConnectivityEra.PIC_PROVISIONING)
          .putPicProvisioning(CONTOSO, ProvisioningState.ACTIVATED)
          .build();

  private static final String YAHOO_HINT =
      " yahoo.com is a consumer e-mail domain, not a Lync organization: if bob@yahoo.com is a"
          + " Skype user who signs in with that Microsoft account, add them in decorated form,"
          + " bob(yahoo.com)@msn.com. In this era yahoo.com is served by the public provider Yahoo"
          + " (sip.yahoo.com), which is how its users are reached.";

  private static final String NOT_ALLOWED_ON_PREMISES =
      " is not on the allowed list. Partner discovery is off, so only allowed domains federate.";

  private static final String NOT_REQUESTED =
      "no PIC provisioning request was made: submit one at Microsoft's provisioning portal with"
          + " the Access Edge FQDN and the SIP domain.";

  private static final OnlineTenantConfiguration DISCOVERED_TEAMS =
      baseOnline().toBuilder()
          .product(Product.TEAMS_TENANT)
          .treatDiscoveredPartnersAsUnverified(true)
          .build();

  private static final String TEAMS_DISCOVERED =
      "TreatDiscoveredPartnersAsUnverified is True and External Access allows all known domains,"
          + " so northwind.com counts as a discovered partner and its messages are delivered only"
          + " from senders on the recipient's contact list";

  private static final OnlineTenantConfiguration SHARED_TEAMS =
      baseOnline().toBuilder().product(Product.TEAMS_TENANT).sharedSipAddressSpace(true).build();

  private static final String SHARED_BY =
      "TenantFederationConfiguration Global (SharedSipAddressSpace is True)";

  private static final String SHARED =
      "The tenant shares the SIP domain contoso.com with an on-premises deployment"
          + " (SharedSipAddressSpace is True) and does not declare sip:bob@contoso.com as one of"
          + " its users, so they may be homed on premises, where hybrid reaches them over"
          + " federation";

  private static final String TEAMS_POLICY_BY =
      "ExternalAccessPolicy Tag:P, per-user scope, granted to sip:alice@contoso.com";

  private static final String TEAMS_POLICY_IN_FORCE =
      "Tag:P is in force for sip:alice@contoso.com: it is granted to the user, and a per-user"
          + " policy overrides the site and Global policies (it is in force for this user only).";

  private static final String TEAMS_POLICY_END =
      ", so sip:alice@contoso.com may not communicate with sip:erin@northwind.com, whatever the"
          + " tenant's domain lists say.";

  /** A Teams tenant with the per-user policy {@code Tag:P} (federation on) granted to alice. */
  private static OnlineTenantConfiguration teamsPolicy(
      java.util.function.UnaryOperator<ExternalAccessPolicy.Builder> f) {
    ExternalAccessPolicy p =
        f.apply(
                ExternalAccessPolicy.builder()
                    .identity(PolicyIdentity.tag("P"))
                    .enableFederationAccess(true))
            .build();
    return baseOnline().toBuilder()
        .product(Product.TEAMS_TENANT)
        .addExternalAccessPolicies(p)
        .users(
            List.of(
                LocalUser.builder().sipUri(ALICE).externalAccessPolicy("P").build(),
                LocalUser.of(Fixtures.CAROL)))
        .build();
  }

  private static InboundRequest teamsInbound(boolean senderInContacts) {
    return InboundRequest.builder()
        .remote(RemoteParty.of(sip("sip:erin@northwind.com")))
        .localUser(ALICE)
        .modality(Modality.IM)
        .arrival(Arrival.viaEdge(d("sip.northwind.com")))
        .senderInContacts(senderInContacts)
        .build();
  }

  private static final String GMAIL_HINT =
      " gmail.com is a consumer e-mail domain, not a Lync organization: if dave@gmail.com is a"
          + " Skype user who signs in with that Microsoft account, add them in decorated form,"
          + " dave(gmail.com)@msn.com.";

  static Stream<Row> rows() {
    return Stream.of(
        new Row("blocked, on premises", BLOCKED_ON_PREMISES, to("sip:dave@fabrikam.com"),
            RuleId.DOMAIN_BLOCKED, "BlockedDomain fabrikam.com",
            "fabrikam.com is on the blocked list, so no user may communicate with"
                + " sip:dave@fabrikam.com.",
            Optional.of("Remove-CsBlockedDomain -Identity fabrikam.com")),
        new Row("blocked, online", BLOCKED_ONLINE, to("sip:dave@fabrikam.com"),
            RuleId.DOMAIN_BLOCKED,
            "TenantFederationConfiguration Global, BlockedDomains entry fabrikam.com",
            "fabrikam.com is on the blocked list, so no user may communicate with"
                + " sip:dave@fabrikam.com.",
            Optional.of("Set-CsTenantFederationConfiguration -BlockedDomains"
                + " @{Remove=(New-CsEdgeDomainPattern -Domain \"fabrikam.com\")}")),
        new Row("blocked parent, online", BLOCKED_ONLINE, to("sip:dave@sales.fabrikam.com"),
            RuleId.DOMAIN_BLOCKED,
            "TenantFederationConfiguration Global, BlockedDomains entry fabrikam.com",
            "sales.fabrikam.com is below the blocked fabrikam.com, and BlockAllSubdomains is on,"
                + " so no user may communicate with sip:dave@sales.fabrikam.com.",
            Optional.of("Set-CsTenantFederationConfiguration -BlockedDomains"
                + " @{Remove=(New-CsEdgeDomainPattern -Domain \"fabrikam.com\")}")),
        new Row("blocked consumer domain, federated", BLOCKED_ON_PREMISES, to("sip:dave@gmail.com"),
            RuleId.DOMAIN_BLOCKED, "BlockedDomain gmail.com",
            "gmail.com is on the blocked list, so no user may communicate with sip:dave@gmail.com."
                + GMAIL_HINT,
            Optional.of("Remove-CsBlockedDomain -Identity gmail.com")),
        new Row("blocked consumer domain, no account in the user part", BLOCKED_ON_PREMISES,
            to("sip:a..b@gmail.com"), RuleId.DOMAIN_BLOCKED, "BlockedDomain gmail.com",
            "gmail.com is on the blocked list, so no user may communicate with"
                + " sip:a..b@gmail.com.",
            Optional.of("Remove-CsBlockedDomain -Identity gmail.com")),
        new Row("blocked consumer domain of a provider's user: no hint",
            PIC.toBuilder()
                .addPublicProviders(PublicProvider.yahoo().toBuilder().enabled(true).build())
                .addBlockedDomains(BlockedDomain.of(d("yahoo.com")))
                .build(),
            to("sip:bob@yahoo.com"), RuleId.DOMAIN_BLOCKED, "BlockedDomain yahoo.com",
            "yahoo.com is on the blocked list, so no user may communicate with"
                + " sip:bob@yahoo.com.",
            Optional.of("Remove-CsBlockedDomain -Identity yahoo.com")),
        new Row("allow list, online", ALLOW_LIST_ONLINE, to("sip:dave@northwind.com"),
            RuleId.DOMAIN_NOT_ALLOWED, "TenantFederationConfiguration Global",
            "External Access is on only for allowed domains, and northwind.com is not one of"
                + " them.",
            Optional.of("Set-CsTenantFederationConfiguration -AllowedDomainsAsAList"
                + " @{Add=\"northwind.com\"}")),
        new Row("allowed list, on premises", PINNED, to("sip:dave@northwind.com"),
            RuleId.DOMAIN_NOT_ALLOWED, "the allowed list (Get-CsAllowedDomain)",
            "northwind.com" + NOT_ALLOWED_ON_PREMISES,
            Optional.of("New-CsAllowedDomain -Identity northwind.com")),
        new Row("consumer domain in the retired era",
            base().toBuilder()
                .era(ConnectivityEra.SKYPE_INTEROP_RETIRED)
                .publicProviders(List.of())
                .build(),
            to("sip:dave@gmail.com"), RuleId.DOMAIN_NOT_ALLOWED,
            "the allowed list (Get-CsAllowedDomain)",
            "gmail.com" + NOT_ALLOWED_ON_PREMISES + " gmail.com is a consumer e-mail domain, not a"
                + " Lync organization, and in the era SKYPE_INTEROP_RETIRED public IM connectivity"
                + " no longer reaches consumer accounts.",
            Optional.empty()),
        new Row("a historic provider's domain, no provider for it", PIC, to("sip:bob@yahoo.com"),
            RuleId.DOMAIN_NOT_ALLOWED, "the allowed list (Get-CsAllowedDomain)",
            "yahoo.com" + NOT_ALLOWED_ON_PREMISES + YAHOO_HINT,
            Optional.of("New-CsPublicProvider -Identity Yahoo -ProxyFqdn sip.yahoo.com"
                + " -VerificationLevel AlwaysVerifiable -Enabled $True")),
        new Row("a historic provider's domain, its identity taken",
            PIC.toBuilder()
                .addPublicProviders(
                    PublicProvider.builder().identity("yahoo").proxyFqdn(d("im.example.net")).build())
                .build(),
            to("sip:bob@yahoo.com"), RuleId.DOMAIN_NOT_ALLOWED,
            "the allowed list (Get-CsAllowedDomain)",
            "yahoo.com" + NOT_ALLOWED_ON_PREMISES + YAHOO_HINT, Optional.empty()),
        new Row("a historic provider's domain, its proxy FQDN taken",
            PIC.toBuilder()
                .addPublicProviders(
                    PublicProvider.builder().identity("Chat").proxyFqdn(d("sip.yahoo.com")).build())
                .build(),
            to("sip:bob@yahoo.com"), RuleId.DOMAIN_NOT_ALLOWED,
            "the allowed list (Get-CsAllowedDomain)",
            "yahoo.com" + NOT_ALLOWED_ON_PREMISES + YAHOO_HINT, Optional.empty()),
        new Row("a Microsoft domain the decoration misses, no provider on Skype's FQDN",
            base().toBuilder()
                .publicProviders(
                    List.of(
                        PublicProvider.builder()
                            .identity("Skype2")
                            .proxyFqdn(d("im.example.net"))
                            .enabled(true)
                            .nameDecorationRoutingDomain(d("msn.com"))
                            .addNameDecorationExcludedDomains(d("msn.com"))
                            .build()))
                .build(),
            to("sip:bob@live.com"), RuleId.DOMAIN_NOT_ALLOWED,
            "the allowed list (Get-CsAllowedDomain)", "live.com" + NOT_ALLOWED_ON_PREMISES,
            Optional.of("New-CsAllowedDomain -Identity live.com")),
        new Row("pinned edge, message from another edge", PINNED,
            from("sip:dave@fabrikam.com", Arrival.viaEdge(d("sip.other.com"))),
            RuleId.PROXY_FQDN_MISMATCH, "AllowedDomain fabrikam.com",
            "The allowed domain fabrikam.com is pinned to the edge sip.fabrikam.com, but this"
                + " message arrived from edge sip.other.com.",
            Optional.of("Set-CsAllowedDomain -Identity fabrikam.com -ProxyFqdn sip.other.com")),
        new Row("pinned edge, message via a public provider", PINNED,
            from("sip:dave@fabrikam.com", Arrival.viaPublicProvider("Skype")),
            RuleId.PROXY_FQDN_MISMATCH, "AllowedDomain fabrikam.com",
            "The allowed domain fabrikam.com is pinned to the edge sip.fabrikam.com, but this"
                + " message arrived via public provider Skype.",
            Optional.of("Set-CsAllowedDomain -Identity fabrikam.com -ProxyFqdn $Null")),
        new Row("default route, unverified", DEFAULT_ROUTED,
            from("sip:dave@fabrikam.com", Arrival.defaultRoute()),
            RuleId.UNVERIFIED_NOT_IN_CONTACTS, "AccessEdgeConfiguration Global",
            "Messages from the default route are always unverified (AlwaysUnverifiable), and an"
                + " unverified message is delivered only if the sender is on the recipient's"
                + " contact list; sip:dave@fabrikam.com is not.",
            Optional.of("Set-CsAccessEdgeConfiguration -UseDefaultRouting -DefaultRouteFqdn"
                + " edge.partner.net -VerificationLevel AlwaysVerifiable")),
        new Row("allowed, online", ALLOW_LIST_ONLINE, to("sip:dave@fabrikam.com"),
            RuleId.ALLOWED_DOMAIN, "TenantFederationConfiguration Global",
            "External Access is on only for allowed domains, and the remote party's domain is one"
                + " of them.",
            Optional.empty()),
        new Row("allowed, on premises, no pin",
            base().toBuilder().addAllowedDomains(AllowedDomain.of(d("fabrikam.com"))).build(),
            to("sip:dave@fabrikam.com"), RuleId.ALLOWED_DOMAIN, "AllowedDomain fabrikam.com",
            "fabrikam.com is on the allowed list.", Optional.empty()),
        new Row("allowed, on premises, pinned edge, message from it", PINNED,
            InboundRequest.builder()
                .remote(RemoteParty.of(sip("sip:dave@fabrikam.com")))
                .localUser(ALICE)
                .modality(Modality.IM)
                .arrival(Arrival.viaEdge(d("sip.fabrikam.com")))
                .senderInContacts(true)
                .build(),
            RuleId.ALLOWED_DOMAIN, "AllowedDomain fabrikam.com",
            "fabrikam.com is on the allowed list, pinned to the edge sip.fabrikam.com.",
            Optional.empty()),
        new Row("the retired Messenger provider on Skype's FQDN",
            base().toBuilder().publicProviders(List.of(PublicProvider.messenger())).build(),
            to("sip:bob(fabrikam.com)@msn.com"), RuleId.PROVIDER_DISABLED,
            "PublicProvider Messenger (federation.messenger.msn.com)",
            "sip:bob(fabrikam.com)@msn.com is a user of Messenger, which is not enabled. It is the"
                + " retired Messenger provider on Skype's proxy FQDN: replace it with Skype, as"
                + " Microsoft's instructions do.",
            Optional.of("Remove-CsPublicProvider -Identity Messenger; New-CsPublicProvider"
                + " -Identity Skype -ProxyFqdn federation.messenger.msn.com -VerificationLevel"
                + " AlwaysVerifiable -Enabled $True -NameDecorationRoutingDomain msn.com"
                + " -NameDecorationExcludedDomainList \"msn.com,outlook.com,live.com,hotmail.com\""
                + " -EnableSkypeIdRouting $True -EnableSkypeDirectorySearch $True")),
        unsupported(Modality.VIDEO, PublicProvider.skypeAtLaunch(), "IM, presence, audio",
            " Video with Skype came about 18 months after launch; model that period with the"
                + " WITH_VIDEO capability preset."),
        unsupported(Modality.FILE_TRANSFER, PublicProvider.skypeAtLaunch(), "IM, presence, audio",
            " File transfer and application sharing never crossed to Skype."),
        unsupported(Modality.IM,
            PublicProvider.skype().toBuilder().capabilities(java.util.Set.of()).build(), "nothing",
            ""),
        new Row("provisioning requested, in progress",
            PIC.toBuilder().putPicProvisioning(CONTOSO, ProvisioningState.IN_PROGRESS).build(),
            to("sip:bob(fabrikam.com)@msn.com"), RuleId.PROVISIONING_INCOMPLETE,
            "SIP domain contoso.com",
            "In the PIC provisioning era, users of SIP domain contoso.com cannot reach public IM"
                + " users until Microsoft activates the domain; its PIC provisioning request is"
                + " still in progress (it can take up to 30 days).",
            Optional.empty()),
        new Row("provisioning not requested",
            base().toBuilder().era(ConnectivityEra.PIC_PROVISIONING).build(),
            to("sip:bob(fabrikam.com)@msn.com"), RuleId.PROVISIONING_INCOMPLETE,
            "SIP domain contoso.com",
            "In the PIC provisioning era, users of SIP domain contoso.com cannot reach public IM"
                + " users until Microsoft activates the domain; " + NOT_REQUESTED,
            Optional.empty()),
        new Row("provisioning, a local user at an IP address",
            PIC.toBuilder().putPicProvisioning(CONTOSO, ProvisioningState.IN_PROGRESS).build(),
            OutboundRequest.of(sip("sip:zed@192.0.2.1"), sip("sip:bob(fabrikam.com)@msn.com"),
                Modality.IM),
            RuleId.PROVISIONING_INCOMPLETE, "SIP domain 192.0.2.1",
            "In the PIC provisioning era, users of SIP domain 192.0.2.1 cannot reach public IM"
                + " users until Microsoft activates the domain; " + NOT_REQUESTED,
            Optional.empty()),
        new Row("a retired provider's address without a user part",
            base().toBuilder()
                .addPublicProviders(PublicProvider.yahoo().toBuilder().enabled(true).build())
                .build(),
            to("sip:yahoo.com"), RuleId.PROVIDER_RETIRED,
            "PublicProvider Yahoo (sip.yahoo.com) in the era DNS_SRV_DISCOVERY",
            "sip:yahoo.com is a user of Yahoo, whose public IM connectivity ended on 2014-06-30,"
                + " before the era DNS_SRV_DISCOVERY began (2019-08-15), so no setting reaches"
                + " them through Yahoo.",
            Optional.empty()),
        new Row("Teams, discovered partner, sender in contacts", DISCOVERED_TEAMS,
            teamsInbound(true), RuleId.SENDER_VERIFIED, "TenantFederationConfiguration Global",
            TEAMS_DISCOVERED + "; sip:erin@northwind.com is on it.", Optional.empty()),
        new Row("Teams, discovered partner, sender not in contacts", DISCOVERED_TEAMS,
            teamsInbound(false), RuleId.UNVERIFIED_NOT_IN_CONTACTS,
            "TenantFederationConfiguration Global",
            TEAMS_DISCOVERED + "; sip:erin@northwind.com is not.",
            Optional.of("Set-CsTenantFederationConfiguration -TreatDiscoveredPartnersAsUnverified"
                + " $False")),
        new Row("Teams policy blocks specific domains", teamsPolicy(p -> p
                .communicationWithExternalOrgs(
                    CommunicationWithExternalOrgs.BLOCK_SPECIFIC_EXTERNAL_DOMAINS)
                .addBlockedExternalDomains(d("northwind.com"))),
            to("sip:erin@northwind.com"), RuleId.POLICY_DOMAIN_BLOCKED, TEAMS_POLICY_BY,
            TEAMS_POLICY_IN_FORCE + " Its CommunicationWithExternalOrgs is"
                + " BlockSpecificExternalDomains, and northwind.com is in its BlockedExternalDomains"
                + TEAMS_POLICY_END,
            Optional.of("Set-CsExternalAccessPolicy -Identity P -CommunicationWithExternalOrgs"
                + " \"AllowAllExternalDomains\""), 0),
        new Row("Teams policy blocks all domains", teamsPolicy(p -> p
                .communicationWithExternalOrgs(
                    CommunicationWithExternalOrgs.BLOCK_ALL_EXTERNAL_DOMAINS)),
            to("sip:erin@northwind.com"), RuleId.POLICY_DOMAIN_BLOCKED, TEAMS_POLICY_BY,
            TEAMS_POLICY_IN_FORCE + " Its CommunicationWithExternalOrgs is BlockAllExternalDomains"
                + TEAMS_POLICY_END,
            Optional.of("Set-CsExternalAccessPolicy -Identity P -CommunicationWithExternalOrgs"
                + " \"AllowSpecificExternalDomains\" -AllowedExternalDomains @(\"northwind.com\")"),
            0),
        new Row("Teams policy allows specific domains, listed sorted", teamsPolicy(p -> p
                .communicationWithExternalOrgs(
                    CommunicationWithExternalOrgs.ALLOW_SPECIFIC_EXTERNAL_DOMAINS)
                .addAllowedExternalDomains(d("zeta.com"), d("alpha.com"))),
            to("sip:erin@northwind.com"), RuleId.POLICY_DOMAIN_NOT_ALLOWED, TEAMS_POLICY_BY,
            TEAMS_POLICY_IN_FORCE + " Its CommunicationWithExternalOrgs is"
                + " AllowSpecificExternalDomains, and northwind.com is not in its"
                + " AllowedExternalDomains [alpha.com, zeta.com]" + TEAMS_POLICY_END,
            Optional.of("Set-CsExternalAccessPolicy -Identity P -AllowedExternalDomains"
                + " @(\"alpha.com\",\"northwind.com\",\"zeta.com\")"), 0),
        new Row("shared SIP address space, External Access on", SHARED_TEAMS,
            to("sip:bob@contoso.com"), RuleId.TENANT_FEDERATION_ON, SHARED_BY,
            SHARED + "; External Access is on (AllowFederatedUsers is True).", Optional.empty()),
        new Row("shared SIP address space, External Access off",
            SHARED_TEAMS.toBuilder().allowFederatedUsers(false).build(),
            to("sip:bob@contoso.com"), RuleId.TENANT_FEDERATION_OFF, SHARED_BY,
            SHARED + ", and External Access is Off (AllowFederatedUsers is False).",
            Optional.of("Set-CsTenantFederationConfiguration -AllowFederatedUsers $True")),
        new Row("discovered partner on premises, unverified",
            base().toBuilder()
                .accessEdge(base().accessEdge().toBuilder().enablePartnerDiscovery(true).build())
                .build(),
            from("sip:erin@northwind.com", Arrival.viaEdge(d("sip.northwind.com"))),
            RuleId.UNVERIFIED_NOT_IN_CONTACTS, "AccessEdgeConfiguration Global",
            "The message carries no verification mark, so under UseSourceVerification it is"
                + " treated as unverified, as for discovered partners, and an unverified message is"
                + " delivered only if the sender is on the recipient's contact list;"
                + " sip:erin@northwind.com is not.",
            Optional.of("Set-CsAccessEdgeConfiguration -DiscoveredPartnerVerificationLevel"
                + " AlwaysVerifiable")),
        new Row("allowed domain, message from its pinned edge, unverified", PINNED,
            from("sip:dave@fabrikam.com", Arrival.viaEdge(d("sip.fabrikam.com"))),
            RuleId.UNVERIFIED_NOT_IN_CONTACTS, "AllowedDomain fabrikam.com",
            "The message carries no verification mark, so under UseSourceVerification it is"
                + " treated as unverified, as for the allowed domain fabrikam.com, and an"
                + " unverified message is delivered only if the sender is on the recipient's"
                + " contact list; sip:dave@fabrikam.com is not.",
            Optional.of("Set-CsAllowedDomain -Identity fabrikam.com -VerificationLevel"
                + " AlwaysVerifiable")),
        new Row("a blocked routing domain, decorated account",
            base().toBuilder().addBlockedDomains(BlockedDomain.of(d("msn.com"))).build(),
            to("sip:bob(fabrikam.com)@msn.com"), RuleId.DOMAIN_BLOCKED, "BlockedDomain msn.com",
            "msn.com (the routing domain every decorated account is written under) is on the"
                + " blocked list, so no user may communicate with sip:bob(fabrikam.com)@msn.com.",
            Optional.of("Remove-CsBlockedDomain -Identity msn.com")),
        new Row("a historic provider's domain, no account in the user part", PIC,
            to("sip:a..b@yahoo.com"), RuleId.DOMAIN_NOT_ALLOWED,
            "the allowed list (Get-CsAllowedDomain)",
            "yahoo.com" + NOT_ALLOWED_ON_PREMISES + " In this era yahoo.com is served by the public"
                + " provider Yahoo (sip.yahoo.com), which is how its users are reached.",
            Optional.of("New-CsPublicProvider -Identity Yahoo -ProxyFqdn sip.yahoo.com"
                + " -VerificationLevel AlwaysVerifiable -Enabled $True")),
        new Row("provisioning, an undeclared local user of an own domain",
            PIC.toBuilder().putPicProvisioning(CONTOSO, ProvisioningState.IN_PROGRESS).build(),
            OutboundRequest.of(Fixtures.ZED, sip("sip:bob(fabrikam.com)@msn.com"), Modality.IM),
            RuleId.PROVISIONING_INCOMPLETE, "SIP domain contoso.com",
            "In the PIC provisioning era, users of SIP domain contoso.com cannot reach public IM"
                + " users until Microsoft activates the domain; its PIC provisioning request is"
                + " still in progress (it can take up to 30 days).",
            Optional.empty()),
        verified("a provider, always verifiable", skypeAt(VerificationLevel.ALWAYS_VERIFIABLE),
            viaSkype(false, false), "PublicProvider Skype (federation.messenger.msn.com)",
            "Messages from Skype are always treated as verified (AlwaysVerifiable)."),
        verified("a provider, source verification, marked",
            skypeAt(VerificationLevel.USE_SOURCE_VERIFICATION), viaSkype(true, false),
            "PublicProvider Skype (federation.messenger.msn.com)",
            "The message carries Skype's verification mark (UseSourceVerification)."),
        verified("a provider, always unverifiable, sender in contacts",
            skypeAt(VerificationLevel.ALWAYS_UNVERIFIABLE), viaSkype(false, true),
            "PublicProvider Skype (federation.messenger.msn.com)",
            "Messages from Skype are unverified (AlwaysUnverifiable), but the sender is on the"
                + " recipient's contact list."),
        new Row("a provider, always unverifiable, sender not in contacts",
            skypeAt(VerificationLevel.ALWAYS_UNVERIFIABLE), viaSkype(false, false),
            RuleId.UNVERIFIED_NOT_IN_CONTACTS,
            "PublicProvider Skype (federation.messenger.msn.com)",
            "Messages from Skype are always unverified (AlwaysUnverifiable), and an unverified"
                + " message is delivered only if the sender is on the recipient's contact list;"
                + " sip:bob(fabrikam.com)@msn.com is not.",
            Optional.of("Set-CsPublicProvider -Identity Skype -VerificationLevel"
                + " AlwaysVerifiable")),
        verified("an allowed domain, always verifiable",
            allowedAt(VerificationLevel.ALWAYS_VERIFIABLE), viaFabrikam(false, false),
            "AllowedDomain fabrikam.com",
            "Messages from the allowed domain fabrikam.com are always treated as verified"
                + " (AlwaysVerifiable)."),
        verified("an allowed domain, source verification, marked",
            allowedAt(VerificationLevel.USE_SOURCE_VERIFICATION), viaFabrikam(true, false),
            "AllowedDomain fabrikam.com",
            "The message carries the verification mark that the allowed domain fabrikam.com is"
                + " trusted for."),
        verified("an allowed domain, source verification, unmarked, sender in contacts",
            allowedAt(VerificationLevel.USE_SOURCE_VERIFICATION), viaFabrikam(false, true),
            "AllowedDomain fabrikam.com",
            "The message is unverified, but the sender is on the recipient's contact list."),
        verified("discovered partners, always verifiable",
            base().toBuilder()
                .accessEdge(base().accessEdge().toBuilder()
                    .enablePartnerDiscovery(true)
                    .discoveredPartnerVerificationLevel(VerificationLevel.ALWAYS_VERIFIABLE)
                    .build())
                .build(),
            from("sip:erin@northwind.com", Arrival.viaEdge(d("sip.northwind.com"))),
            "AccessEdgeConfiguration Global",
            "Messages from discovered partners are always treated as verified (AlwaysVerifiable)."),
        verified("discovered partners, source verification, marked",
            base().toBuilder()
                .accessEdge(base().accessEdge().toBuilder().enablePartnerDiscovery(true).build())
                .build(),
            from("sip:erin@northwind.com", Arrival.viaEdge(d("sip.northwind.com"))).toBuilder()
                .verificationMark(true)
                .build(),
            "AccessEdgeConfiguration Global",
            "The message carries the verification mark that discovered partners are trusted"
                + " for."),
        tenantProviders("Skype alone", List.of(), "\"WindowsLive\""),
        tenantProviders("Yahoo by identity", List.of(provider("Yahoo", "im.example.net")),
            "\"Yahoo\",\"WindowsLive\""),
        tenantProviders("Yahoo by proxy FQDN", List.of(provider("Chat", "sip.yahoo.com")),
            "\"Yahoo\",\"WindowsLive\""),
        tenantProviders("AOL by identity", List.of(provider("aol", "im.example.net")),
            "\"AOL\",\"WindowsLive\""),
        tenantProviders("AOL by proxy FQDN", List.of(provider("Oscar", "sip.oscar.aol.com")),
            "\"AOL\",\"WindowsLive\""),
        tenantProviders("another provider", List.of(provider("Other", "im.example.net")),
            "\"WindowsLive\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void theReasonIsWordedForItsPlatform(Row row) {
    ExternalAccessEvaluator ev = ExternalAccessEvaluator.compile(row.config());
    Decision decision =
        row.request() instanceof InboundRequest in
            ? ev.evaluate(in)
            : ev.evaluate((OutboundRequest) row.request());
    Reason reason =
        decision.reasons().stream()
            .filter(r -> r.rule() == row.rule())
            .findFirst()
            .orElseThrow(() -> new AssertionError(decision.toString()));
    assertEquals(row.decidedBy(), reason.decidedBy());
    assertEquals(row.explanation(), reason.explanation());
    assertEquals(row.command(), reason.remediation().map(Remediation::command));
    reason.remediation()
        .ifPresent(fix -> assertEquals(row.others(), fix.otherUsersAffected(), row.name()));
  }

  /** Online in allow-list mode the tenant ignores its blocked list, for a provider's user too. */
  @org.junit.jupiter.api.Test
  void anAllowListTenantIgnoresItsBlockedListForAProvidersUser() {
    OnlineTenantConfiguration c =
        ALLOW_LIST_ONLINE.toBuilder().addBlockedDomains(d("msn.com"), d("fabrikam.com")).build();
    ExternalAccessEvaluator ev = ExternalAccessEvaluator.compile(c);
    OutboundRequest r = to("sip:bob(fabrikam.com)@msn.com");
    Decision d = ev.evaluate(r);
    assertEquals(true, d.isAllowed(), d::toString);
    assertEquals(true, ev.isAllowed(r));
  }

  /**
   * The blocked list's setting is named as each platform names it, for a decorated account's own
   * domain (the gate both platforms share) as for a federated domain.
   */
  @org.junit.jupiter.api.Test
  void theBlockedListIsNamedAsThePlatformNamesIt() {
    for (String remote : List.of("sip:dave@fabrikam.com", "sip:bob(fabrikam.com)@msn.com")) {
      assertEquals("BlockedDomain", blockedReason(BLOCKED_ON_PREMISES, remote).setting());
      assertEquals("BlockedDomains", blockedReason(BLOCKED_ONLINE, remote).setting());
    }
  }

  private static Reason blockedReason(FederationConfiguration c, String remote) {
    Decision d = ExternalAccessEvaluator.compile(c).evaluate(to(remote));
    return d.reasons().stream()
        .filter(r -> r.rule() == RuleId.DOMAIN_BLOCKED)
        .findFirst()
        .orElseThrow(() -> new AssertionError(d.toString()));
  }

  /**
   * Online, enabling Skype replaces the tenant's whole set of enabled providers, so the command
   * names each one already enabled by the name the cmdlet knows it by.
   */
  private static Row tenantProviders(String name, List<PublicProvider> others, String listed) {
    List<PublicProvider> providers = new java.util.ArrayList<>();
    providers.add(PublicProvider.skype().toBuilder().enabled(false).build());
    providers.addAll(others);
    return new Row("online, Skype disabled, " + name,
        baseOnline().toBuilder().publicProviders(providers).build(),
        to("sip:bob(fabrikam.com)@msn.com"), RuleId.PROVIDER_DISABLED,
        "PublicProvider Skype (federation.messenger.msn.com)",
        "sip:bob(fabrikam.com)@msn.com is a user of Skype, which is not enabled.",
        Optional.of("Set-CsTenantPublicProvider -Provider " + listed));
  }

  private static Row unsupported(
      Modality m, PublicProvider skype, String carried, String note) {
    return new Row("unsupported " + m + ", carries " + carried,
        base().toBuilder().publicProviders(List.of(skype)).build(),
        OutboundRequest.of(ALICE, sip("sip:bob(fabrikam.com)@msn.com"), m),
        RuleId.MODALITY_UNSUPPORTED_BY_PROVIDER,
        "PublicProvider Skype (federation.messenger.msn.com)",
        "Skype does not carry " + m.displayName() + " across public IM connectivity; it carries "
            + carried + "." + note,
        Optional.empty());
  }

  /** A delivered message: the reason the verification gate gives, with nothing to fix. */
  private static Row verified(
      String name, FederationConfiguration c, InboundRequest in, String by, String why) {
    return new Row(name, c, in, RuleId.SENDER_VERIFIED, by, why, Optional.empty());
  }

  private static OnPremisesConfiguration skypeAt(VerificationLevel level) {
    return base().toBuilder()
        .publicProviders(
            List.of(PublicProvider.skypeAtLaunch().toBuilder().verificationLevel(level).build()))
        .build();
  }

  private static OnPremisesConfiguration allowedAt(VerificationLevel level) {
    return base().toBuilder()
        .addAllowedDomains(
            AllowedDomain.builder().domain(d("fabrikam.com")).verificationLevel(level).build())
        .build();
  }

  private static InboundRequest viaSkype(boolean mark, boolean senderInContacts) {
    return from("sip:bob(fabrikam.com)@msn.com", Arrival.viaPublicProvider("Skype")).toBuilder()
        .verificationMark(mark)
        .senderInContacts(senderInContacts)
        .build();
  }

  private static InboundRequest viaFabrikam(boolean mark, boolean senderInContacts) {
    return from("sip:dave@fabrikam.com", Arrival.viaEdge(d("sip.fabrikam.com"))).toBuilder()
        .verificationMark(mark)
        .senderInContacts(senderInContacts)
        .build();
  }

  private static PublicProvider provider(String identity, String proxyFqdn) {
    return PublicProvider.builder().identity(identity).proxyFqdn(d(proxyFqdn)).enabled(true).build();
  }

  private static OutboundRequest to(String remote) {
    return OutboundRequest.of(ALICE, sip(remote), Modality.IM);
  }

  private static InboundRequest from(String remote, Arrival arrival) {
    return InboundRequest.builder()
        .remote(RemoteParty.of(sip(remote)))
        .localUser(ALICE)
        .modality(Modality.IM)
        .arrival(arrival)
        .build();
  }
}
