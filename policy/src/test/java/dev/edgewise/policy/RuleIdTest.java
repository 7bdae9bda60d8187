package dev.edgewise.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The rule ids are a published contract (domain brief, section 0.5): pin them by name. */
class RuleIdTest {

  private static final Set<String> DENY_IDS =
      Set.of(
          "EDGE_FEDERATION_OFF", "TENANT_FEDERATION_OFF", "TENANT_PUBLIC_USERS_OFF",
          "DNS_SRV_ROUTING_REQUIRED", "PROVIDER_MISSING", "PROVIDER_DISABLED", "DOMAIN_BLOCKED",
          "DOMAIN_NOT_ALLOWED", "PROXY_FQDN_MISMATCH", "POLICY_FEDERATION_OFF",
          "POLICY_PUBLIC_OFF", "POLICY_PUBLIC_AV_OFF", "MODALITY_UNSUPPORTED_BY_PROVIDER",
          "PROVISIONING_INCOMPLETE", "SKYPE_INTEROP_RETIRED", "PROVIDER_RETIRED",
          "UNVERIFIED_NOT_IN_CONTACTS", "VERIFICATION_MARK_MISSING", "UNKNOWN_LOCAL_USER",
          "NOT_MODELLED", "DEFAULT_DENY",
          // issue 11: remote access, meetings, XMPP, the Microsoft account on an own domain
          "EDGE_OUTSIDE_OFF", "POLICY_OUTSIDE_OFF", "EDGE_ANONYMOUS_OFF",
          "CONFERENCING_POLICY_NO_ANONYMOUS", "ANONYMOUS_CONFERENCE_ONLY", "XMPP_NOT_SUPPORTED",
          "XMPP_PARTNER_MISSING", "POLICY_XMPP_OFF", "XMPP_IM_AND_PRESENCE_ONLY",
          "PUBLIC_PROVIDER_NO_MEETINGS", "ACCOUNT_ON_OWN_DOMAIN",
          // the Teams era (domain brief 0.7 item 21)
          "TEAMS_CONSUMER_OFF", "TEAMS_CONSUMER_INBOUND_OFF", "POLICY_TEAMS_CONSUMER_OFF",
          "POLICY_TEAMS_CONSUMER_INBOUND_OFF", "POLICY_DOMAIN_BLOCKED", "POLICY_DOMAIN_NOT_ALLOWED",
          "TRIAL_TENANT_BLOCKED", "TEAMS_CONSUMER_NOT_SUPPORTED");

  /** The ids that admit the remote party; every other allow id only passes a gate. */
  private static final Set<String> ADMIT_IDS =
      Set.of("INTERNAL", "ALLOWED_DOMAIN", "DISCOVERED_PARTNER", "HOSTING_PROVIDER",
          "PUBLIC_PROVIDER", "ALL_KNOWN_DOMAINS_ALLOWED", "REMOTE_USER", "ANONYMOUS_PARTICIPANT",
          "XMPP_PARTNER", "POLICY_ALLOWED_DOMAIN", "TEAMS_CONSUMER");

  private static final Set<String> ALLOW_IDS =
      Set.of("INTERNAL", "ALLOWED_DOMAIN", "DISCOVERED_PARTNER", "HOSTING_PROVIDER",
          "PUBLIC_PROVIDER",
          // added by the evaluator: online open federation, and one allow id per gate passed
          "ALL_KNOWN_DOMAINS_ALLOWED", "EDGE_FEDERATION_ON", "TENANT_FEDERATION_ON",
          "TENANT_PUBLIC_USERS_ON", "DNS_SRV_ROUTING", "DOMAIN_NOT_BLOCKED", "POLICY_FEDERATION_ON",
          "POLICY_PUBLIC_ON", "POLICY_PUBLIC_AV_ON", "MODALITY_SUPPORTED_BY_PROVIDER",
          "PROVISIONING_COMPLETE", "SENDER_VERIFIED",
          "REMOTE_USER", "ANONYMOUS_PARTICIPANT", "XMPP_PARTNER", "EDGE_OUTSIDE_ON",
          "POLICY_OUTSIDE_ON", "EDGE_ANONYMOUS_ON", "POLICY_XMPP_ON", "XMPP_MODALITY_CARRIED",
          "MEETING_DOMAIN_LISTS_NOT_APPLIED",
          // the Teams era
          "POLICY_ALLOWED_DOMAIN", "TEAMS_CONSUMER", "TEAMS_CONSUMER_INBOUND_ON",
          "POLICY_TEAMS_CONSUMER_ON", "POLICY_TEAMS_CONSUMER_INBOUND_ON", "TRIAL_TENANT_ALLOWED");

  @Test
  void everyPublishedIdExistsWithItsEffect() {
    for (String name : DENY_IDS) {
      assertEquals(Effect.DENY, RuleId.valueOf(name).effect(), name);
    }
    for (String name : ALLOW_IDS) {
      assertEquals(Effect.ALLOW, RuleId.valueOf(name).effect(), name);
    }
  }

  @Test
  void everyIdSaysWhetherItDeniesPassesOrAdmits() {
    for (RuleId id : RuleId.values()) {
      RuleId.Kind expected =
          DENY_IDS.contains(id.name())
              ? RuleId.Kind.DENY
              : ADMIT_IDS.contains(id.name()) ? RuleId.Kind.ADMIT : RuleId.Kind.PASS;
      assertEquals(expected, id.kind(), id.name());
      assertEquals(id.kind() == RuleId.Kind.DENY ? Effect.DENY : Effect.ALLOW, id.effect());
    }
  }

  @Test
  void theSrvCheckHasItsOwnIds() {
    // section 0.4 item 13: the federation SRV check describes DNS and a certificate
    Set<String> names = new TreeSet<>();
    for (FederationSrvCheck.Rule r : FederationSrvCheck.Rule.values()) {
      names.add(r.name());
    }
    assertEquals(Set.of("CERT_NAME_MISSING", "SRV_TARGET_NOT_SUFFIX"), names);
  }

  @Test
  void noIdsBeyondThoseListedHere() {
    Set<String> actual = new TreeSet<>();
    for (RuleId id : EnumSet.allOf(RuleId.class)) {
      actual.add(id.name());
    }
    Set<String> published = new TreeSet<>(DENY_IDS);
    published.addAll(ALLOW_IDS);
    assertEquals(published, actual);
  }
}
