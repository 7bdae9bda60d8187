package dev.edgewise.examples;

import dev.edgewise.address.AddressParseException;
import dev.edgewise.address.ContactAddress;
import dev.edgewise.address.Domain;
import dev.edgewise.address.MicrosoftAccount;
import dev.edgewise.address.NameDecoration;
import dev.edgewise.address.SipUri;
import dev.edgewise.core.Modality;
import dev.edgewise.core.contact.ContactEvent;
import dev.edgewise.core.contact.ContactRelationship;
import dev.edgewise.core.contact.Display;
import dev.edgewise.core.contact.Gates;
import dev.edgewise.core.contact.Side;
import dev.edgewise.policy.AccessEdgeConfiguration;
import dev.edgewise.policy.BlockedDomain;
import dev.edgewise.policy.Checklist;
import dev.edgewise.policy.ContactScenario;
import dev.edgewise.policy.Decision;
import dev.edgewise.policy.ExternalAccessEvaluator;
import dev.edgewise.policy.ExternalAccessPolicy;
import dev.edgewise.policy.LocalUser;
import dev.edgewise.policy.OnPremisesConfiguration;
import dev.edgewise.policy.OutboundRequest;
import dev.edgewise.policy.PolicyIdentity;
import dev.edgewise.policy.PublicProvider;
import dev.edgewise.policy.Reason;
import dev.edgewise.policy.RemoteClass;
import dev.edgewise.policy.RuleId;
import dev.edgewise.runbook.Runbook;
import dev.edgewise.runbook.RunbookProblem;
import dev.edgewise.runbook.RunbookResult;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The newcomer's walkthrough: what Edgewise does, one capability per section, printed with the
 * values the library computes. Run it with {@code ./mvnw -B -ntp -pl examples -am -DskipTests
 * compile exec:java}.
 */
public final class Walkthrough {

  private Walkthrough() {}

