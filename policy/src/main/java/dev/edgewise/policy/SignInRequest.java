package dev.edgewise.policy;

import dev.edgewise.address.SipUri;
import java.util.Objects;

/**
 * A question about remote access: may the organization's own user {@code localUser} sign in from
 * the Internet, without VPN, through the Access Edge? Decided by {@link
 * ExternalAccessEvaluator#evaluate(SignInRequest)}: the edge's {@code AllowOutsideUsers} and the
 * user's effective {@code EnableOutsideAccess}.
 *
 * <pre>{@code
 * Decision d = evaluator.evaluate(SignInRequest.of(SipUri.parse("sip:alice@contoso.com")));
 * d.remoteClass();   // REMOTE_USER
 * }</pre>
 *
 * @param localUser the user who signs in
 */
public record SignInRequest(SipUri localUser) {

  /**
   * Checks the component.
   *
   * @throws NullPointerException if {@code localUser} is null
   */
  public SignInRequest {
    Objects.requireNonNull(localUser, "localUser");
  }

  /** Returns the request for this user. */
  public static SignInRequest of(SipUri localUser) {
    return new SignInRequest(localUser);
  }
}
