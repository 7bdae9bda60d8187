/**
 * The external-access evaluator's machinery, not part of the API: the compiled configuration, the
 * remote-party reader, the gates (on-premises, online and shared), the explainer that words their
 * outcomes and the remediation catalog that turns them into cmdlets. See {@code docs/policy.md}.
 */
package dev.edgewise.policy.internal.eval;
