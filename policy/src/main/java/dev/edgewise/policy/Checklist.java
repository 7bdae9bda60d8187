package dev.edgewise.policy;

import dev.edgewise.address.Domain;
import dev.edgewise.address.MicrosoftAccount;
import dev.edgewise.address.SipUri;
import dev.edgewise.core.Modality;
import dev.edgewise.policy.internal.eval.CompiledConfiguration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What an admin must change so that a user may reach a kind of party: the enabling steps of
 * public IM connectivity (on-premises: Access Edge federation, the policy in force, the Skype
 * provider, PIC provisioning; Office 365: External Access and Public IM Connectivity), computed by
 * the evaluator's own gates, not by a second set of rules.
 *
 * <p>A checklist evaluates one representative outbound request and keeps its denying reasons as
 * steps, in gate order; each step's {@link Reason#remediation()} is the cmdlet, where one exists.
 * Steps without a cmdlet (PIC provisioning at Microsoft's portal, a modality the provider does not
 * carry, an undeclared user) make the checklist not {@linkplain #isAchievable() achievable} by
 * configuration alone. The representative of each class:
 *
 * <ul>
 *   <li>{@link RemoteClass#PUBLIC_PROVIDER_USER}: the Skype user with the Microsoft account
 *       {@code skype.user@example.com}, decorated under the provider's routing domain, so that a
 *       blocked routing domain shows up as a step;
 *   <li>{@link RemoteClass#FEDERATED}: a user of a domain already on the allowed list, if there is
 *       one, else of {@code example.com} (whose allowed-list step then names example.com: put the
 *       partner's domain in its place);
 *   <li>{@link RemoteClass#HOSTED}: a user of the first domain a hosting provider hosts;
 *   <li>{@link RemoteClass#INTERNAL}: a user of the organization's first SIP domain.
 * </ul>
 *
 * <pre>{@code
 * Checklist list = evaluator.checklist(SipUri.parse("sip:alice@contoso.com"),
 *     RemoteClass.PUBLIC_PROVIDER_USER);
 * list.isSatisfied();   // false on a fresh install
 * list.commands();
 * // [Set-CsAccessEdgeConfiguration -AllowFederatedUsers $True,
 * //  Remove-CsPublicProvider -Identity MSN; New-CsPublicProvider -Identity Skype ...,
 * //  Set-CsExternalAccessPolicy -Identity Global -EnablePublicCloudAccess $True]
 * }</pre>
 */
public final class Checklist {

  private static final Domain EXAMPLE = Domain.parse("example.com");

  private final SipUri localUser;
  private final RemoteClass remoteClass;
  private final Modality modality;
  private final List<Reason> steps;

  private Checklist(
      SipUri localUser, RemoteClass remoteClass, Modality modality, List<Reason> steps) {
    this.localUser = localUser;
    this.remoteClass = remoteClass;
    this.modality = modality;
    this.steps = List.copyOf(steps);
  }

  static Checklist forClass(
      ExternalAccessEvaluator ev,
      CompiledConfiguration config,
      SipUri localUser,
      RemoteClass remoteClass,
      Modality modality) {
    RemoteParty remote;
    switch (remoteClass) {
      case PUBLIC_PROVIDER_USER:
        remote = RemoteParty.of(MicrosoftAccount.parse("skype.user@example.com"));
        break;
      case FEDERATED:
        remote = user("partner.user", config.admittedPartnerDomain().orElse(EXAMPLE));
        break;
      case HOSTED:
        Optional<Domain> hosted = config.firstHostedDomain();
        if (hosted.isEmpty()) {
          return new Checklist(
              localUser,
              remoteClass,
              modality,
              List.of(
                  new Reason(
                      RuleId.PROVIDER_MISSING,
                      "HostingProvider",
                      "the hosting providers (Get-CsHostingProvider)",
                      "No hosting provider is declared, so no party is hosted: create one with"
                          + " New-CsHostingProvider and declare the domains it hosts.",
                      Optional.empty())));
        }
        remote = user("hosted.user", hosted.get());
        break;
      case INTERNAL:
        remote = user("colleague", config.firstSipDomain().orElse(EXAMPLE));
        break;
      case XMPP_PARTNER:
        remote =
            RemoteParty.notModelled(
                RemoteParty.Unmodelled.Kind.XMPP_PARTNER,
                "partner.user@" + config.firstXmppDomain().orElse(EXAMPLE));
        break;
      case ANONYMOUS:
        // Anonymous users join meetings and nothing else: the steps are those of a meeting join.
        return fromDecision(
            localUser, remoteClass, modality, ev.evaluate(MeetingJoinRequest.anonymous(localUser)));
      case REMOTE_USER:
        // The user's own sign-in from the Internet, whatever the modality.
        return fromDecision(localUser, remoteClass, modality, ev.evaluate(SignInRequest.of(localUser)));
      case TEAMS_CONSUMER:
        remote = RemoteParty.teamsConsumer(MicrosoftAccount.parse("teams.user@example.com"));
        break;
      case NOT_MODELLED:
      default:
        remote =
            RemoteParty.notModelled(RemoteParty.Unmodelled.Kind.XMPP_PARTNER, "an XMPP partner");
        break;
    }
    OutboundRequest request = new OutboundRequest(localUser, remote, modality);
    return of(request, ev.evaluate(request)).withClass(remoteClass);
  }

  private static Checklist fromDecision(
      SipUri localUser, RemoteClass remoteClass, Modality modality, Decision decision) {
    return new Checklist(
        localUser, remoteClass, modality, decision.isAllowed() ? List.of() : decision.reasons());
  }

  static Checklist of(OutboundRequest request, Decision decision) {
    List<Reason> steps = decision.isAllowed() ? List.of() : decision.reasons();
    return new Checklist(request.localUser(), decision.remoteClass(), request.modality(), steps);
  }

  private Checklist withClass(RemoteClass cls) {
    return cls == remoteClass ? this : new Checklist(localUser, cls, modality, steps);
  }

  private static RemoteParty user(String name, Domain domain) {
    return RemoteParty.of(SipUri.builder().user(name).host(domain.toString()).build());
  }

  /** Returns the user the checklist is for. */
  public SipUri localUser() {
    return localUser;
  }

  /** Returns the kind of party the checklist is about. */
  public RemoteClass remoteClass() {
    return remoteClass;
  }

  /** Returns the modality the checklist is about. */
  public Modality modality() {
    return modality;
  }

  /** Returns what must change, in gate order: the denying reasons; empty when already allowed. */
  public List<Reason> steps() {
    return steps;
  }

  /** Returns whether nothing must change. */
  public boolean isSatisfied() {
    return steps.isEmpty();
  }

  /** Returns whether every step has a cmdlet, so that configuration alone can allow it. */
  public boolean isAchievable() {
    for (Reason r : steps) {
      if (r.remediation().isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** Returns the distinct commands of the steps, in order: a script an admin can review. */
  public List<String> commands() {
    Set<String> commands = new LinkedHashSet<>();
    for (Reason r : steps) {
      r.remediation().ifPresent(fix -> commands.add(fix.command()));
    }
    return List.copyOf(new ArrayList<>(commands));
  }

  /** Returns the checklist as lines, one per step, for logs. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    b.append("Checklist for ")
        .append(localUser)
        .append(" -> ")
        .append(remoteClass)
        .append(" (")
        .append(modality.displayName())
        .append(')');
    if (steps.isEmpty()) {
      return b.append(": nothing to change").toString();
    }
    for (Reason r : steps) {
      b.append("\n- ").append(r.rule()).append(": ").append(r.explanation());
      r.remediation().ifPresent(fix -> b.append("\n  ").append(fix.command()));
    }
    return b.toString();
  }
}
