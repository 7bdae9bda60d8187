/**
 * The organization's external-access configuration and the evaluator that decides, with reasons,
 * whether a user may exchange IM, presence, audio or video with an external party.
 *
 * <p>Every decision names the rules that decided it, by a stable {@link dev.edgewise.policy.RuleId}.
 */
package dev.edgewise.policy;
