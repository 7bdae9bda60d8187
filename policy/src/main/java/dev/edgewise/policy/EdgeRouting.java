package dev.edgewise.policy;

import dev.edgewise.address.Domain;
import java.util.Objects;

/**
 * How the Access Edge routes traffic to external domains: by DNS SRV look-up (the default, and the
 * only method that works with public and hosting providers and partner discovery), or through a
 * default route to a next hop, with the verification level that applies to traffic on it.
 *
 * <pre>{@code
 * EdgeRouting srv = EdgeRouting.dnsSrv();                     // UseDnsSrvRouting
 * EdgeRouting route = EdgeRouting.defaultRoute(
 *     Domain.parse("edge.fabrikam.net"), VerificationLevel.ALWAYS_UNVERIFIABLE);
 * route.isDnsSrv();                                           // false
 * }</pre>
 */
public sealed interface EdgeRouting permits EdgeRouting.DnsSrv, EdgeRouting.DefaultRoute {

  /** Returns DNS SRV routing ({@code UseDnsSrvRouting}), the default. */
  static EdgeRouting dnsSrv() {
    return DnsSrv.INSTANCE;
  }

  /**
   * Returns default routing ({@code UseDefaultRouting}) to the given next hop ({@code
   * DefaultRouteFqdn}), with the {@code VerificationLevel} that applies to traffic on that route.
   */
  static EdgeRouting defaultRoute(Domain defaultRouteFqdn, VerificationLevel verificationLevel) {
    return new DefaultRoute(defaultRouteFqdn, verificationLevel);
  }

  /** Returns whether this is DNS SRV routing. */
  boolean isDnsSrv();

  /**
   * DNS SRV routing: each partner's edge is found through its federation SRV record.
   *
   * <pre>{@code
   * EdgeRouting.dnsSrv().toString();   // "UseDnsSrvRouting"
   * }</pre>
   */
  record DnsSrv() implements EdgeRouting {
    static final DnsSrv INSTANCE = new DnsSrv();

    @Override
    public boolean isDnsSrv() {
      return true;
    }

    /** Returns the cmdlet switch, {@code UseDnsSrvRouting}. */
    @Override
    public String toString() {
      return "UseDnsSrvRouting";
    }
  }

  /**
   * Default routing: all external traffic goes to one next hop. Public and hosting providers cannot
   * be used with it, and partner discovery does not apply.
   *
   * <pre>{@code
   * EdgeRouting.DefaultRoute r = new EdgeRouting.DefaultRoute(
   *     Domain.parse("edge.fabrikam.net"), VerificationLevel.USE_SOURCE_VERIFICATION);
   * }</pre>
   *
   * @param defaultRouteFqdn {@code DefaultRouteFqdn}, the next hop
   * @param verificationLevel {@code VerificationLevel}, for messages arriving on the route
   */
  record DefaultRoute(Domain defaultRouteFqdn, VerificationLevel verificationLevel)
      implements EdgeRouting {

    /**
     * Checks that no component is null.
     *
     * @throws NullPointerException naming the null component
     */
    public DefaultRoute {
      Objects.requireNonNull(defaultRouteFqdn, "defaultRouteFqdn");
      Objects.requireNonNull(verificationLevel, "verificationLevel");
    }

    @Override
    public boolean isDnsSrv() {
      return false;
    }

    /** Returns {@code UseDefaultRouting(<fqdn>, <level>)}. */
    @Override
    public String toString() {
      return "UseDefaultRouting(" + defaultRouteFqdn + ", " + verificationLevel + ")";
    }
  }
}
