package dev.edgewise.policy;

import dev.edgewise.address.Domain;
import java.util.Objects;

/**
 * The route an inbound message came by: through a public provider (by its identity), from a
 * federated domain's Access Edge (by its FQDN), or over the edge's default route.
 *
 * <p>The evaluator uses it where the gate table does: an allowed domain pinned to a {@code
 * ProxyFqdn} accepts inbound traffic only from that edge ({@link RuleId#PROXY_FQDN_MISMATCH}),
 * and traffic on the default route is verified at the default route's verification level.
 *
 * <pre>{@code
 * Arrival.viaPublicProvider("Skype");
 * Arrival.viaEdge(Domain.parse("sip.fabrikam.com"));
 * Arrival.defaultRoute();
 * }</pre>
 */
public sealed interface Arrival
    permits Arrival.PublicProviderRoute, Arrival.EdgeRoute, Arrival.DefaultRoute {

  /** Returns arrival through the public provider with this identity, such as {@code Skype}. */
  static Arrival viaPublicProvider(String identity) {
    return new PublicProviderRoute(identity);
  }

  /** Returns arrival from the federated partner's Access Edge with this FQDN. */
  static Arrival viaEdge(Domain edgeFqdn) {
    return new EdgeRoute(edgeFqdn);
  }

  /** Returns arrival over the edge's default route. */
  static Arrival defaultRoute() {
    return DefaultRoute.INSTANCE;
  }

  /**
   * Through a public provider.
   *
   * <pre>{@code
   * new Arrival.PublicProviderRoute("Skype").identity();   // "Skype"
   * }</pre>
   *
   * @param identity the provider's identity
   */
  record PublicProviderRoute(String identity) implements Arrival {
    /** Rejects null, naming the component. */
    public PublicProviderRoute {
      Objects.requireNonNull(identity, "identity");
    }

    /** Returns {@code via public provider <identity>}. */
    @Override
    public String toString() {
      return "via public provider " + identity;
    }
  }

  /**
   * From a federated partner's Access Edge.
   *
   * <pre>{@code
   * new Arrival.EdgeRoute(Domain.parse("sip.fabrikam.com")).edgeFqdn();
   * }</pre>
   *
   * @param edgeFqdn the FQDN of the edge the message came from
   */
  record EdgeRoute(Domain edgeFqdn) implements Arrival {
    /** Rejects null, naming the component. */
    public EdgeRoute {
      Objects.requireNonNull(edgeFqdn, "edgeFqdn");
    }

    /** Returns {@code from edge <fqdn>}. */
    @Override
    public String toString() {
      return "from edge " + edgeFqdn;
    }
  }

  /**
   * Over the default route.
   *
   * <pre>{@code
   * Arrival.defaultRoute() instanceof Arrival.DefaultRoute;   // true
   * }</pre>
   */
  record DefaultRoute() implements Arrival {
    static final DefaultRoute INSTANCE = new DefaultRoute();

    /** Returns {@code over the default route}. */
    @Override
    public String toString() {
      return "over the default route";
    }
  }
}
