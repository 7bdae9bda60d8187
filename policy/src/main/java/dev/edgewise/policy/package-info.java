/**
 * The organization's external-access configuration and the evaluator that decides, with reasons,
 * whether a user may exchange IM, presence, audio or video with an external party.
 *
 * <p>The configuration is one immutable {@link dev.edgewise.policy.FederationConfiguration}, in one
 * of two shapes: {@link dev.edgewise.policy.OnPremisesConfiguration} (Lync Server 2013 / Skype for
 * Business Server) or {@link dev.edgewise.policy.OnlineTenantConfiguration} (Lync Online / Office
 * 365). {@link dev.edgewise.policy.FederationConfiguration#validate()} reports every contradiction
 * the real server would refuse, as {@link dev.edgewise.policy.ConfigurationProblem}s.
 *
 * <p>Every decision names the rules that decided it, by a stable {@link
 * dev.edgewise.policy.RuleId}.
 *
 * <pre>{@code
 * OnPremisesConfiguration c = OnPremisesConfiguration.freshInstall();
 * c.validate();   // [] : a fresh install is consistent, and federates with nobody
 * }</pre>
 */
package dev.edgewise.policy;
