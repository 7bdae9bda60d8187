package dev.edgewise.runbook.internal;

import dev.edgewise.policy.ConfigurationProblem;
import dev.edgewise.policy.FederationConfiguration;
import dev.edgewise.policy.OnPremisesConfiguration;
import dev.edgewise.policy.OnlineTenantConfiguration;
import dev.edgewise.policy.Platform;
import dev.edgewise.policy.Product;
import dev.edgewise.runbook.RunbookErrorKind;
import dev.edgewise.runbook.RunbookException;
import dev.edgewise.runbook.RunbookResult;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Applies a scanned runbook, statement by statement, to a configuration. */
public final class Interpreter {

  /** Cmdlets whose settings are not modelled yet: refused rather than guessed. */
  private static final Set<String> NOT_MODELLED =
      Set.of(
          "set-csmeetingconfiguration",
          "set-csxmppgatewayconfiguration",
          "enable-cspublicprovider",
          "disable-cspublicprovider",
          "enable-cshostingprovider",
          "disable-cshostingprovider");

  /** Object-building cmdlets, which only make sense inside a value. */
  private static final Set<String> VALUE_CMDLETS =
      Set.of("new-csedgeallowlist", "new-csedgeallowallknowndomains", "new-csedgedomainpattern");

  private Interpreter() {}

  /** Returns the documented starting point of a product: a fresh install or a fresh tenant. */
  public static FederationConfiguration fresh(Product product) {
    if (product.platform() == Platform.ON_PREMISES) {
      return OnPremisesConfiguration.freshInstall().toBuilder().product(product).build();
    }
    return OnlineTenantConfiguration.freshTenant().toBuilder().product(product).build();
  }

  /** Reads {@code script} onto {@code base}, or onto its product's fresh configuration. */
  public static RunbookResult read(String script, Optional<FederationConfiguration> base) {
    Problems problems = new Problems();
    List<Statement> statements = Scanner.scan(script, problems);
    Product product = base.map(FederationConfiguration::product)
        .orElse(Product.SKYPE_FOR_BUSINESS_SERVER_2019);
    boolean started = false;
    for (Statement st : statements) {
      if (st.declaration() && st.name().equalsIgnoreCase("Product")) {
        Optional<Product> p = Declarations.product(problems, st);
        if (started) {
          problems.add(
              RunbookErrorKind.BAD_DECLARATION,
              st.line(),
              st.col(),
              st.name(),
              "the Product declaration comes before every statement");
        } else if (p.isPresent() && base.isPresent() && p.get() != base.get().product()) {
          problems.add(
              RunbookErrorKind.BAD_DECLARATION,
              st.line(),
              st.col(),
              p.get().name(),
              "the runbook is for " + p.get().displayName() + ", the configuration it is read onto"
                  + " is " + base.get().product().displayName());
        } else if (p.isPresent()) {
          product = p.get();
        }
      } else {
        started = true;
      }
    }
    Ctx ctx = new Ctx(problems, base.isPresent() ? base.get() : fresh(product));
    for (Statement st : statements) {
      if (st.declaration() && st.name().equalsIgnoreCase("Product")) {
        continue;
      }
      apply(ctx, st);
    }
    if (!problems.hasErrors()) {
      for (ConfigurationProblem p : ctx.config.validate()) {
        if (p.isError()) {
          problems.add(
              RunbookErrorKind.INVALID_CONFIGURATION, 0, 0, p.subject(), p.code() + ": " + p.message());
        }
      }
    }
    if (problems.hasErrors()) {
      throw new RunbookException(problems.all());
    }
    return new RunbookResult(ctx.config, problems.warnings());
  }

  private static void apply(Ctx ctx, Statement st) {
    int before = ctx.problems.errorCount();
    FederationConfiguration saved = ctx.config;
    try {
      if (st.declaration()) {
        Declarations.apply(ctx, st);
      } else {
        dispatch(ctx, st);
      }
    } catch (IllegalArgumentException e) {
      // A builder's own range checks (for example SipClientPort) refuse the value.
      ctx.problems.add(
          RunbookErrorKind.INVALID_VALUE, st.line(), st.col(), st.name(), String.valueOf(e.getMessage()));
    }
    if (ctx.problems.errorCount() != before) {
      // A refused statement changes nothing, as on the server.
      ctx.config = saved;
    }
  }

  private static void dispatch(Ctx ctx, Statement st) {
    String name = st.name().toLowerCase(Locale.ROOT);
    if (NOT_MODELLED.contains(name)) {
      ctx.problems.add(
          RunbookErrorKind.NOT_MODELLED,
          st.line(),
          st.col(),
          st.name(),
          st.name() + " changes settings Edgewise does not model yet");
      return;
    }
    if (VALUE_CMDLETS.contains(name)) {
      ctx.problems.add(
          RunbookErrorKind.UNEXPECTED_TOKEN,
          st.line(),
          st.col(),
          st.name(),
          st.name() + " builds a value; use it inside a parameter, in brackets");
      return;
    }
    if (ConferencingCmdlets.handles(name)) {
      ConferencingCmdlets.apply(ctx, st, name);
      return;
    }
    if (XmppCmdlets.handles(name)) {
      XmppCmdlets.apply(ctx, st, name);
      return;
    }
    if (PrivacyCmdlets.handles(name)) {
      PrivacyCmdlets.apply(ctx, st, name);
      return;
    }
    boolean onPremCmdlet = OnPremisesCmdlets.handles(name);
    boolean onlineCmdlet = OnlineCmdlets.handles(name);
    boolean shared = SharedCmdlets.handles(name);
    if (!onPremCmdlet && !onlineCmdlet && !shared) {
      ctx.problems.add(
          RunbookErrorKind.UNKNOWN_CMDLET,
          st.line(),
          st.col(),
          st.name(),
          st.name() + " is not a cmdlet the runbook reader knows");
      return;
    }
    if (shared && SharedCmdlets.apply(ctx, st, name)) {
      return;
    }
    if (ctx.isOnPrem() ? onPremCmdlet : onlineCmdlet) {
      if (ctx.isOnPrem()) {
        OnPremisesCmdlets.apply(ctx, st, name);
      } else {
        OnlineCmdlets.apply(ctx, st, name);
      }
      return;
    }
    ctx.problems.add(
        RunbookErrorKind.CMDLET_NOT_ON_PRODUCT,
        st.line(),
        st.col(),
        st.name(),
        st.name() + " does not exist on " + ctx.product().displayName());
  }
}
