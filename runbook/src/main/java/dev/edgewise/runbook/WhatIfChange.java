package dev.edgewise.runbook;

import dev.edgewise.policy.Decision;

/**
 * A request whose decision a runbook would change, with the decision before and after.
 *
 * <pre>{@code
 * for (WhatIfChange c : Runbook.whatIf(current, script, requests)) {
 *   log.info(c.request() + ": " + c.before().effect() + " -> " + c.after().effect());
 * }
 * }</pre>
 *
 * @param request the {@code OutboundRequest} or {@code InboundRequest} the caller supplied
 * @param before the decision under the configuration before the runbook
 * @param after the decision under the configuration the runbook leads to
 */
public record WhatIfChange(Record request, Decision before, Decision after) {}
