package dev.edgewise.policy;

import com.google.common.base.Ascii;
import java.util.Objects;

/**
 * The identity of an external access policy, as the cmdlets write it: {@code Global}, {@code
 * site:<name>} or, for a per-user policy, {@code Tag:<name>}.
 *
 * <p>The prefixes are read ignoring ASCII case, as PowerShell reads them; names are kept and
 * compared exactly as given. A name is non-empty, has no surrounding white space (Unicode white
 * space and space separators, the no-break space included), no colon, no control character and no
 * unpaired surrogate: every name the constructor accepts prints as an identity that {@link
 * #parse} reads back to an equal one, and {@code parse} accepts no name the constructor refuses.
 * Messages quote at most a short excerpt of a rejected name.
 *
 * <pre>{@code
 * PolicyIdentity p = PolicyIdentity.parse("tag:NoPic");
 * p.scope();                                  // USER
 * p.toString();                               // "Tag:NoPic"
 * PolicyIdentity.parse("NoPic").equals(p);    // true: New-CsExternalAccessPolicy -Identity NoPic
 * PolicyIdentity.site("Redmond").toString();  // "site:Redmond"
 * }</pre>
 *
 * @param scope the scope the identity names
 * @param name the site or tag name; empty for {@link PolicyScope#GLOBAL}
 */
public record PolicyIdentity(PolicyScope scope, String name) {

  private static final PolicyIdentity GLOBAL = new PolicyIdentity(PolicyScope.GLOBAL, "");
  private static final String GLOBAL_TEXT = "Global";
  private static final String SITE_PREFIX = "site:";
  private static final String TAG_PREFIX = "Tag:";

  /**
   * Checks the name against the scope.
   *
   * @throws IllegalArgumentException if a global identity has a name, or a site or tag name is
   *     empty, has surrounding white space, or contains a colon, a control character or an
   *     unpaired surrogate
   * @throws NullPointerException if an argument is null
   */
  public PolicyIdentity {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(name, "name");
    if (scope == PolicyScope.GLOBAL) {
      if (!name.isEmpty()) {
        throw new IllegalArgumentException(
            "the Global policy has no name: " + ConfigurationNames.excerpt(name));
      }
    } else {
      ConfigurationNames.check("a site or per-user policy name", name);
    }
  }

  /** Returns the identity of the {@code Global} policy. */
  public static PolicyIdentity global() {
    return GLOBAL;
  }

  /** Returns the identity {@code site:<siteName>} of a site policy. */
  public static PolicyIdentity site(String siteName) {
    return new PolicyIdentity(PolicyScope.SITE, siteName);
  }

  /** Returns the identity {@code Tag:<tagName>} of a per-user policy. */
  public static PolicyIdentity tag(String tagName) {
    return new PolicyIdentity(PolicyScope.USER, tagName);
  }

  /**
   * Reads an identity as an admin writes it: {@code Global}, {@code site:<name>}, {@code
   * Tag:<name>}, or a bare {@code <name>} for a per-user policy. Prefixes ignore ASCII case; white
   * space around the whole text is ignored, by the same rule that keeps it out of names.
   *
   * @throws IllegalArgumentException if the text is not such an identity
   */
  public static PolicyIdentity parse(CharSequence text) {
    String s = ConfigurationNames.trim(Objects.requireNonNull(text, "text").toString());
    if (Ascii.equalsIgnoreCase(s, GLOBAL_TEXT)) {
      return GLOBAL;
    }
    if (hasPrefix(s, SITE_PREFIX)) {
      return site(s.substring(SITE_PREFIX.length()));
    }
    if (hasPrefix(s, TAG_PREFIX)) {
      return tag(s.substring(TAG_PREFIX.length()));
    }
    return tag(s);
  }

  /** Returns whether this is the identity of the {@code Global} policy. */
  public boolean isGlobal() {
    return scope == PolicyScope.GLOBAL;
  }

  /**
   * Returns the identity as the cmdlets print it: {@code Global}, {@code site:X} or {@code Tag:X}.
   */
  @Override
  public String toString() {
    switch (scope) {
      case GLOBAL:
        return GLOBAL_TEXT;
      case SITE:
        return SITE_PREFIX + name;
      case USER:
      default:
        return TAG_PREFIX + name;
    }
  }

  private static boolean hasPrefix(String s, String prefix) {
    return s.length() >= prefix.length()
        && Ascii.equalsIgnoreCase(s.substring(0, prefix.length()), prefix);
  }
}
