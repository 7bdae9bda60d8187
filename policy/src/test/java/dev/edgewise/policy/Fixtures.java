package dev.edgewise.policy;

import dev.edgewise.address.Domain;
import dev.edgewise.address.SipUri;

/** Shared configurations: the base of the normative examples (domain brief 0.6). */
final class Fixtures {

  static final Domain CONTOSO = Domain.parse("contoso.com");
  static final Domain FABRIKAM = Domain.parse("fabrikam.com");
  static final Domain NORTHWIND = Domain.parse("northwind.com");
  static final SipUri ALICE = SipUri.parse("sip:alice@contoso.com");
  static final SipUri CAROL = SipUri.parse("sip:carol@contoso.com");
  static final SipUri ZED = SipUri.parse("sip:zed@contoso.com");

  private Fixtures() {}

  static Domain d(String name) {
    return Domain.parse(name);
  }

  static SipUri sip(String uri) {
    return SipUri.parse(uri);
  }

  /** The Global policy of the base configuration: federation and public IM on, A/V off. */
  static ExternalAccessPolicy baseGlobal() {
    return ExternalAccessPolicy.global().toBuilder()
        .enableFederationAccess(true)
        .enablePublicCloudAccess(true)
        .build();
  }

  static LocalUser alice() {
    return LocalUser.builder().sipUri(ALICE).site("Redmond").build();
  }

  static LocalUser carol() {
    return LocalUser.of(CAROL);
  }

  /**
   * On-premises, era DNS_SRV_DISCOVERY: AllowFederatedUsers on, discovery off, DNS SRV routing;
   * Skype enabled with launch capabilities (as the normative examples have it, not the default);
   * Global federation and public on; contoso.com; alice in
   * Redmond, carol in no site.
   */
  static OnPremisesConfiguration base() {
    return OnPremisesConfiguration.builder()
        .accessEdge(AccessEdgeConfiguration.builder().allowFederatedUsers(true).build())
        .globalPolicy(baseGlobal())
        .addPublicProviders(PublicProvider.skypeAtLaunch())
        .addSipDomains(CONTOSO)
        .addSites("Redmond")
        .addUsers(alice(), carol())
        .build();
  }

  /** A fresh tenant with contoso.com, alice and carol. */
  static OnlineTenantConfiguration baseOnline() {
    return OnlineTenantConfiguration.freshTenant().toBuilder()
        .addSipDomains(CONTOSO)
        .addUsers(LocalUser.of(ALICE), carol())
        .build();
  }
}
