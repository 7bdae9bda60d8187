package dev.edgewise.runbook.internal;

import dev.edgewise.policy.ExternalAccessPolicy;
import dev.edgewise.policy.LocalUser;
import dev.edgewise.policy.OnPremisesConfiguration;
import dev.edgewise.policy.OnlineTenantConfiguration;
import dev.edgewise.policy.PolicyIdentity;
import dev.edgewise.policy.PolicyScope;
import dev.edgewise.policy.Product;
import dev.edgewise.runbook.RunbookErrorKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The external access policy cmdlets, which both platforms have (with product differences). */
final class SharedCmdlets {

  static final String NEW = "new-csexternalaccesspolicy";
  static final String SET = "set-csexternalaccesspolicy";
  static final String REMOVE = "remove-csexternalaccesspolicy";
  static final String GRANT = "grant-csexternalaccesspolicy";

  private static final List<Binder.Spec> POLICY =
      new Binder.Specs()
          .add("Identity", Binder.Type.STRING)
          .add("EnableFederationAccess", Binder.Type.BOOL)
          .add("EnablePublicCloudAccess", Binder.Type.BOOL)
          .add("EnablePublicCloudAudioVideoAccess", Binder.Type.BOOL)
          .add("EnableOutsideAccess", Binder.Type.BOOL)
          .add("EnableXmppAccess", Binder.Type.BOOL)
          .add("Description", Binder.Type.STRING)
          .add("EnableTeamsConsumerAccess", Binder.Type.BOOL, TeamsCmdlets.TEAMS)
          .add("EnableTeamsConsumerInbound", Binder.Type.BOOL, TeamsCmdlets.TEAMS)
          .add("CommunicationWithExternalOrgs", Binder.Type.STRING, TeamsCmdlets.TEAMS)
          .add("AllowedExternalDomains", Binder.Type.ANY, TeamsCmdlets.TEAMS)
          .add("BlockedExternalDomains", Binder.Type.ANY, TeamsCmdlets.TEAMS)
          .notModelled(
              "EnableAcsFederationAccess",
              "RestrictTeamsConsumerAccessToExternalUserProfiles",
              "FederatedBilateralChats")
          .common()
          .build();

  private static final List<Binder.Spec> REMOVE_SPECS =
      new Binder.Specs().add("Identity", Binder.Type.STRING).common().build();

  private static final List<Binder.Spec> GRANT_SPECS =
      new Binder.Specs()
          .add("Identity", Binder.Type.STRING)
          .add("PolicyName", Binder.Type.STRING)
          .notModelled("Global", "Group", "Rank", "PassThru")
          .common()
          .build();

  private SharedCmdlets() {}

  static boolean handles(String name) {
    return name.equals(NEW) || name.equals(SET) || name.equals(REMOVE) || name.equals(GRANT);
  }

  static boolean apply(Ctx ctx, Statement st, String name) {
    if (name.equals(GRANT)) {
      grant(ctx, Binder.bind(ctx.problems, ctx.product(), st, GRANT_SPECS, "Identity"));
      return true;
    }
    if (ctx.product() == Product.SKYPE_FOR_BUSINESS_ONLINE) {
      ctx.problems.add(
          RunbookErrorKind.CMDLET_NOT_ON_PRODUCT,
          st.line(),
          st.col(),
          st.name(),
          "Skype for Business Online has only its predefined policies: change a user's policy with"
              + " Grant-CsExternalAccessPolicy, and declare the predefined ones with"
              + " '# edgewise: Policy'");
      return true;
    }
    Binder b =
        Binder.bind(ctx.problems, ctx.product(), st, name.equals(REMOVE) ? REMOVE_SPECS : POLICY, "Identity");
    Optional<PolicyIdentity> id = PolicyIdentityArgs.read(b, name.equals(NEW));
    if (id.isEmpty()) {
      return true;
    }
    if (!ctx.isOnPrem() && id.get().scope() != PolicyScope.USER) {
      b.report(
          "Identity",
          RunbookErrorKind.NOT_MODELLED,
          "online, only per-user policies are modelled; " + id.get() + " is not");
      return true;
    }
    switch (name) {
      case NEW -> create(ctx, b, id.get());
      case SET -> change(ctx, b, id.get());
      default -> remove(ctx, b, id.get());
    }
    return true;
  }

