package dev.edgewise.policy;

import dev.edgewise.address.NameDecoration;
import java.util.Optional;

/**
 * The validator's checks that a configuration sets only what its {@link Product} has (domain
 * brief 0.7 item 16): a setting the product lacks could never have been read from it, so such a
 * configuration describes no real deployment.
 */
final class ProductValidation {

  private ProductValidation() {}

  static void check(ConfigurationValidator v, FederationConfiguration c) {
    Product product = c.product();
    for (PublicProvider p : c.publicProviders()) {
      if (!product.hasNameDecorationSettings() && customDecoration(p)) {
        notInProduct(
            v,
            product,
            "PublicProvider:" + p.identity(),
            "NameDecorationRoutingDomain and NameDecorationExcludedDomainList (cumulative update 5"
                + " added them; before it, providers use the built-in msn.com defaults)");
      }
      if (!product.hasSkypeDirectorySettings()
          && (p.enableSkypeIdRouting() || p.enableSkypeDirectorySearch())) {
        notInProduct(
            v,
            product,
            "PublicProvider:" + p.identity(),
            "EnableSkypeIdRouting and EnableSkypeDirectorySearch (Skype for Business Server 2015"
                + " added them)");
      }
    }
    if (c instanceof OnPremisesConfiguration onPremises
        && !product.hasAllowedDomainVerificationLevel()) {
      for (AllowedDomain a : onPremises.allowedDomains()) {
        if (a.verificationLevel() != VerificationLevel.USE_SOURCE_VERIFICATION) {
          notInProduct(
              v,
              product,
              "AllowedDomain:" + a.domain(),
              "an allowed domain's VerificationLevel (Skype for Business Server 2015 added it; the"
                  + " default UseSourceVerification is the only behaviour before it)");
        }
      }
    }
  }

  /** Present and different from the built-in decoration, which is all older products know. */
  private static boolean customDecoration(PublicProvider p) {
    Optional<NameDecoration> rules = p.nameDecoration();
    boolean anySet =
        p.nameDecorationRoutingDomain().isPresent() || !p.nameDecorationExcludedDomains().isEmpty();
    return anySet && !rules.equals(Optional.of(NameDecoration.defaults()));
  }

  private static void notInProduct(
      ConfigurationValidator v, Product product, String subject, String setting) {
    v.add(
        ConfigurationProblem.Code.SETTING_NOT_IN_PRODUCT,
        subject,
        product.displayName()
            + " has no "
            + setting
            + "; leave the setting at its default or name a later product.");
  }
}
