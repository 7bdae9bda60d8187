package dev.edgewise.policy.internal.eval;

import dev.edgewise.policy.ConferencingPolicy;
import dev.edgewise.policy.EffectivePolicy;
import dev.edgewise.policy.Remediation;
import java.util.Optional;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The commands that flip the remote-access, meeting and XMPP gates, in the syntax of the
 * configuration's product; every one is listed in {@code docs/remediations.md}. {@link
 * RemediationCatalog} delegates here. The external access policy settings ({@code
 * EnableOutsideAccess}, {@code EnableXmppAccess}) are remedied where the other policy settings
 * are.
 */
final class AccessRemedies {
  static final String SET_CONFERENCING = "Set-CsConferencingPolicy -Identity ";
  static final String GRANT_CONFERENCING = "Grant-CsConferencingPolicy -Identity ";

  private final CompiledConfiguration config;

  AccessRemedies(CompiledConfiguration config) {
    this.config = config;
  }

  Optional<Remediation> remedy(GateOutcome o, Ask a) {
    return switch (o.rule()) {
      case EDGE_OUTSIDE_OFF -> orgWide(a, RemediationCatalog.SET_EDGE + " -AllowOutsideUsers $True");
      case EDGE_ANONYMOUS_OFF -> orgWide(
          a, RemediationCatalog.SET_EDGE + " -AllowAnonymousUsers $True");
      case XMPP_PARTNER_MISSING -> orgWide(
          a, "New-CsXmppAllowedPartner -Identity " + Explainer.requireDomain(o));
      case CONFERENCING_POLICY_NO_ANONYMOUS -> conferencing(a);
      default -> Optional.empty();
    };
  }

  /**
   * The organizer's conferencing policy: on-premises change it (for everyone it is in force
   * for), or grant the organizer one that admits anonymous participants; online only the grant,
   * since per-user policies are the only ones there.
   */
  private Optional<Remediation> conferencing(Ask a) {
    SurfaceIndex.InForce f = config.surface().conferencing(a.localUser);
    if (f == null) {
      return Optional.empty();
    }
    if (config.product() == dev.edgewise.policy.Product.TEAMS_TENANT) {
      // A Teams tenant's meetings follow its Teams meeting policy, which Edgewise does not model.
      return Optional.empty();
    }
    Optional<String> grant = grant(a, f);
    if (config.isOnline()) {
      return grant.map(Remediation::of);
    }
    ConferencingPolicy p = f.policy();
    return Optional.of(
        new Remediation(
            SET_CONFERENCING + p.identity() + " -AllowAnonymousParticipantsInMeetings $True",
            Math.max(1, config.surface().conferencingUsers(p.identity())) - 1,
            grant));
  }

  private Optional<String> grant(Ask a, SurfaceIndex.InForce f) {
    for (ConferencingPolicy p : config.surface().grantableConferencing()) {
      if (!p.identity().equals(f.policy().identity()) && p.allowAnonymousParticipantsInMeetings()) {
        return Optional.of(GRANT_CONFERENCING + a.localUser + " -PolicyName " + p.identity().name());
      }
    }
    @Nullable ConferencingPolicy fallback = f.fallback();
    if (f.basis() == EffectivePolicy.Basis.USER_GRANT
        && fallback != null
        && fallback.allowAnonymousParticipantsInMeetings()) {
      return Optional.of(GRANT_CONFERENCING + a.localUser + " -PolicyName $Null");
    }
    return Optional.empty();
  }

  private Optional<Remediation> orgWide(Ask a, String command) {
    int others = config.userCount() - (a.user == null ? 0 : 1);
    return Optional.of(new Remediation(command, Math.max(0, others), Optional.empty()));
  }
}