  static ExternalAccessPolicy settings(Binder b, ExternalAccessPolicy p) {
    ExternalAccessPolicy.Builder x = p.toBuilder();
    b.bool("EnableFederationAccess").ifPresent(x::enableFederationAccess);
    b.bool("EnablePublicCloudAccess").ifPresent(x::enablePublicCloudAccess);
    b.bool("EnablePublicCloudAudioVideoAccess").ifPresent(x::enablePublicCloudAudioVideoAccess);
    b.bool("EnableOutsideAccess").ifPresent(x::enableOutsideAccess);
    b.bool("EnableXmppAccess").ifPresent(x::enableXmppAccess);
    if (b.isNull("Description")) {
      x.description(Optional.empty());
    } else {
      b.string("Description").ifPresent(x::description);
    }
    return x.build();
  }

  private static void create(Ctx ctx, Binder b, PolicyIdentity id) {
    List<ExternalAccessPolicy> list = new ArrayList<>(ctx.config.externalAccessPolicies());
    if (!PolicyIdentityArgs.mayCreate(
        ctx, b, id, PolicyIdentityArgs.index(list, ExternalAccessPolicy::identity, id) >= 0,
        "the policy")) {
      return;
    }
    list.add(TeamsCmdlets.policy(ctx, b, settings(b, ExternalAccessPolicy.allOff(id))));
    setPolicies(ctx, list);
  }

  private static void change(Ctx ctx, Binder b, PolicyIdentity id) {
    if (id.isGlobal()) {
      OnPremisesConfiguration c = ctx.onPrem();
      ctx.config = c.toBuilder().globalPolicy(settings(b, c.globalPolicy())).build();
      return;
    }
    List<ExternalAccessPolicy> list = new ArrayList<>(ctx.config.externalAccessPolicies());
    int i = PolicyIdentityArgs.index(list, ExternalAccessPolicy::identity, id);
    if (i < 0) {
      ctx.notFound(b, "Identity", "the policy " + id);
      return;
    }
    list.set(i, TeamsCmdlets.policy(ctx, b, settings(b, list.get(i))));
    setPolicies(ctx, list);
  }

  private static void remove(Ctx ctx, Binder b, PolicyIdentity id) {
    if (id.isGlobal()) {
      ctx.config = ctx.onPrem().resetGlobalPolicy();
      return;
    }
    List<ExternalAccessPolicy> list = new ArrayList<>(ctx.config.externalAccessPolicies());
    int i = PolicyIdentityArgs.index(list, ExternalAccessPolicy::identity, id);
    if (i < 0) {
      ctx.notFound(b, "Identity", "the policy " + id);
      return;
    }
    if (id.scope() == PolicyScope.USER) {
      for (LocalUser u : ctx.config.users()) {
        if (u.grantedPolicy().equals(Optional.of(id))) {
          b.report(
              "Identity",
              RunbookErrorKind.POLICY_IN_USE,
              "the policy " + id + " is granted to " + u.sipUri()
                  + "; grant another policy (or $null) first");
          return;
        }
      }
    }
    list.remove(i);
    setPolicies(ctx, list);
  }

  static void setPolicies(Ctx ctx, List<ExternalAccessPolicy> list) {
    if (ctx.isOnPrem()) {
      ctx.config = ctx.onPrem().toBuilder().externalAccessPolicies(list).build();
    } else {
      ctx.config = ctx.online().toBuilder().externalAccessPolicies(list).build();
    }
  }

  private static void grant(Ctx ctx, Binder b) {
    Grants.grant(
        ctx,
        b,
        "policy",
        id ->
            PolicyIdentityArgs.index(
                    ctx.config.externalAccessPolicies(), ExternalAccessPolicy::identity, id)
                >= 0,
        (user, tag) -> user.toBuilder().externalAccessPolicy(tag).build());
  }

  static void setUsers(Ctx ctx, List<LocalUser> users) {
    if (ctx.isOnPrem()) {
      ctx.config = ctx.onPrem().toBuilder().users(users).build();
    } else {
      OnlineTenantConfiguration t = ctx.online();
      ctx.config = t.toBuilder().users(users).build();
    }
  }
}
