package dev.edgewise.policy.internal.eval;

import dev.edgewise.address.Domain;
import dev.edgewise.policy.EffectivePolicy;
import dev.edgewise.policy.ExternalAccessPolicy;
import dev.edgewise.policy.LocalUser;
import java.util.Optional;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A declared user as compiled: their effective policy, the policy object in force (null when
 * none is assigned), and the policy they would fall back to without a per-user grant.
 */
public final class UserEntry {
  private final LocalUser user;
  private final EffectivePolicy effective;
  private final @Nullable ExternalAccessPolicy policy;
  private final @Nullable ExternalAccessPolicy fallback;
  private final @Nullable Domain sipDomain;

  UserEntry(
      LocalUser user,
      EffectivePolicy effective,
      @Nullable ExternalAccessPolicy policy,
      @Nullable ExternalAccessPolicy fallback) {
    this.user = user;
    this.effective = effective;
    this.policy = policy;
    this.fallback = fallback;
    Optional<String> host = user.sipUri().host().domainName();
    this.sipDomain = host.isPresent() ? Domain.tryParse(host.get()).orElse(null) : null;
  }

  public LocalUser user() {
    return user;
  }

  public EffectivePolicy effective() {
    return effective;
  }

  /** The policy in force, or null when none is assigned (online without a per-user policy). */
  public @Nullable ExternalAccessPolicy policy() {
    return policy;
  }

  /** On-premises: the site or Global policy the user has without a per-user grant. */
  public @Nullable ExternalAccessPolicy fallback() {
    return fallback;
  }

  /** The user's own SIP domain, or null if their address has none. */
  public @Nullable Domain sipDomain() {
    return sipDomain;
  }
}