  /** Prints the walkthrough to standard output. */
  public static void main(String[] args) {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /** Prints the walkthrough to {@code out}. */
  static void run(PrintStream out) {
    out.println("Edgewise walkthrough");
    out.println("====================");
    sipUris(out);
    decoration(out);
    typedContacts(out);
    contactStory(out);
    OnPremisesConfiguration config = contoso();
    decisions(out, config);
    checklist(out);
    storyUnderPolicy(out, config);
    runbook(out);
  }

  private static final SipUri ALICE = SipUri.parse("sip:alice@contoso.com");

  /**
   * The organization of the domain brief's normative examples: federation on, DNS SRV routing,
   * Skype enabled, the global policy allowing federation and public IM but not audio/video, and a
   * per-user policy NoPic (federation only) granted to dave.
   */
  private static OnPremisesConfiguration contoso() {
    return OnPremisesConfiguration.builder()
        .accessEdge(AccessEdgeConfiguration.builder().allowFederatedUsers(true).build())
        .globalPolicy(
            ExternalAccessPolicy.global().toBuilder()
                .enableFederationAccess(true)
                .enablePublicCloudAccess(true)
                .build())
        .addExternalAccessPolicies(
            ExternalAccessPolicy.builder()
                .identity(PolicyIdentity.tag("NoPic"))
                .enableFederationAccess(true)
                .build())
        .addPublicProviders(PublicProvider.skype())
        .addBlockedDomains(BlockedDomain.of(Domain.parse("fabrikam.com")))
        .addSipDomains(Domain.parse("contoso.com"))
        .addSites("Redmond")
        .addUsers(LocalUser.builder().sipUri(ALICE).site("Redmond").build())
        .addUsers(LocalUser.of(SipUri.parse("sip:carol@contoso.com")))
        .addUsers(
            LocalUser.builder()
                .sipUri(SipUri.parse("sip:dave@contoso.com"))
                .externalAccessPolicy("NoPic")
                .build())
        .build();
  }

  private static void decisions(PrintStream out, OnPremisesConfiguration config) {
    heading(out, "5. May this user talk to that party? Decisions with their reasons");
    out.printf("   configuration problems: %s%n", config.validate());
    ExternalAccessEvaluator evaluator = ExternalAccessEvaluator.compile(config);
    SipUri dave = SipUri.parse("sip:dave@contoso.com");
    List<OutboundRequest> requests =
        List.of(
            OutboundRequest.typed(ALICE, "bob@outlook.com", Modality.IM),
            OutboundRequest.typed(ALICE, "bob(northwind.com)@msn.com", Modality.AUDIO),
            OutboundRequest.typed(ALICE, "bob@outlook.com", Modality.FILE_TRANSFER),
            OutboundRequest.typed(ALICE, "bob(fabrikam.com)@msn.com", Modality.IM),
            OutboundRequest.typed(ALICE, "sip:carol@contoso.com", Modality.IM),
            OutboundRequest.typed(ALICE, "bob@gmail.com", Modality.IM),
            OutboundRequest.typed(dave, "bob@outlook.com", Modality.IM));
    for (OutboundRequest request : requests) {
      Decision d = evaluator.evaluate(request);
      out.printf("%n   %s -> %s, %s: %s (%s)%n",
          request.localUser(), request.remote(), request.modality().displayName(), d.effect(),
          d.remoteClass());
      for (Reason r : d.reasons()) {
        out.printf("     %-34s %s%n", r.rule(), r.explanation());
        r.remediation()
            .ifPresent(
                fix -> {
                  out.printf("     %-34s %s%n", "  fix:", fix.command());
                  if (fix.otherUsersAffected() > 0) {
                    out.printf("     %-34s affects %d other user(s)%n", "", fix.otherUsersAffected());
                  }
                  fix.grantAlternative()
                      .ifPresent(g -> out.printf("     %-34s or, for this user only: %s%n", "", g));
                });
      }
    }
  }

  private static void checklist(PrintStream out) {
    heading(out, "6. A fresh install: what must change before alice can reach Skype users");
    OnPremisesConfiguration fresh =
        OnPremisesConfiguration.freshInstall().toBuilder()
            .addSipDomains(Domain.parse("contoso.com"))
            .addUsers(LocalUser.of(ALICE))
            .build();
    Checklist list =
        ExternalAccessEvaluator.compile(fresh).checklist(ALICE, RemoteClass.PUBLIC_PROVIDER_USER);
    for (String command : list.commands()) {
      out.printf("   %s%n", command);
    }
  }

  private static void storyUnderPolicy(PrintStream out, OnPremisesConfiguration config) {
    heading(out, "7. The same story, with the gates computed from the configuration");
    ExternalAccessEvaluator evaluator = ExternalAccessEvaluator.compile(config);
    for (SipUri lyncUser : List.of(ALICE, SipUri.parse("sip:dave@contoso.com"))) {
      out.printf("   %s adds bob@outlook.com:%n", lyncUser);
      List<ContactScenario.Step> steps =
          ContactScenario.play(
              evaluator,
              lyncUser,
              MicrosoftAccount.parse("bob@outlook.com"),
              List.of(
                  ContactEvent.add(Side.LYNC),
                  ContactEvent.accept(Side.SKYPE),
                  ContactEvent.accept(Side.LYNC, true)));
      for (ContactScenario.Step step : steps) {
        printStep(out, step.event().toString(), step.relationship());
      }
    }
  }

  /**
   * The Skype-enabling runbook Microsoft published, as an admin keeps it. The two declarations say
   * what other cmdlets set (the SIP domain, the user); see docs/runbook.md.
   */
  private static final String SKYPE_RUNBOOK =
      """
      # edgewise: SipDomain contoso.com
      # edgewise: User sip:alice@contoso.com
      Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true
      Remove-CsPublicProvider -Identity Messenger
      New-CsPublicProvider -Identity Skype -ProxyFqdn federation.messenger.msn.com -VerificationLevel 2 -Enabled 1
      Set-CsExternalAccessPolicy -Identity Global -EnablePublicCloudAccess $true
      """;

  private static void runbook(PrintStream out) {
    heading(out, "8. The admin's runbook, read one statement at a time, and what 2025 changed");
    out.println("   Each statement is read onto a fresh install with the ones before it; the line under");
    out.println("   it is the answer for alice -> bob@outlook.com, IM, and the rules that decided it.");
    OutboundRequest im = OutboundRequest.typed(ALICE, "bob@outlook.com", Modality.IM);
    StringBuilder script = new StringBuilder();
    RunbookResult read = Runbook.read("");
    for (String line : SKYPE_RUNBOOK.lines().toList()) {
      script.append(line).append('\n');
      if (line.startsWith("#")) {
        continue;
      }
      read = Runbook.read(script.toString());
      Decision d = ExternalAccessEvaluator.compile(read.configuration()).evaluate(im);
      out.printf("%n   %s%n     -> %s %s%n", line, d.effect(), deciding(d));
      for (RunbookProblem warning : read.warnings()) {
        if (warning.line() == script.toString().lines().count()) {
          out.printf("     warning %s%n", warning.kind());
        }
      }
    }
    String retired = "# edgewise: Era SKYPE_INTEROP_RETIRED\n" + script;
    Decision after2025 =
        ExternalAccessEvaluator.compile(Runbook.read(retired).configuration()).evaluate(im);
    out.printf("%n   The same runbook with '# edgewise: Era SKYPE_INTEROP_RETIRED' (from 2025-05-05):%n");
    out.printf("     -> %s %s%n", after2025.effect(), deciding(after2025));
    out.printf("     %s%n", after2025.reasons().get(0).explanation());
  }

  /** The rules that decided: the denying ones for a deny, every one for an allow. */
  private static List<RuleId> deciding(Decision d) {
    return d.reasons().stream()
        .map(Reason::rule)
        .filter(r -> d.isAllowed() || r.kind() == RuleId.Kind.DENY)
        .toList();
  }

  private static void heading(PrintStream out, String title) {
    out.println();
    out.println(title);
    out.println("-".repeat(title.length()));
  }

  private static void sipUris(PrintStream out) {
    heading(out, "1. SIP URIs: every Lync user is one");
    SipUri bob = SipUri.parse("sip:Bob@Contoso.COM;transport=TLS");
    out.printf("   %-40s user=%s host=%s transport=%s%n",
        bob, bob.user().orElse(""), bob.host(), bob.transport().orElse(""));
    out.printf("   canonical form                           %s%n", bob.canonical());
    SipUri plain = SipUri.parse("sip:bob(contoso.com)@msn.com");
    SipUri escaped = SipUri.parse("sip:bob%28contoso.com%29@msn.com");
    out.printf("   %s is equivalent to %s: %s (RFC 3261 19.1.4)%n",
        plain, escaped, plain.isEquivalentTo(escaped));
    for (String bad : List.of("sip:alice@example.com:99999", "sip:alice@exa_mple.com")) {
      try {
        SipUri.parse(bad);
      } catch (AddressParseException e) {
        out.printf("   %-40s rejected: %s at index %d%n", bad, e.kind(), e.index());
      }
    }
  }

  private static void decoration(PrintStream out) {
    heading(out, "2. Microsoft accounts as Lync writes them");
    NameDecoration rules = NameDecoration.defaults();
    out.printf("   routing domain %s, written as they are: %s%n",
        rules.routingDomain(), rules.excludedDomains());
    for (String account : List.of("bob@contoso.com", "Alice@Live.com", "carol@gmail.com")) {
      MicrosoftAccount a = MicrosoftAccount.parse(account);
      SipUri im = rules.encode(a);
      out.printf("   %-18s -> %-34s -> decodes back to %s%n", account, im, rules.decode(im));
    }
  }

  private static void typedContacts(PrintStream out) {
    heading(out, "3. What a person typed into \"Add a contact\"");
    NameDecoration rules = NameDecoration.defaults();
    for (String typed :
        List.of("alice@outlook.com", "bob(fabrikam.com)@msn.com", "sip:erin@northwind.com",
            "bob@contoso.com", "live:bob_1984", "+1 425 555 0100", "bob(@msn.com")) {
      ContactAddress c = ContactAddress.classify(typed, rules);
      out.printf("   %-26s %-16s %s%n", typed, c.getClass().getSimpleName(), c.message());
    }
  }

  private static void contactStory(PrintStream out) {
    heading(out, "4. A Lync user adds a Skype user: what each of them sees (gates given by hand)");
    legend(out);
    out.printf("   %-44s %-18s %-11s %s%n", "step", "Lync shows", "Skype shows", "IM L->S / S->L");
    ContactRelationship r = ContactRelationship.initial(Gates.allClosed());
    printStep(out, "(nothing yet; PIC still being provisioned)", r);
    List<ContactEvent> story =
        List.of(
            ContactEvent.add(Side.LYNC),
            ContactEvent.gatesChanged(Gates.allOpen()),
            ContactEvent.accept(Side.SKYPE),
            ContactEvent.accept(Side.LYNC, true));
    for (ContactEvent e : story) {
      r = r.apply(e).next();
      printStep(out, e.toString(), r);
    }
    out.printf("   group %s, privacy relationship %s%n", r.lyncGroup(), r.privacyRelationship());
  }

  /** How to read section 4's table; a Lync admin should not have to read the code for it. */
  private static void legend(PrintStream out) {
    out.println("   How to read the table (one row per event, L = the Lync user, S = the Skype user):");
    out.println("     add(LYNC)          the Lync user adds the Skype user: a contact request goes out");
    out.println("     accept(SKYPE)      the Skype user accepts it; accept(LYNC) is the Lync user adding");
    out.println("                        the Skype user back");
    out.println("     gates(all open)    the organization's federation settings now let presence and IM");
    out.println("                        through in both directions (here set by hand; section 7 computes");
    out.println("                        them from a configuration); gates(all closed) lets nothing through");
    out.println("     Lync / Skype shows how each client shows the other person: a presence label, or -");
    out.println("                        when the other person is not in the contact list");
    out.println("     +New               the Lync user sees the request on Lync's New tab");
    out.println("     +req               the Skype user sees a contact request");
    out.println("     IM L->S / S->L     whether an IM from the Lync user reaches the Skype user, and back");
    out.println();
  }

  private static void printStep(PrintStream out, String step, ContactRelationship r) {
    out.printf("   %-44s %-18s %-11s %s / %s%n",
        step,
        show(r, Side.LYNC) + (r.isRequestShown(Side.LYNC) ? " +New" : ""),
        show(r, Side.SKYPE) + (r.isRequestShown(Side.SKYPE) ? " +req" : ""),
        r.canDeliverIm(Side.LYNC) ? "yes" : "no",
        r.canDeliverIm(Side.SKYPE) ? "yes" : "no");
  }

  private static String show(ContactRelationship r, Side viewer) {
    return r.display(viewer).map((Display d) -> d.label(viewer)).orElse("-");
  }
}
