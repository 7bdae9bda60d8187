package dev.edgewise.runbook.internal;

import dev.edgewise.policy.ConferencingPolicy;
import dev.edgewise.policy.LocalUser;
import dev.edgewise.policy.PolicyIdentity;
import dev.edgewise.policy.PolicyScope;
import dev.edgewise.policy.Product;
import dev.edgewise.runbook.RunbookErrorKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The conferencing policy cmdlets, read as {@link SharedCmdlets} reads the external access policy
 * ones: {@code New-}, {@code Set-}, {@code Remove-} and {@code Grant-CsConferencingPolicy}, of
 * which Edgewise models {@code -AllowAnonymousParticipantsInMeetings} (and {@code -Description}).
 * On Skype for Business Online only {@code Grant-} applies; online only per-user policies exist.
 */
final class ConferencingCmdlets {

  static final String NEW = "new-csconferencingpolicy";
  static final String SET = "set-csconferencingpolicy";
  static final String REMOVE = "remove-csconferencingpolicy";
  static final String GRANT = "grant-csconferencingpolicy";

  private static final List<Binder.Spec> POLICY =
      new Binder.Specs()
          .add("Identity", Binder.Type.STRING)
          .add("AllowAnonymousParticipantsInMeetings", Binder.Type.BOOL)
          .add("Description", Binder.Type.STRING)
          .notModelled(
              "AllowIPAudio",
              "AllowIPVideo",
              "AllowMultiView",
              "AllowParticipantControl",
              "AllowAnnotations",
              "AllowAnonymousUsersToDialOut",
              "AllowFederatedParticipantJoinAsSameEnterprise",
              "AllowExternalUsersToSaveContent",
              "AllowExternalUserControl",
              "AllowExternalUsersToRecordMeeting",
              "AllowConferenceRecording",
              "AllowPolls",
              "AllowSharedNotes",
              "AllowQandA",
              "AllowOfficeContent",
              "AllowLargeMeetings",
              "AllowUserToScheduleMeetingsWithAppSharing",
              "AllowNonEnterpriseVoiceUsersToDialOut",
              "ApplicationSharingMode",
              "DisablePowerPointAnnotations",
              "EnableAppDesktopSharing",
              "EnableDialInConferencing",
              "EnableFileTransfer",
              "EnableP2PFileTransfer",
              "EnableP2PRecording",
              "EnableP2PVideo",
              "EnableDataCollaboration",
              "MaxMeetingSize",
              "MaxVideoConferenceResolution",
              "AudioBitRateKb",
              "VideoBitRateKb",
              "AppSharingBitRateKb",
              "FileTransferBitRateKb")
          .common()
          .build();

  private static final List<Binder.Spec> GRANT_SPECS =
      new Binder.Specs()
          .add("Identity", Binder.Type.STRING)
          .add("PolicyName", Binder.Type.STRING)
          .notModelled("DomainController", "PassThru", "AsJob")
          .common()
          .build();

  private ConferencingCmdlets() {}

  static boolean handles(String name) {
    return name.equals(NEW) || name.equals(SET) || name.equals(REMOVE) || name.equals(GRANT);
  }

  static void apply(Ctx ctx, Statement st, String name) {
    if (name.equals(GRANT)) {
      grant(ctx, Binder.bind(ctx.problems, ctx.product(), st, GRANT_SPECS, "Identity"));
      return;
    }
    if (ctx.product() == Product.SKYPE_FOR_BUSINESS_ONLINE) {
      ctx.problems.add(
          RunbookErrorKind.CMDLET_NOT_ON_PRODUCT,
          st.line(),
          st.col(),
          st.name(),
          "Skype for Business Online has only its predefined conferencing policies: change a"
              + " user's policy with Grant-CsConferencingPolicy");
      return;
    }
    Binder b =
        Binder.bind(
            ctx.problems, ctx.product(), st, name.equals(REMOVE) ? Binder.IDENTITY_ONLY : POLICY, "Identity");
    Optional<PolicyIdentity> id = PolicyIdentityArgs.read(b, name.equals(NEW));
    if (id.isEmpty()) {
      return;
    }
    if (!ctx.isOnPrem() && id.get().scope() != PolicyScope.USER) {
      b.report(
          "Identity",
          RunbookErrorKind.NOT_MODELLED,
          "online, only per-user conferencing policies are modelled; " + id.get() + " is not");
      return;
    }
    switch (name) {
      case NEW -> create(ctx, b, id.get());
      case SET -> change(ctx, b, id.get());
      default -> remove(ctx, b, id.get());
    }
  }

