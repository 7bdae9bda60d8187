package dev.edgewise.runbook.internal;

import dev.edgewise.policy.OnPremisesConfiguration;
import dev.edgewise.policy.OnlineTenantConfiguration;
import dev.edgewise.runbook.RunbookErrorKind;
import java.util.List;
import java.util.Optional;

/**
 * {@code Set-CsPrivacyConfiguration} and {@code New-CsPrivacyConfiguration}: the one setting that
 * gates anything, {@code EnablePrivacyMode}, of the global privacy configuration. Site and service
 * scopes are refused as not modelled, and so are the settings that gate nothing.
 */
final class PrivacyCmdlets {

  static final String SET = "set-csprivacyconfiguration";
  static final String NEW = "new-csprivacyconfiguration";

  private static final List<Binder.Spec> SPECS =
      new Binder.Specs()
          .add("Identity", Binder.Type.STRING)
          .add("EnablePrivacyMode", Binder.Type.BOOL)
          .notModelled(
              "AutoInitiateContacts", "PublishLocationDataDefault", "DisplayPublishedPhotoDefault")
          .common()
          .build();

  private PrivacyCmdlets() {}

  static boolean handles(String name) {
    return name.equals(SET) || name.equals(NEW);
  }

  static void apply(Ctx ctx, Statement st, String name) {
    Binder b = Binder.bind(ctx.problems, ctx.product(), st, SPECS, "Identity");
    boolean create = name.equals(NEW);
    if (create && !b.require("Identity")) {
      return;
    }
    Optional<String> id = b.has("Identity") ? b.string("Identity") : Optional.of("Global");
    if (id.isEmpty()) {
      return;
    }
    if (!id.get().trim().equalsIgnoreCase("global")) {
      b.report("Identity", RunbookErrorKind.NOT_MODELLED,
          "only the global privacy configuration is modelled; " + id.get() + " is not");
      return;
    }
    if (create) {
      b.report("Identity", RunbookErrorKind.ALREADY_EXISTS,
          "the global privacy configuration always exists; change it with"
              + " Set-CsPrivacyConfiguration");
      return;
    }
    Optional<Boolean> on = b.bool("EnablePrivacyMode");
    if (on.isEmpty()) {
      return;
    }
    if (ctx.isOnPrem()) {
      OnPremisesConfiguration c = ctx.onPrem();
      ctx.config = c.toBuilder().enablePrivacyMode(on.get()).build();
    } else {
      OnlineTenantConfiguration t = ctx.online();
      ctx.config = t.toBuilder().enablePrivacyMode(on.get()).build();
    }
  }
}
