package dev.edgewise.policy;

import dev.edgewise.address.SipUri;
import dev.edgewise.core.Modality;
import dev.edgewise.policy.internal.eval.AllowDenyAnswer;
import dev.edgewise.policy.internal.eval.Ask;
import dev.edgewise.policy.internal.eval.ClientGates;
import dev.edgewise.policy.internal.eval.CompiledConfiguration;
import dev.edgewise.policy.internal.eval.Explainer;
import dev.edgewise.policy.internal.eval.GateOutcome;
import dev.edgewise.policy.internal.eval.Gates;
import dev.edgewise.policy.internal.eval.Party;
import dev.edgewise.policy.internal.eval.PartyReader;
import dev.edgewise.policy.internal.eval.RemediationCatalog;
import dev.edgewise.policy.internal.eval.Verdicts;
import java.util.List;
import java.util.function.BiConsumer;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Answers "may this user talk to that party, and if not, why not and what would change it?" for
 * one compiled {@link FederationConfiguration}, exactly as the gate table in the repository's
 * {@code docs/policy.md} decides, and explains every answer. {@link #isAllowed(OutboundRequest)}
 * gives the same answer by the same gates without the explanation.
 *
 * <p>{@link #compile} validates the configuration once (a configuration with errors is refused
 * with an {@link InvalidConfigurationException} carrying all of them) and builds hash look-ups
 * for domains, providers, users and their effective policies, so that {@link
 * #evaluate(OutboundRequest)} and {@link #evaluate(InboundRequest)} cost time proportional to the
 * length of the names asked about, not to the size of the lists. A compiled evaluator is immutable
 * and may be shared between threads.
 *
 * <p>How a request is decided:
 *
 * <ol>
 *   <li>The remote party is classified ({@code docs/policy.md}, "The remote party"): the organization's own SIP domains
 *       ({@link RemoteClass#INTERNAL}); a public provider's routing or excluded domains, or a
 *       decorated address {@code local(domain)@routing-domain} ({@link
 *       RemoteClass#PUBLIC_PROVIDER_USER}); a domain a hosting provider hosts ({@link
 *       RemoteClass#HOSTED}); a declared XMPP partner's domain ({@link
 *       RemoteClass#XMPP_PARTNER}); any other domain ({@link RemoteClass#FEDERATED}); anonymous
 *       users ({@link RemoteClass#ANONYMOUS}, who join meetings only); Skype names, phone numbers,
 *       IP hosts and text that is no address ({@link RemoteClass#NOT_MODELLED}). Remote sign-in
 *       ({@link SignInRequest}) and meetings ({@link MeetingJoinRequest}) have requests of their
 *       own.
 *   <li>Every gate that applies to that class and platform is evaluated, in table order, without
 *       stopping at the first denial. A local user the configuration does not declare is denied
 *       ({@link RuleId#UNKNOWN_LOCAL_USER}) and the policy gates are skipped for them, since no
 *       policy is in force for an unknown user; the other gates are still reported.
 *   <li>Any denying gate denies, and the decision lists every one, each with the setting and the
 *       object that decided it and, where an admin change would flip it, the cmdlet that targets
 *       the object actually in force, how many other users it affects, and a narrower {@code
 *       Grant-CsExternalAccessPolicy} where one exists. Otherwise the request is allowed only if a
 *       gate positively admitted the remote party (internal, allowed or discovered domain, all
 *       known domains, hosting or public provider); failing that, {@link RuleId#DEFAULT_DENY}.
 * </ol>
 *
 * <p>Where the table is silent the evaluator follows these readings, each stated in its reason:
 * partner discovery admits a domain only with DNS SRV routing (it needs DNS SRV to find the
 * partner); an unmarked message from an allowed domain at {@code UseSourceVerification} is
 * treated as unverifiable, as one from a discovered partner is; online, the blocked list is
 * ignored in allow-list mode for every class, and the public provider must be present and enabled
 * as on-premises.
 *
 * <pre>{@code
 * OnPremisesConfiguration config = OnPremisesConfiguration.builder()
 *     .accessEdge(AccessEdgeConfiguration.builder().allowFederatedUsers(true).build())
 *     .globalPolicy(ExternalAccessPolicy.global().toBuilder()
 *         .enableFederationAccess(true).enablePublicCloudAccess(true).build())
 *     .addExternalAccessPolicies(ExternalAccessPolicy.builder()
 *         .identity(PolicyIdentity.tag("NoPic")).enableFederationAccess(true).build())
 *     .addPublicProviders(PublicProvider.skype())
 *     .addSipDomains(Domain.parse("contoso.com"))
 *     .addUsers(LocalUser.builder().sipUri(SipUri.parse("sip:alice@contoso.com"))
 *         .externalAccessPolicy("NoPic").build())
 *     .addUsers(LocalUser.of(SipUri.parse("sip:carol@contoso.com")))
 *     .build();
 * ExternalAccessEvaluator evaluator = ExternalAccessEvaluator.compile(config);
 *
 * Decision d = evaluator.evaluate(OutboundRequest.typed(
 *     SipUri.parse("sip:alice@contoso.com"), "bob@outlook.com", Modality.IM));
 * d.effect();        // DENY
 * d.remoteClass();   // PUBLIC_PROVIDER_USER
 * Reason r = d.reasons().get(0);
 * r.rule();          // POLICY_PUBLIC_OFF
 * r.decidedBy();     // "ExternalAccessPolicy Tag:NoPic, per-user scope, granted to sip:alice@contoso.com"
 * r.remediation().orElseThrow().command();
 *                    // "Set-CsExternalAccessPolicy -Identity Tag:NoPic -EnablePublicCloudAccess $True"
 * r.remediation().orElseThrow().grantAlternative();
 *                    // Optional["Grant-CsExternalAccessPolicy -Identity sip:alice@contoso.com -PolicyName $Null"]
 *
 * evaluator.evaluate(OutboundRequest.of(SipUri.parse("sip:carol@contoso.com"),
 *     MicrosoftAccount.parse("bob@fabrikam.com"), Modality.IM)).isAllowed();   // true
 * }</pre>
 */
public final class ExternalAccessEvaluator {

  private final FederationConfiguration configuration;
  private final CompiledConfiguration compiled;
  private final PartyReader reader;
  private final Gates gates;
  private final Explainer explainer;
  private final AllowDenyAnswer answer;

  // Bound once: a method reference to a field's method is a new object at every evaluation.
  private final BiConsumer<Ask, Verdicts> everyGate;

  private ExternalAccessEvaluator(FederationConfiguration c, CompiledConfiguration compiled) {
    this.configuration = c;
    this.compiled = compiled;
    this.reader = new PartyReader(compiled);
    this.gates = new Gates(compiled);
    this.explainer = Explainer.of(compiled, new RemediationCatalog(compiled));
    this.answer = new AllowDenyAnswer(compiled, reader, gates);
    this.everyGate = gates::run;
  }

  /**
   * Validates and compiles a configuration. Warnings are accepted; errors are not.
   *
   * <pre>{@code
   * ExternalAccessEvaluator ev = ExternalAccessEvaluator.compile(config);
   * }</pre>
   *
   * @throws InvalidConfigurationException carrying every error, if the configuration has any
   */
  public static ExternalAccessEvaluator compile(FederationConfiguration configuration) {
    configuration.requireValid();
    return new ExternalAccessEvaluator(configuration, ((ConfigurationMembers) configuration).compiled());
  }

  /** Returns the configuration this evaluator was compiled from. */
  public FederationConfiguration configuration() {
    return configuration;
  }

  /**
   * Decides a request the organization's user initiates.
   *
   * <pre>{@code
   * Decision d = ev.evaluate(OutboundRequest.of(alice, SipUri.parse("sip:bob@outlook.com"), Modality.IM));
   * }</pre>
   */
  public Decision evaluate(OutboundRequest request) {
    return decide(ask(request.localUser(), request.remote(), request.modality(), null));
  }

  /**
   * Decides a request an external party initiates: the recipient's policy, the arrival route,
   * the sender's place on the recipient's contact list and the verification mark are consulted
   * where the gate table says. When the request carries the {@linkplain
   * InboundRequest#recipientClient() recipient's client}, the decision also carries the client's
   * verdict ({@link Decision#clientVerdict()}); the effect stays the server's.
   *
   * <pre>{@code
   * Decision d = ev.evaluate(InboundRequest.builder()
   *     .remote(RemoteParty.of(SipUri.parse("sip:bob@outlook.com"))).localUser(alice)
   *     .modality(Modality.IM).arrival(Arrival.viaPublicProvider("Skype")).build());
   * }</pre>
   */
  public Decision evaluate(InboundRequest request) {
    Decision server = decide(ask(request.localUser(), request.remote(), request.modality(), request));
    return ClientGates.attach(server, request, compiled);
  }

  /**
   * Answers only whether {@link #evaluate(OutboundRequest)} would allow the request, by the same
   * gates, without building reasons: for an edge proxy that asks per message and explains only
   * on a denial.
   *
   * <pre>{@code
   * if (!ev.isAllowed(request)) {
   *   log.info(ev.evaluate(request).reasons().toString());
   * }
   * }</pre>
   */
  public boolean isAllowed(OutboundRequest request) {
    return answer(request.localUser(), request.remote(), request.modality(), null);
  }

  /**
   * Answers only whether {@link #evaluate(InboundRequest)} would allow the request, by the same
   * gates, without building reasons.
   *
   * <pre>{@code
   * boolean deliver = ev.isAllowed(inbound);
   * }</pre>
   */
  public boolean isAllowed(InboundRequest request) {
    return answer(request.localUser(), request.remote(), request.modality(), request);
  }

  /**
   * Decides whether the organization's user may sign in from the Internet (remote access): the
   * Access Edge's {@code AllowOutsideUsers} and the user's effective {@code EnableOutsideAccess}.
   * The decision's class is {@link RemoteClass#REMOTE_USER}.
   *
   * <pre>{@code
   * ev.evaluate(SignInRequest.of(alice)).hasRule(RuleId.POLICY_OUTSIDE_OFF);
   * }</pre>
   */
  public Decision evaluate(SignInRequest request) {
    return decide(signInAsk(request), gates::signIn);
  }

  /**
   * Answers only whether {@link #evaluate(SignInRequest)} would allow the sign-in.
   *
   * <pre>{@code
   * boolean remote = ev.isAllowed(SignInRequest.of(alice));
   * }</pre>
   */
  public boolean isAllowed(SignInRequest request) {
    return answer(signInAsk(request), gates::signIn);
  }

  /**
   * Decides whether a participant may join a meeting the organization's user organized; see
   * {@link MeetingJoinRequest}.
   *
   * <pre>{@code
   * ev.evaluate(MeetingJoinRequest.anonymous(alice)).reasons();
   * }</pre>
   */
  public Decision evaluate(MeetingJoinRequest request) {
    return decide(meetingAsk(request), gates::meeting);
  }

  /**
   * Answers only whether {@link #evaluate(MeetingJoinRequest)} would allow the join.
   *
   * <pre>{@code
   * boolean join = ev.isAllowed(MeetingJoinRequest.anonymous(alice));
   * }</pre>
   */
  public boolean isAllowed(MeetingJoinRequest request) {
    return answer(meetingAsk(request), gates::meeting);
  }

  private Ask signInAsk(SignInRequest r) {
    return new Ask(
        r.localUser(), compiled.userEntry(r.localUser()), reader.signIn(r.localUser()), Modality.IM, null);
  }

  private Ask meetingAsk(MeetingJoinRequest r) {
    return ask(r.organizer(), r.participant(), Modality.IM, null);
  }

  /**
   * Returns what an admin must change so that {@code localUser} may reach parties of {@code
   * remoteClass} by IM; see {@link Checklist}.
   *
   * <pre>{@code
   * ev.checklist(alice, RemoteClass.PUBLIC_PROVIDER_USER).commands();
   * }</pre>
   */
  public Checklist checklist(SipUri localUser, RemoteClass remoteClass) {
    return Checklist.forClass(this, compiled, localUser, remoteClass, Modality.IM);
  }

  /**
   * Returns what an admin must change so that {@code localUser} may reach parties of {@code
   * remoteClass} with {@code modality}; see {@link Checklist}.
   *
   * <pre>{@code
   * ev.checklist(alice, RemoteClass.PUBLIC_PROVIDER_USER, Modality.AUDIO).steps();
   * }</pre>
   */
  public Checklist checklist(SipUri localUser, RemoteClass remoteClass, Modality modality) {
    return Checklist.forClass(this, compiled, localUser, remoteClass, modality);
  }

  /**
   * Returns what an admin must change so that this exact request is allowed; see {@link
   * Checklist}.
   *
   * <pre>{@code
   * ev.checklist(OutboundRequest.of(alice, SipUri.parse("sip:erin@northwind.com"), Modality.IM));
   * }</pre>
   */
  public Checklist checklist(OutboundRequest request) {
    return Checklist.of(request, evaluate(request));
  }

  private Ask ask(SipUri localUser, RemoteParty remote, Modality modality, @Nullable InboundRequest in) {
    Party party = reader.read(remote);
    return new Ask(localUser, compiled.userEntry(localUser), party, modality, in);
  }

  private boolean answer(
      SipUri localUser, RemoteParty remote, Modality modality, @Nullable InboundRequest in) {
    return answer.isAllowed(localUser, remote, modality, in);
  }

  private boolean answer(Ask a, BiConsumer<Ask, Verdicts> route) {
    Verdicts.Tally tally = new Verdicts.Tally();
    route.accept(a, tally);
    return tally.isAllowed();
  }

  private Decision decide(Ask a) {
    return decide(a, everyGate);
  }

  private Decision decide(Ask a, BiConsumer<Ask, Verdicts> route) {
    Verdicts.Trail record = new Verdicts.Trail();
    route.accept(a, record);
    List<GateOutcome> outcomes = record.outcomes();
    int denials = 0;
    boolean admitted = false;
    for (int i = 0; i < outcomes.size(); i++) {
      RuleId.Kind kind = outcomes.get(i).rule().kind();
      denials += kind == RuleId.Kind.DENY ? 1 : 0;
      admitted |= kind == RuleId.Kind.ADMIT;
    }
    boolean denied = denials > 0;
    // Only what the decision shows is worded: a denial shows its denying gates alone. The array
    // is sized exactly, so List.of copies it once and Decision keeps that list as it is.
    Reason[] shown = new Reason[denied ? denials : outcomes.size()];
    int n = 0;
    for (int i = 0; i < outcomes.size(); i++) {
      GateOutcome o = outcomes.get(i);
      if (!denied || o.rule().kind() == RuleId.Kind.DENY) {
        shown[n++] = explainer.reason(o, a);
      }
    }
    return denied
        ? combine(a.party().remoteClass(), List.of(), admitted, List.of(shown))
        : combine(a.party().remoteClass(), List.of(shown), admitted, List.of());
  }

  /** Combines gate outcomes: any denial denies; no positive admission denies by default. */
  static Decision combine(
      RemoteClass cls, List<Reason> allows, boolean permitted, List<Reason> denies) {
    if (!denies.isEmpty()) {
      return new Decision(Effect.DENY, cls, denies);
    }
    if (!permitted) {
      return new Decision(Effect.DENY, cls, List.of(Explainer.defaultDeny()));
    }
    return new Decision(Effect.ALLOW, cls, allows);
  }
}
