package dev.edgewise.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The walkthrough is the README's main job: its whole output is pinned by a golden file, and the
 * story's turning points are checked by name so that a regenerated golden file cannot quietly
 * lose one.
 */
class WalkthroughTest {

  /** The command that rewrites the golden file after an intended change (also in the README). */
  static final String REGENERATE =
      "./mvnw -B -q -pl examples -am -DskipTests compile exec:java"
          + " > examples/src/test/resources/dev/edgewise/examples/walkthrough.txt";

  private static String walkthrough() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Walkthrough.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
  }

  private static String golden() throws IOException {
    try (InputStream in = WalkthroughTest.class.getResourceAsStream("walkthrough.txt")) {
      return new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8)
          .replace("\r\n", "\n");
    }
  }

  @Test
  void printsExactlyTheGoldenFile() throws IOException {
    List<String> expected = golden().lines().toList();
    List<String> actual = walkthrough().lines().toList();
    for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
      assertEquals(
          expected.get(i),
          actual.get(i),
          "line " + (i + 1) + " differs; if the change is intended, regenerate with\n  " + REGENERATE);
    }
    assertEquals(expected.size(), actual.size(), "line count differs; regenerate with\n  " + REGENERATE);
  }

  @Test
  void theReadmeGivesTheRegenerationCommand() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    assertTrue(readme.contains(REGENERATE), "README.md must show: " + REGENERATE);
  }

  @Test
  void beginsWithFederationOffAndTheChecklist() {
    String out = walkthrough();
    assertTrue(out.contains("EDGE_FEDERATION_OFF"), out);
    assertTrue(out.contains("  Set-CsAccessEdgeConfiguration -AllowFederatedUsers $True"), out);
  }

  @Test
  void readsTheRunbookStepByStepUntilProvisioningIsActivated() {
    String out = walkthrough();
    assertTrue(out.contains("-> DENY [PROVIDER_MISSING, POLICY_PUBLIC_OFF, PROVISIONING_INCOMPLETE]"), out);
    assertTrue(out.contains("PicProvisioning fabrikam.com ACTIVATED\n     -> ALLOW"), out);
  }

  @Test
  void showsTheOffice365Switches() {
    String out = walkthrough();
    assertTrue(out.contains("-> DENY [TENANT_PUBLIC_USERS_OFF]"), out);
    assertTrue(out.contains("-AllowPublicUsers $true\n     -> ALLOW"), out);
  }

  @Test
  void addsTheCustomDomainAccountDecorated() {
    String out = walkthrough();
    assertTrue(out.contains("encode(bob@contoso.com)            = sip:bob(contoso.com)@msn.com"), out);
    assertTrue(out.contains("bob@contoso.com            Ambiguous"), out);
    assertTrue(out.contains("alice -> bob(contoso.com)@msn.com: ALLOW"), out);
  }

  @Test
  void explainsTheContactTablesNotationAndReachesAvailableAndOnline() {
    String out = walkthrough();
    for (String notation :
        new String[] {"add(LYNC)", "accept(SKYPE)", "+New", "+req", "IM L->S / S->L"}) {
      assertTrue(out.contains("     " + notation), notation + " is not explained:\n" + out);
    }
    assertTrue(out.contains("Available          Online             yes / yes"), out);
  }

  @Test
  void showsAudioAndVideoAcrossTheErasAndTheRetirement() {
    String out = walkthrough();
    assertTrue(out.contains("audio -> DENY [POLICY_PUBLIC_AV_OFF]"), out);
    assertTrue(out.contains("video -> DENY [MODALITY_UNSUPPORTED_BY_PROVIDER]"), out);
    assertTrue(out.contains("SKYPE_INTEROP_RETIRED"), out);
  }

  @Test
  void showsTeamsConsumersAfterTheRetirement() {
    String out = walkthrough();
    assertTrue(out.contains("alice -> bob on Teams -> ALLOW [TEAMS_CONSUMER]"), out);
    assertTrue(out.contains("bob on Teams -> alice -> DENY [TEAMS_CONSUMER_INBOUND_OFF]"), out);
  }

  @Test
  void answersTheRestOfTheSurface() {
    String out = walkthrough();
    assertTrue(out.contains("alice signs in from home: DENY (REMOTE_USER)"), out);
    assertTrue(out.contains("an anonymous guest joins alice's meeting: ALLOW (ANONYMOUS)"), out);
    assertTrue(out.contains("ANONYMOUS_CONFERENCE_ONLY"), out);
    assertTrue(out.contains("(the XMPP partner): ALLOW (XMPP_PARTNER)"), out);
    assertTrue(out.contains("shown false (CLIENT_DND_SUPPRESSED"), out);
  }
}
