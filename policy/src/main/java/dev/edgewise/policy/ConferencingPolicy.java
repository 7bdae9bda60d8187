package dev.edgewise.policy;

import dev.edgewise.core.internal.EdgewiseStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A conferencing policy ({@code New-CsConferencingPolicy}), reduced to the one setting external
 * access depends on: whether meetings the users it is in force for organize admit anonymous
 * participants ({@code AllowAnonymousParticipantsInMeetings}).
 *
 * <p>It is scoped and granted as an {@link ExternalAccessPolicy} is: on-premises {@code Global},
 * {@code site:<name>} and per-user {@code Tag:<name>} policies, the single most specific one in
 * force deciding; online only per-user policies, granted with {@link
 * LocalUser#conferencingPolicy()}. The setting applies to the meeting's <em>organizer</em>.
 * Microsoft documents its default both ways; the cmdlet reference's {@code True} is the default
 * here (see {@code docs/policy.md}).
 *
 * <pre>{@code
 * ConferencingPolicy closed = ConferencingPolicy.builder()
 *     .identity(PolicyIdentity.tag("NoAnonymous"))
 *     .allowAnonymousParticipantsInMeetings(false)
 *     .build();
 * ConferencingPolicy.global().allowAnonymousParticipantsInMeetings();   // true
 * }</pre>
 */
@EdgewiseStyle
@Value.Immutable
public abstract class ConferencingPolicy {

  ConferencingPolicy() {}

  /** Where the policy applies: {@code Global}, {@code site:<name>} or {@code Tag:<name>}. */
  public abstract PolicyIdentity identity();

  /**
   * {@code AllowAnonymousParticipantsInMeetings}: meetings organized by the users this policy is
   * in force for admit anonymous participants. Default {@code true}.
   */
  @Value.Default
  public boolean allowAnonymousParticipantsInMeetings() {
    return true;
  }

  /** {@code Description}: free text, no effect on decisions. */
  public abstract Optional<String> description();

  /** Returns the scope of {@link #identity()}. */
  public final PolicyScope scope() {
    return identity().scope();
  }

  /** Returns a builder that starts from this policy's values. */
  public final Builder toBuilder() {
    return builder().from(this);
  }

  /** Returns an empty builder; {@link Builder#identity(PolicyIdentity)} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the {@code Global} policy with the default values, as a fresh install has it. */
  public static ConferencingPolicy global() {
    return builder().identity(PolicyIdentity.global()).build();
  }

  /**
   * Builds {@link ConferencingPolicy} values.
   *
   * <pre>{@code
   * ConferencingPolicy p = ConferencingPolicy.builder()
   *     .identity(PolicyIdentity.site("Redmond"))
   *     .allowAnonymousParticipantsInMeetings(false).build();
   * }</pre>
   */
  public static final class Builder extends ImmutableConferencingPolicy.Builder {
    Builder() {}
  }
}
