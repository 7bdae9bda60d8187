package dev.edgewise.policy;

import dev.edgewise.address.SipUri;
import java.util.Objects;
import java.util.Optional;

/**
 * Which external access policy is in force for one user, and why: the result of the named
 * resolution step {@link FederationConfiguration#effectivePolicy(SipUri)}.
 *
 * <p>The single most specific assigned policy wins, as a whole object: a per-user policy granted to
 * the user, else the policy of the user's site, else {@code Global}; no setting falls back to a
 * less specific policy. Online, only a granted per-user policy is consulted; without one, no policy
 * is in force ({@link Basis#NONE_ASSIGNED}) and only the tenant's settings decide.
 *
 * <p>{@link #usersInForce()} counts the declared users (this one included) for whom the same policy
 * is in force: changing a shared policy changes it for all of them, which is why a remediation that
 * edits it says so and offers a grant instead.
 *
 * <pre>{@code
 * EffectivePolicy e = config.effectivePolicy(SipUri.parse("sip:alice@contoso.com")).orElseThrow();
 * e.identity();        // Optional[Tag:NoPic]
 * e.basis();           // USER_GRANT
 * e.usersInForce();    // 1
 * e.explanation();     // "Tag:NoPic is in force for sip:alice@contoso.com: it is granted to ..."
 * }</pre>
 *
 * @param user the user the policy was resolved for
 * @param policy the policy in force; empty only online when no per-user policy is assigned
 * @param basis why this policy is the one in force
 * @param site the user's site, if any
 * @param usersInForce how many declared users this same policy is in force for (at least 1)
 */
public record EffectivePolicy(
    SipUri user,
    Optional<ExternalAccessPolicy> policy,
    Basis basis,
    Optional<String> site,
    int usersInForce) {

  /**
   * Checks that a policy is present exactly when the basis names one, and that the count includes
   * the user.
   *
   * @throws IllegalArgumentException if not
   */
  public EffectivePolicy {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(site, "site");
    if (policy.isPresent() == (basis == Basis.NONE_ASSIGNED)) {
      throw new IllegalArgumentException("a policy is present exactly unless none is assigned");
    }
    if (usersInForce < 1) {
      throw new IllegalArgumentException("the count includes the user: " + usersInForce);
    }
  }

  /** Returns the identity of the policy in force, if one is. */
  public Optional<PolicyIdentity> identity() {
    return policy.map(ExternalAccessPolicy::identity);
  }

  /** Returns whether other users share this policy, so that editing it affects them too. */
  public boolean isShared() {
    return usersInForce > 1;
  }

  /** Returns a sentence that says which policy is in force for the user and why. */
  public String explanation() {
    String who = user.toString();
    switch (basis) {
      case USER_GRANT:
        return identityText()
            + " is in force for "
            + who
            + ": it is granted to the user, and a "
            + "per-user policy overrides the site and Global policies"
            + sharing();
      case SITE_POLICY:
        return identityText()
            + " is in force for "
            + who
            + ": the user is in site "
            + site.orElse("")
            + " and has no per-user policy"
            + sharing();
      case GLOBAL_POLICY:
        return identityText()
            + " is in force for "
            + who
            + ": no per-user policy is granted and "
            + site.map(s -> "site " + s + " has no site policy").orElse("the user is in no site")
            + sharing();
      case NONE_ASSIGNED:
      default:
        return "No external access policy is assigned to "
            + who
            + "; online, only the tenant's federation settings apply";
    }
  }

  private String identityText() {
    return identity().map(PolicyIdentity::toString).orElse("");
  }

  private String sharing() {
    return usersInForce == 1
        ? " (it is in force for this user only)"
        : " (it is in force for " + usersInForce + " users)";
  }

  /**
   * Why a policy is the one in force.
   *
   * <pre>{@code
   * e.basis() == EffectivePolicy.Basis.SITE_POLICY;
   * }</pre>
   */
  public enum Basis {
    /** A per-user policy is granted to the user. */
    USER_GRANT,
    /** No per-user policy; the user's site has a site policy. */
    SITE_POLICY,
    /** No per-user policy, and no site policy for the user's site (or no site). */
    GLOBAL_POLICY,
    /** Online: no per-user policy is assigned, so no policy is in force. */
    NONE_ASSIGNED
  }
}
