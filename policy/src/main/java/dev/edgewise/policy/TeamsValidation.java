package dev.edgewise.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The validator's checks of the Teams-era settings and of split-domain users: Teams settings
 * exist only on {@link Product#TEAMS_TENANT}; the Global policy's {@code
 * CommunicationWithExternalOrgs} is always {@code OrganizationDefault}; a user homed at a hosting
 * provider names one that exists and shares the organization's address space.
 */
final class TeamsValidation {

  private TeamsValidation() {}

  static void check(ConfigurationValidator v, FederationConfiguration c) {
    Product product = c.product();
    boolean teams = product == Product.TEAMS_TENANT;
    List<ExternalAccessPolicy> policies = new ArrayList<>(c.externalAccessPolicies());
    if (c instanceof OnPremisesConfiguration p) {
      policies.add(0, p.globalPolicy());
    }
    for (ExternalAccessPolicy p : policies) {
      if (!teams && p.hasTeamsSettings()) {
        notInProduct(v, product, "ExternalAccessPolicy:" + p.identity(),
            "EnableTeamsConsumerAccess, EnableTeamsConsumerInbound, CommunicationWithExternalOrgs,"
                + " AllowedExternalDomains or BlockedExternalDomains (Teams policy settings)");
      }
      if (p.identity().isGlobal()
          && p.communicationWithExternalOrgs()
              != CommunicationWithExternalOrgs.ORGANIZATION_DEFAULT) {
        v.add(
            ConfigurationProblem.Code.GLOBAL_POLICY_EXTERNAL_ORGS_NOT_DEFAULT,
            "ExternalAccessPolicy:" + p.identity(),
            "The Global policy's CommunicationWithExternalOrgs is "
                + p.communicationWithExternalOrgs().cmdletValue()
                + ", but Global is always OrganizationDefault; set the value on a per-user policy"
                + " and grant it.");
      }
    }
    if (c instanceof OnlineTenantConfiguration t && !teams && t.hasTeamsSettings()) {
      notInProduct(v, product, "TenantFederationConfiguration:Global",
          "AllowTeamsConsumer, AllowTeamsConsumerInbound, TreatDiscoveredPartnersAsUnverified,"
              + " ExternalAccessWithTrialTenants, AllowedTrialTenantDomains or"
              + " SharedSipAddressSpace (Teams tenant settings)");
    }
    for (LocalUser u : c.users()) {
      Optional<String> home = u.homeProvider();
      if (home.isPresent()) {
        homed(v, c, u, home.get());
      }
    }
  }

  private static void homed(
      ConfigurationValidator v, FederationConfiguration c, LocalUser u, String home) {
    String subject = "User:" + u.sipUri();
    Optional<HostingProvider> found = Optional.empty();
    if (c instanceof OnPremisesConfiguration p) {
      for (HostingProvider h : p.hostingProviders()) {
        if (h.identity().equalsIgnoreCase(home)) {
          found = Optional.of(h);
          break;
        }
      }
    }
    if (found.isEmpty()) {
      v.add(
          ConfigurationProblem.Code.HOME_PROVIDER_MISSING,
          subject,
          "The user " + u.sipUri() + " is homed at the hosting provider " + home + ", which "
              + (c.platform() == Platform.ONLINE
                  ? "an online tenant cannot have; remove the home provider."
                  : "does not exist; create it with New-CsHostingProvider or correct the name."));
      return;
    }
    HostingProvider h = found.get();
    if (!h.enabledSharedAddressSpace() || !h.hostsOcsUsers()) {
      v.add(
          ConfigurationProblem.Code.HOME_PROVIDER_NOT_SPLIT_DOMAIN,
          subject,
          "The user " + u.sipUri() + " is homed at " + h.identity() + ", which does not share the"
              + " organization's SIP domains: a split domain needs EnabledSharedAddressSpace and"
              + " HostsOCSUsers on (Set-CsHostingProvider -Identity " + h.identity()
              + " -EnabledSharedAddressSpace $True -HostsOCSUsers $True).");
    }
  }

  private static void notInProduct(
      ConfigurationValidator v, Product product, String subject, String setting) {
    v.add(
        ConfigurationProblem.Code.SETTING_NOT_IN_PRODUCT,
        subject,
        product.displayName() + " has no " + setting
            + "; leave the settings at their defaults or name the Teams tenant.");
  }
}
