package dev.edgewise.runbook;

import dev.edgewise.policy.Decision;
import dev.edgewise.policy.ExternalAccessEvaluator;
import dev.edgewise.policy.FederationConfiguration;
import dev.edgewise.policy.InboundRequest;
import dev.edgewise.policy.OutboundRequest;
import dev.edgewise.policy.Reason;
import dev.edgewise.runbook.internal.Differ;
import dev.edgewise.runbook.internal.Interpreter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Federation configurations as Lync / Skype for Business Management Shell runbooks: {@link
 * #read(String) read} a runbook into a configuration, {@link #print print} a configuration as a
 * runbook, {@link #diff diff} two configurations into the runbook that turns one into the other,
 * and ask {@link #whatIf what if} a runbook were run. The library takes and returns text; it does
 * no I/O. The subset of PowerShell read, the cmdlets and the {@code # edgewise:} declarations are
 * documented in {@code docs/runbook.md}.
 *
 * <pre>{@code
 * RunbookResult r = Runbook.read(String.join("\n",
 *     "# edgewise: SipDomain contoso.com",
 *     "# edgewise: User sip:alice@contoso.com",
 *     "Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true",
 *     "Remove-CsPublicProvider -Identity MSN",
 *     "New-CsPublicProvider -Identity Skype -ProxyFqdn federation.messenger.msn.com -Enabled 1",
 *     "Set-CsExternalAccessPolicy -Identity Global -EnablePublicCloudAccess $true"));
 * ExternalAccessEvaluator.compile(r.configuration()).evaluate(OutboundRequest.of(
 *     SipUri.parse("sip:alice@contoso.com"), SipUri.parse("sip:bob@outlook.com"), Modality.IM));
 * String script = Runbook.print(r.configuration());   // reads back into an equal configuration
 * }</pre>
 */
public final class Runbook {

  private Runbook() {}

  /**
   * Reads a runbook onto the documented starting point of its product (declared with {@code #
   * edgewise: Product}, default Skype for Business Server 2019): a fresh install on-premises, a
   * fresh tenant online.
   *
   * @throws RunbookException carrying every problem of the script, if any is an error
   */
  public static RunbookResult read(String script) {
    return Interpreter.read(script, Optional.empty());
  }

  /**
   * Reads a runbook onto {@code base}, statement by statement, as the server would run it.
   *
   * @throws RunbookException carrying every problem of the script, if any is an error
   */
  public static RunbookResult read(String script, FederationConfiguration base) {
    return Interpreter.read(script, Optional.of(base));
  }

  /**
   * Prints a configuration as a runbook in names (never numbers) that {@link #read(String)} turns
   * back into an equal configuration.
   *
   * @throws IllegalArgumentException if the configuration holds something no cmdlet or
   *     declaration can express on its product (for example a parameter the product lacks)
   */
  public static String print(FederationConfiguration configuration) {
    return Differ.print(configuration);
  }

  /**
   * Returns the runbook that turns {@code from} into {@code to}, in an order the server accepts
   * (removals before the additions they make room for), with no statement that could be dropped.
   * {@code read(diff(a, b), a)} equals {@code b}.
   *
   * @throws IllegalArgumentException if the two have different products, or {@code to} holds
   *     something its product cannot express
   */
  public static String diff(FederationConfiguration from, FederationConfiguration to) {
    return Differ.diff(from, to);
  }

  /**
   * Tells which of the caller's requests a runbook would decide differently: each with its
   * decision under {@code configuration} and under what the runbook leads to. Requests are {@link
   * OutboundRequest} and {@link InboundRequest} values.
   *
   * @throws RunbookException if the runbook does not read onto the configuration
   * @throws IllegalArgumentException if a request is neither kind
   */
  public static List<WhatIfChange> whatIf(
      FederationConfiguration configuration, String script, List<? extends Record> requests) {
    FederationConfiguration after = read(script, configuration).configuration();
    ExternalAccessEvaluator before = ExternalAccessEvaluator.compile(configuration);
    ExternalAccessEvaluator now = ExternalAccessEvaluator.compile(after);
    List<WhatIfChange> out = new ArrayList<>();
    for (Record r : requests) {
      Decision b = evaluate(before, r);
      Decision a = evaluate(now, r);
      if (b.effect() != a.effect() || !rules(b).equals(rules(a))) {
        out.add(new WhatIfChange(r, b, a));
      }
    }
    return out;
  }

  private static Decision evaluate(ExternalAccessEvaluator e, Record r) {
    if (r instanceof OutboundRequest o) {
      return e.evaluate(o);
    }
    if (r instanceof InboundRequest i) {
      return e.evaluate(i);
    }
    throw new IllegalArgumentException("not a request: " + r);
  }

  private static List<String> rules(Decision d) {
    List<String> out = new ArrayList<>();
    for (Reason r : d.reasons()) {
      out.add(r.rule().toString());
    }
    return out;
  }
}
