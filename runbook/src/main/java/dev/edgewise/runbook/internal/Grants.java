package dev.edgewise.runbook.internal;

import dev.edgewise.address.SipUri;
import dev.edgewise.policy.LocalUser;
import dev.edgewise.policy.PolicyIdentity;
import dev.edgewise.policy.PolicyScope;
import dev.edgewise.runbook.RunbookErrorKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * {@code Grant-Cs*Policy -Identity <user> -PolicyName <tag or $null>}: the one reading every
 * grant cmdlet shares. Only the kind of policy differs: which per-user policies exist, and which
 * of the user's settings the grant sets.
 */
final class Grants {

  private Grants() {}

  /**
   * Applies a grant.
   *
   * @param policyNoun how a message names the kind of policy ("policy", "conferencing policy")
   * @param exists whether a per-user policy of this kind has the identity
   * @param assign the user with the granted tag (empty for {@code $null})
   */
  static void grant(
      Ctx ctx,
      Binder b,
      String policyNoun,
      Predicate<PolicyIdentity> exists,
      BiFunction<LocalUser, Optional<String>, LocalUser> assign) {
    if (!b.require("Identity") || !b.require("PolicyName")) {
      return;
    }
    Optional<String> who = b.string("Identity");
    if (who.isEmpty()) {
      return;
    }
    Optional<SipUri> uri = Ctx.userUri(who.get());
    if (uri.isEmpty()) {
      b.report("Identity", RunbookErrorKind.INVALID_VALUE, who.get() + " is not a SIP address");
      return;
    }
    int i = ctx.userIndex(uri.get());
    if (i < 0) {
      ctx.notFound(b, "Identity", "the user " + uri.get() + " (declare it with '# edgewise: User')");
      return;
    }
    Optional<String> tag = Optional.empty();
    if (!b.isNull("PolicyName")) {
      Optional<String> name = b.string("PolicyName");
      if (name.isEmpty()) {
        return;
      }
      PolicyIdentity id;
      try {
        id = PolicyIdentity.parse(name.get());
      } catch (IllegalArgumentException e) {
        b.report("PolicyName", RunbookErrorKind.INVALID_VALUE, String.valueOf(e.getMessage()));
        return;
      }
      if (id.scope() != PolicyScope.USER || !exists.test(id)) {
        b.report(
            "PolicyName",
            RunbookErrorKind.NOT_FOUND,
            "the per-user " + policyNoun + " " + id + " does not exist");
        return;
      }
      tag = Optional.of(id.name());
    }
    List<LocalUser> users = new ArrayList<>(ctx.config.users());
    users.set(i, assign.apply(users.get(i), tag));
    SharedCmdlets.setUsers(ctx, users);
  }
}
