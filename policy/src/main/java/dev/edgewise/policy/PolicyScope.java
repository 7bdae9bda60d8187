package dev.edgewise.policy;

/**
 * Where an external access policy applies, from least to most specific. The single most specific
 * policy assigned to a user is in force, as a whole object: user, then site, then global.
 *
 * <pre>{@code
 * PolicyIdentity.parse("site:Redmond").scope();   // SITE
 * }</pre>
 */
public enum PolicyScope {
  /** The {@code Global} policy: always present, in force for users with nothing more specific. */
  GLOBAL,
  /** A {@code site:<name>} policy: in force for the site's users without a per-user policy. */
  SITE,
  /** A per-user policy ({@code Tag:<name>}): inert until granted to a user. */
  USER
}
