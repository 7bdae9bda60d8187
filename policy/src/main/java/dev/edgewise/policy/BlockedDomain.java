package dev.edgewise.policy;

import dev.edgewise.address.Domain;
import dev.edgewise.core.internal.EdgewiseStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An entry of the on-premises blocked list ({@code New-CsBlockedDomain}): a domain no user may talk
 * to, whether it is allowed elsewhere, discovered, hosted, or a public provider's domain.
 *
 * <p>Entries match the exact domain. Against a public provider user the evaluator matches both the
 * account's own domain and the provider's routing domain, so blocking {@code msn.com} blocks every
 * decorated account.
 *
 * <pre>{@code
 * BlockedDomain b = BlockedDomain.of(Domain.parse("fabrikam.com"));
 * b.domain();   // fabrikam.com
 * }</pre>
 */
@EdgewiseStyle
@Value.Immutable
public abstract class BlockedDomain {

  BlockedDomain() {}

  /** {@code Identity}/{@code Domain}: the blocked domain. */
  public abstract Domain domain();

  /** {@code Comment}: free text, no effect on decisions. */
  public abstract Optional<String> comment();

  /** Returns a builder that starts from this entry's values. */
  public final Builder toBuilder() {
    return builder().from(this);
  }

  /** Returns an empty builder; {@link Builder#domain(Domain)} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns an entry for the domain without a comment. */
  public static BlockedDomain of(Domain domain) {
    return builder().domain(domain).build();
  }

  /**
   * Builds {@link BlockedDomain} values.
   *
   * <pre>{@code
   * BlockedDomain b = BlockedDomain.builder()
   *     .domain(Domain.parse("fabrikam.com")).comment("spam").build();
   * }</pre>
   */
  public static final class Builder extends ImmutableBlockedDomain.Builder {
    Builder() {}
  }
}