  private static ConferencingPolicy settings(Binder b, ConferencingPolicy p) {
    ConferencingPolicy.Builder x = p.toBuilder();
    b.bool("AllowAnonymousParticipantsInMeetings").ifPresent(x::allowAnonymousParticipantsInMeetings);
    if (b.isNull("Description")) {
      x.description(Optional.empty());
    } else {
      b.string("Description").ifPresent(x::description);
    }
    return x.build();
  }

  private static void create(Ctx ctx, Binder b, PolicyIdentity id) {
    List<ConferencingPolicy> list = new ArrayList<>(ctx.config.conferencingPolicies());
    if (!PolicyIdentityArgs.mayCreate(
        ctx, b, id, PolicyIdentityArgs.index(list, ConferencingPolicy::identity, id) >= 0,
        "the conferencing policy")) {
      return;
    }
    list.add(settings(b, ConferencingPolicy.builder().identity(id).build()));
    setPolicies(ctx, list);
  }

  private static void change(Ctx ctx, Binder b, PolicyIdentity id) {
    List<ConferencingPolicy> list = new ArrayList<>(ctx.config.conferencingPolicies());
    int i = PolicyIdentityArgs.index(list, ConferencingPolicy::identity, id);
    if (i < 0 && id.isGlobal()) {
      // The Global policy always exists; it is listed once changed.
      list.add(settings(b, ConferencingPolicy.global()));
      setPolicies(ctx, list);
      return;
    }
    if (i < 0) {
      ctx.notFound(b, "Identity", "the conferencing policy " + id);
      return;
    }
    list.set(i, settings(b, list.get(i)));
    setPolicies(ctx, list);
  }

  private static void remove(Ctx ctx, Binder b, PolicyIdentity id) {
    List<ConferencingPolicy> list = new ArrayList<>(ctx.config.conferencingPolicies());
    int i = PolicyIdentityArgs.index(list, ConferencingPolicy::identity, id);
    if (id.isGlobal()) {
      // Removing the Global policy resets it to its defaults.
      if (i >= 0) {
        list.remove(i);
        setPolicies(ctx, list);
      }
      return;
    }
    if (i < 0) {
      ctx.notFound(b, "Identity", "the conferencing policy " + id);
      return;
    }
    if (id.scope() == PolicyScope.USER) {
      for (LocalUser u : ctx.config.users()) {
        if (u.grantedConferencingPolicy().equals(Optional.of(id))) {
          b.report(
              "Identity",
              RunbookErrorKind.POLICY_IN_USE,
              "the conferencing policy " + id + " is granted to " + u.sipUri()
                  + "; grant another policy (or $null) first");
          return;
        }
      }
    }
    list.remove(i);
    setPolicies(ctx, list);
  }

  private static void setPolicies(Ctx ctx, List<ConferencingPolicy> list) {
    if (ctx.isOnPrem()) {
      ctx.config = ctx.onPrem().toBuilder().conferencingPolicies(list).build();
    } else {
      ctx.config = ctx.online().toBuilder().conferencingPolicies(list).build();
    }
  }

  private static void grant(Ctx ctx, Binder b) {
    Grants.grant(
        ctx,
        b,
        "conferencing policy",
        id ->
            PolicyIdentityArgs.index(
                    ctx.config.conferencingPolicies(), ConferencingPolicy::identity, id)
                >= 0,
        (user, tag) -> user.toBuilder().conferencingPolicy(tag).build());
  }
}
