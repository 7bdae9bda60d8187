package dev.edgewise.examples;

import dev.edgewise.address.AddressParseException;
import dev.edgewise.address.ContactAddress;
import dev.edgewise.address.MicrosoftAccount;
import dev.edgewise.address.NameDecoration;
import dev.edgewise.address.SipUri;
import dev.edgewise.core.Modality;
import dev.edgewise.core.contact.ClientSettings;
import dev.edgewise.core.contact.ContactEvent;
import dev.edgewise.core.contact.PresenceStatus;
import dev.edgewise.core.contact.PrivacyRelationship;
import dev.edgewise.core.contact.Side;
import dev.edgewise.policy.Arrival;
import dev.edgewise.policy.Checklist;
import dev.edgewise.policy.ContactScenario;
import dev.edgewise.policy.Decision;
import dev.edgewise.policy.ExternalAccessEvaluator;
import dev.edgewise.policy.FederationConfiguration;
import dev.edgewise.policy.InboundRequest;
import dev.edgewise.policy.MeetingJoinRequest;
import dev.edgewise.policy.OutboundRequest;
import dev.edgewise.policy.RecipientClient;
import dev.edgewise.policy.RemoteClass;
import dev.edgewise.policy.RemoteParty;
import dev.edgewise.policy.SignInRequest;
import dev.edgewise.runbook.Runbook;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The newcomer's walkthrough: the story of the Lync-Skype connectivity articles told with real
 * calls. Fabrikam runs Lync on-premises with federation off; its admin runs Microsoft's runbook
 * one statement at a time; the Office 365 variant does the same in a tenant; alice adds bob, a
 * Skype user whose Microsoft account is his work address at Contoso; audio and video change
 * across the eras; in 2025 Skype consumer interop ends and Teams consumers take its place; and the
 * rest of the surface an admin asks about (remote sign-in, meetings, XMPP, the recipient's client).
 *
 * <p>Run it with {@code ./mvnw -B -ntp -pl examples -am -DskipTests compile exec:java}. Its
 * output is committed as {@code examples/src/test/resources/dev/edgewise/examples/walkthrough.txt}
 * and compared by a test; the README has the command that regenerates it.
 */
public final class Walkthrough {

  private Walkthrough() {}

  /** Prints the walkthrough to standard output. */
  public static void main(String[] args) {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  static final SipUri ALICE = SipUri.parse("sip:alice@fabrikam.com");
  static final String BOB = "bob(contoso.com)@msn.com";
  static final String CAROL = "carol@outlook.com";

  /** Who Fabrikam is: declarations, since no cmdlet sets its SIP domain or users. */
  static final List<String> FABRIKAM =
      List.of(
          "# edgewise: Product LYNC_SERVER_2013_CU5",
          "# edgewise: Era PIC_PROVISIONING",
          "# edgewise: SipDomain fabrikam.com",
          "# edgewise: User sip:alice@fabrikam.com");

  /** Prints the walkthrough to {@code out}. */
  static void run(PrintStream out) {
    out.println("Edgewise walkthrough: Fabrikam's Lync users meet Skype users");
    out.println("============================================================");
    Printer p = new Printer(out);
    p.notation();
    FederationConfiguration off = federationOff(p);
    FederationConfiguration onPremises = adminRunbook(p, off);
    office365(p);
    bobsAddress(p, onPremises);
    contactRequests(p, onPremises);
    audioAndVideo(p);
    retirement(p);
    wholeSurface(p);
  }

  private static FederationConfiguration federationOff(Printer p) {
    p.heading(
        "1. Fabrikam runs Lync Server 2013 on-premises, and federation is off",
        "A fresh install: the Access Edge keeps everyone outside out. Can alice reach a Skype user?");
    FederationConfiguration fresh = Runbook.read(String.join("\n", FABRIKAM)).configuration();
    ExternalAccessEvaluator ev = ExternalAccessEvaluator.compile(fresh);
    p.decision(ev.evaluate(OutboundRequest.typed(ALICE, CAROL, Modality.IM)), "alice -> " + CAROL, true);
    p.line("");
    p.line("What must change first, as commands (Checklist):");
    Checklist list = ev.checklist(ALICE, RemoteClass.PUBLIC_PROVIDER_USER);
    for (String command : list.commands()) {
      p.line("  " + command);
    }
    return fresh;
  }

  /** Microsoft's Skype-enabling runbook for Lync Server 2013 CU5, and the 30-day wait. */
  static final List<String> ENABLING_STEPS =
      List.of(
          "Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true",
          "Remove-CsPublicProvider -Identity Messenger",
          "New-CsPublicProvider -Identity Skype -ProxyFqdn federation.messenger.msn.com"
              + " -VerificationLevel 2 -Enabled 1",
          "Set-CsExternalAccessPolicy -Identity Global -EnablePublicCloudAccess $true",
          "# edgewise: PicProvisioning fabrikam.com IN_PROGRESS",
          "# edgewise: PicProvisioning fabrikam.com ACTIVATED");

  private static FederationConfiguration adminRunbook(Printer p, FederationConfiguration fresh) {
    p.heading(
        "2. The admin runs Microsoft's runbook, one statement at a time",
        "Each line is read onto the configuration the lines before it left; under it, the answer for"
            + " alice -> " + CAROL + ", IM.");
    OutboundRequest im = OutboundRequest.typed(ALICE, CAROL, Modality.IM);
    StringBuilder script = new StringBuilder(String.join("\n", FABRIKAM)).append('\n');
    FederationConfiguration c = fresh;
    for (String step : ENABLING_STEPS) {
      script.append(step).append('\n');
      c = Runbook.read(script.toString()).configuration();
      p.line("");
      p.line(step);
      p.verdict(ExternalAccessEvaluator.compile(c).evaluate(im));
    }
    p.line("");
    p.line("The provisioning request (up to 30 days) is a fact the runbook declares, not a cmdlet:");
    p.line("Microsoft activates the SIP domain; until then every public IM request is refused.");
    return c;
  }

  private static void office365(Printer p) {
    p.heading(
        "3. The Office 365 variant: the same two switches in the Lync admin center",
        "External access \"on except for blocked domains\" and public IM connectivity, as cmdlets.");
    List<String> tenant =
        List.of(
            "# edgewise: Product SKYPE_FOR_BUSINESS_ONLINE",
            "# edgewise: Era PIC_PROVISIONING",
            "# edgewise: SipDomain fabrikam.com",
            "# edgewise: User sip:alice@fabrikam.com");
    List<String> steps =
        List.of(
            "Set-CsTenantFederationConfiguration -AllowFederatedUsers $false -AllowPublicUsers $false",
            "Set-CsTenantFederationConfiguration -AllowFederatedUsers $true",
            "Set-CsTenantFederationConfiguration -AllowPublicUsers $true");
    OutboundRequest im = OutboundRequest.typed(ALICE, CAROL, Modality.IM);
    StringBuilder script = new StringBuilder(String.join("\n", tenant)).append('\n');
    p.line("The first line puts the tenant where the articles found it, both switches off.");
    for (String step : steps) {
      script.append(step).append('\n');
      p.line("");
      p.line(step);
      p.verdict(ExternalAccessEvaluator.compile(read(script)).evaluate(im));
    }
  }

  private static void bobsAddress(Printer p, FederationConfiguration c) {
    p.heading(
        "4. Bob's Skype account is his work address, bob@contoso.com",
        "Lync adds a Microsoft account outside live.com, hotmail.com, outlook.com and msn.com as"
            + " name(domain)@msn.com.");
    NameDecoration rules = NameDecoration.defaults();
    for (String typed :
        List.of("bob@contoso.com", BOB, CAROL, "sip:erin@northwind.com", "live:bob_1984", "bob(@msn.com")) {
      ContactAddress a = ContactAddress.classify(typed, rules);
      p.line(String.format("%-26s %-17s %s", typed, a.getClass().getSimpleName(), a.message()));
    }
    p.line("");
    MicrosoftAccount bob = MicrosoftAccount.parse("bob@contoso.com");
    SipUri im = rules.encode(bob);
    p.line("encode(bob@contoso.com)            = " + im);
    p.line("decode(" + im + ") = " + rules.decode(im));
    SipUri escaped = SipUri.parse("sip:bob%28contoso.com%29@msn.com");
    p.line(escaped + " is the same user (RFC 3261 19.1.4): " + im.isEquivalentTo(escaped));
    try {
      SipUri.parse("sip:bob@contoso.com:99999");
    } catch (AddressParseException e) {
      p.line("sip:bob@contoso.com:99999 is refused: " + e.kind() + " at index " + e.index());
    }
    p.line("");
    ExternalAccessEvaluator ev = ExternalAccessEvaluator.compile(c);
    p.decision(ev.evaluate(OutboundRequest.typed(ALICE, BOB, Modality.IM)), "alice -> " + BOB, false);
    p.decision(
        ev.evaluate(OutboundRequest.typed(ALICE, "bob@contoso.com", Modality.IM)),
        "alice -> bob@contoso.com (typed without the decoration)",
        true);
  }

  private static void contactRequests(Printer p, FederationConfiguration c) {
    p.heading(
        "5. Alice adds bob: the contact request, and what each of them sees",
        "Presence and IM flow only once both have accepted; the gates come from the configuration.");
    p.contactLegend();
    ExternalAccessEvaluator ev = ExternalAccessEvaluator.compile(c);
    MicrosoftAccount bob = MicrosoftAccount.parse("bob@contoso.com");
    p.line("alice adds bob, bob accepts, alice's Lync adds him back:");
    p.steps(
        ContactScenario.play(
            ev,
            ALICE,
            bob,
            List.of(
                ContactEvent.add(Side.LYNC),
                ContactEvent.accept(Side.SKYPE),
                ContactEvent.accept(Side.LYNC, true))));
    p.line("");
    p.line("bob adds alice first; she accepts from the New tab, which asks bob back, and he accepts:");
    List<ContactEvent> reciprocal =
        List.of(
            ContactEvent.add(Side.SKYPE),
            ContactEvent.accept(Side.LYNC, true),
            ContactEvent.accept(Side.SKYPE));
    p.steps(ContactScenario.play(ev, ALICE, bob, reciprocal));
  }

  private static void audioAndVideo(Printer p) {
    p.heading(
        "6. Audio and video across the eras",
        "At launch (May 2013) Skype carried IM, presence and audio; video followed; after 2019 no"
            + " provisioning.");
    OutboundRequest audio = OutboundRequest.typed(ALICE, BOB, Modality.AUDIO);
    OutboundRequest video = OutboundRequest.typed(ALICE, BOB, Modality.VIDEO);
    StringBuilder script = enabled("# edgewise: Capabilities Skype IM,PRESENCE,AUDIO");
    p.line("");
    p.line("2013, the runbook of section 2 (the policy leaves audio and video off):");
    p.verdict("audio", ExternalAccessEvaluator.compile(read(script)).evaluate(audio));
    script.append("Set-CsExternalAccessPolicy -Identity Global -EnablePublicCloudAudioVideoAccess $true\n");
    p.line("");
    p.line("Set-CsExternalAccessPolicy -Identity Global -EnablePublicCloudAudioVideoAccess $true");
    ExternalAccessEvaluator launch = ExternalAccessEvaluator.compile(read(script));
    p.verdict("audio", launch.evaluate(audio));
    p.verdict("video", launch.evaluate(video));
    script.append("# edgewise: Capabilities Skype IM,PRESENCE,AUDIO,VIDEO\n");
    p.line("");
    p.line("When Skype added video (declared: # edgewise: Capabilities Skype IM,PRESENCE,AUDIO,VIDEO)");
    p.verdict("video", ExternalAccessEvaluator.compile(read(script)).evaluate(video));
    String dnsSrv = script.toString().replace("Era PIC_PROVISIONING", "Era DNS_SRV_DISCOVERY");
    p.line("");
    p.line("After 2019-08-15 (# edgewise: Era DNS_SRV_DISCOVERY): no provisioning; DNS SRV routing");
    p.verdict("video", ExternalAccessEvaluator.compile(Runbook.read(dnsSrv).configuration()).evaluate(video));
  }

  private static void retirement(Printer p) {
    p.heading(
        "7. What changed in 2025",
        "From 2025-05-05 Skype consumer interop is retired: no setting brings public IM back.");
    StringBuilder script = enabled("");
    String retired = script.toString().replace("Era PIC_PROVISIONING", "Era SKYPE_INTEROP_RETIRED");
    ExternalAccessEvaluator ev = ExternalAccessEvaluator.compile(Runbook.read(retired).configuration());
    p.decision(ev.evaluate(OutboundRequest.typed(ALICE, BOB, Modality.IM)), "alice -> " + BOB, true);
    p.line("");
    p.line("A Teams-era tenant reaches bob as a Teams consumer (an unmanaged Teams account) instead:");
    StringBuilder tenant =
        new StringBuilder(
            """
            # edgewise: Product TEAMS_TENANT
            # edgewise: Era SKYPE_INTEROP_RETIRED
            # edgewise: SipDomain fabrikam.com
            # edgewise: User sip:alice@fabrikam.com
            """);
    RemoteParty teamsBob = RemoteParty.teamsConsumer(MicrosoftAccount.parse("bob@contoso.com"));
    OutboundRequest out = new OutboundRequest(ALICE, teamsBob, Modality.IM);
    InboundRequest in =
        InboundRequest.builder()
            .remote(teamsBob)
            .localUser(ALICE)
            .modality(Modality.IM)
            .arrival(Arrival.defaultRoute())
            .build();
    ExternalAccessEvaluator teams = ExternalAccessEvaluator.compile(read(tenant));
    p.verdict("alice -> bob as a Skype user", teams.evaluate(OutboundRequest.typed(ALICE, BOB, Modality.IM)));
    p.verdict("alice -> bob on Teams", teams.evaluate(out));
    p.verdict("bob on Teams -> alice", teams.evaluate(in));
    String step = "Set-CsTenantFederationConfiguration -AllowTeamsConsumerInbound $false";
    tenant.append(step).append('\n');
    ExternalAccessEvaluator closed = ExternalAccessEvaluator.compile(read(tenant));
    p.line("");
    p.line(step);
    p.verdict("alice -> bob on Teams", closed.evaluate(out));
    p.verdict("bob on Teams -> alice", closed.evaluate(in));
    p.line("");
    p.line("The tenant shares fabrikam.com with the on-premises servers, where dan is still homed;");
    p.line("only the users the tenant declares are online, so dan is reached over federation:");
    SipUri dan = SipUri.parse("sip:dan@fabrikam.com");
    for (String change :
        List.of(
            "Set-CsTenantFederationConfiguration -SharedSipAddressSpace $true",
            "Set-CsTenantFederationConfiguration -AllowFederatedUsers $false")) {
      tenant.append(change).append('\n');
      p.line(change);
      p.verdict("alice -> dan", ExternalAccessEvaluator.compile(read(tenant))
          .evaluate(OutboundRequest.of(ALICE, dan, Modality.IM)));
    }
  }

  private static void wholeSurface(Printer p) {
    p.heading(
        "8. Everything else an admin asks in the same breath",
        "Sign-in from home, outsiders in alice's meetings, an XMPP partner, and what alice's client"
            + " shows.");
    FederationConfiguration c =
        read(
            """
            # edgewise: Product SKYPE_FOR_BUSINESS_SERVER_2015
            # edgewise: SipDomain fabrikam.com
            # edgewise: User sip:alice@fabrikam.com
            Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true -AllowAnonymousUsers $true
            Set-CsExternalAccessPolicy -Identity Global -EnableFederationAccess $true `
                -EnablePublicCloudAccess $true -EnableXmppAccess $true
            Remove-CsPublicProvider -Identity Messenger
            New-CsPublicProvider -Identity Skype -ProxyFqdn federation.messenger.msn.com `
                -VerificationLevel 2 -Enabled 1
            New-CsXmppAllowedPartner -Identity jabber.example
            """);
    p.line("(Skype for Business Server 2015, which still has the XMPP gateway; federation, public IM");
    p.line(" and XMPP on in the Global policy; anonymous users allowed on the edge)");
    ExternalAccessEvaluator ev = ExternalAccessEvaluator.compile(c);
    p.line("");
    p.decision(ev.evaluate(SignInRequest.of(ALICE)), "alice signs in from home", true);
    p.decision(
        ev.evaluate(MeetingJoinRequest.anonymous(ALICE)), "an anonymous guest joins alice's meeting", true);
    p.decision(
        ev.evaluate(new OutboundRequest(ALICE, RemoteParty.anonymous("guest"), Modality.IM)),
        "alice IMs that guest outside the meeting",
        false);
    p.decision(
        ev.evaluate(OutboundRequest.typed(ALICE, "sip:ann@jabber.example", Modality.IM)),
        "alice -> ann@jabber.example (the XMPP partner)",
        true);
    p.line("");
    p.line("bob (a contact alice approved) sends an IM; the server delivers it, and alice's client:");
    for (PresenceStatus status : List.of(PresenceStatus.AVAILABLE, PresenceStatus.DO_NOT_DISTURB)) {
      RecipientClient client =
          RecipientClient.of(ClientSettings.builder().presenceStatus(status).build())
              .withSender(PrivacyRelationship.EXTERNAL_CONTACTS, true);
      InboundRequest im =
          InboundRequest.builder()
              .remote(RemoteParty.of(MicrosoftAccount.parse("bob@contoso.com")))
              .localUser(ALICE)
              .modality(Modality.IM)
              .arrival(Arrival.viaPublicProvider("Skype"))
              .senderInContacts(true)
              .verificationMark(true)
              .recipientClient(client)
              .build();
      Decision d = ev.evaluate(im);
      d.clientVerdict()
          .ifPresent(
              v ->
                  p.line(
                      String.format(
                          "  %-15s server %s; shown %s (%s: %s)",
                          status, d.effect(), v.shown(), v.decidedBy(), v.decidedBy().setting())));
    }
  }

  /** Section 2's runbook with its provisioning activated, plus one more line. */
  private static StringBuilder enabled(String extra) {
    StringBuilder script = new StringBuilder(String.join("\n", FABRIKAM)).append('\n');
    for (String step : ENABLING_STEPS) {
      script.append(step).append('\n');
    }
    if (!extra.isEmpty()) {
      script.append(extra).append('\n');
    }
    return script;
  }

  private static FederationConfiguration read(CharSequence script) {
    return Runbook.read(script.toString()).configuration();
  }
}
