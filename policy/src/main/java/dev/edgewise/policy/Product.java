package dev.edgewise.policy;

/**
 * The product a configuration belongs to. The product decides which settings and cmdlet parameters
 * exist, and so which commands a remediation may print: a product never gets a command naming a
 * parameter or cmdlet it lacks. See {@code docs/policy.md} for the table of what each product has.
 *
 * <pre>{@code
 * OnPremisesConfiguration c = OnPremisesConfiguration.freshInstall().toBuilder()
 *     .product(Product.LYNC_SERVER_2013_CU5)
 *     .build();
 * c.product().platform();          // ON_PREMISES
 * }</pre>
 */
public enum Product {
  /** Lync Server 2013 before cumulative update 5: public providers have no name decoration. */
  LYNC_SERVER_2013(Platform.ON_PREMISES, "Lync Server 2013"),
  /**
   * Lync Server 2013 with cumulative update 5 or later, which added the name-decoration parameters
   * {@code NameDecorationRoutingDomain} and {@code NameDecorationExcludedDomainList} to public
   * providers.
   */
  LYNC_SERVER_2013_CU5(Platform.ON_PREMISES, "Lync Server 2013 CU5"),
  /** Skype for Business Server 2015. */
  SKYPE_FOR_BUSINESS_SERVER_2015(Platform.ON_PREMISES, "Skype for Business Server 2015"),
  /** Skype for Business Server 2019. */
  SKYPE_FOR_BUSINESS_SERVER_2019(Platform.ON_PREMISES, "Skype for Business Server 2019"),
  /** Lync Online / Skype for Business Online (Office 365), retired 2021-07-31. */
  SKYPE_FOR_BUSINESS_ONLINE(Platform.ONLINE, "Skype for Business Online"),
  /** A Microsoft Teams-era online tenant. */
  TEAMS_TENANT(Platform.ONLINE, "Microsoft Teams tenant");

  private final Platform platform;
  private final String displayName;

  Product(Platform platform, String displayName) {
    this.platform = platform;
    this.displayName = displayName;
  }

  /** Returns the configuration shape this product uses. */
  public Platform platform() {
    return platform;
  }

  /** Returns the product's name as Microsoft writes it, for example "Lync Server 2013 CU5". */
  public String displayName() {
    return displayName;
  }

  /**
   * Returns whether public providers have the settings {@code NameDecorationRoutingDomain} and
   * {@code NameDecorationExcludedDomainList}: every product but Lync Server 2013 before CU5, whose
   * providers decorate by the built-in defaults ({@code NameDecoration.defaults()}) only.
   *
   * <pre>{@code
   * Product.LYNC_SERVER_2013.hasNameDecorationSettings();       // false
   * Product.LYNC_SERVER_2013_CU5.hasNameDecorationSettings();   // true
   * }</pre>
   */
  public boolean hasNameDecorationSettings() {
    return this != LYNC_SERVER_2013;
  }

  /**
   * Returns whether public providers have {@code EnableSkypeIdRouting} and {@code
   * EnableSkypeDirectorySearch}: on-premises from Skype for Business Server 2015.
   *
   * <pre>{@code
   * Product.SKYPE_FOR_BUSINESS_SERVER_2015.hasSkypeDirectorySettings();   // true
   * }</pre>
   */
  public boolean hasSkypeDirectorySettings() {
    return this == SKYPE_FOR_BUSINESS_SERVER_2015 || this == SKYPE_FOR_BUSINESS_SERVER_2019;
  }

  /**
   * Returns whether {@code Set-CsAllowedDomain} and {@code New-CsAllowedDomain} take {@code
   * -VerificationLevel}: on-premises from Skype for Business Server 2015.
   *
   * <pre>{@code
   * Product.LYNC_SERVER_2013_CU5.hasAllowedDomainVerificationLevel();   // false
   * }</pre>
   */
  public boolean hasAllowedDomainVerificationLevel() {
    return hasSkypeDirectorySettings();
  }

  /**
   * Returns whether the product has the XMPP gateway, and so XMPP allowed partners: Lync Server
   * 2013 and Skype for Business Server 2015; not Skype for Business Server 2019 and not the online
   * products.
   *
   * <pre>{@code
   * Product.SKYPE_FOR_BUSINESS_SERVER_2015.hasXmppGateway();   // true
   * Product.SKYPE_FOR_BUSINESS_SERVER_2019.hasXmppGateway();   // false
   * }</pre>
   */
  public boolean hasXmppGateway() {
    return this == LYNC_SERVER_2013
        || this == LYNC_SERVER_2013_CU5
        || this == SKYPE_FOR_BUSINESS_SERVER_2015;
  }
}
