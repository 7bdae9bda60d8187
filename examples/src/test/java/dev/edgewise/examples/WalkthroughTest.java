package dev.edgewise.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The walkthrough is the README's main job: it must keep showing each capability at work. */
class WalkthroughTest {

  private static String walkthrough() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Walkthrough.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void showsSipUrisAndTheirErrors() {
    String out = walkthrough();
    // Scheme and host fold to lower case; the user part is case-sensitive (RFC 3261 19.1.4).
    assertTrue(out.contains("sip:Bob@contoso.com;transport=TLS"), out);
    assertTrue(out.contains("PORT_OUT_OF_RANGE"), out);
  }

  @Test
  void showsTheDecoration() {
    String out = walkthrough();
    assertTrue(out.contains("sip:bob(contoso.com)@msn.com"), out);
    assertTrue(out.contains("sip:alice@live.com"), out);
  }

  @Test
  void showsClassificationOfTypedText() {
    String out = walkthrough();
    assertTrue(out.contains("Ambiguous"), out);
    assertTrue(out.contains("SkypeName"), out);
  }

  @Test
  void explainsTheContactTablesNotation() {
    String out = walkthrough();
    for (String notation :
        new String[] {"add(LYNC)", "accept(SKYPE)", "gates(all open)", "+New", "+req", "IM L->S / S->L"}) {
      assertTrue(out.contains("     " + notation), notation + " is not explained:\n" + out);
    }
  }

  @Test
  void tellsTheContactStoryToAvailableAndOnline() {
    String out = walkthrough();
    assertTrue(out.contains("Presence Unknown"), out);
    assertTrue(out.contains("Available"), out);
    assertTrue(out.contains("Online"), out);
  }

  @Test
  void explainsDecisionsWithTheCmdletThatFlipsThem() {
    String out = walkthrough();
    assertTrue(out.contains("configuration problems: []"), out);
    assertTrue(out.contains("POLICY_PUBLIC_AV_OFF"), out);
    assertTrue(out.contains("MODALITY_UNSUPPORTED_BY_PROVIDER"), out);
    assertTrue(out.contains("DOMAIN_BLOCKED"), out);
    assertTrue(out.contains("bob(gmail.com)@msn.com"), out);
    assertTrue(
        out.contains("Set-CsExternalAccessPolicy -Identity Tag:NoPic -EnablePublicCloudAccess $True"),
        out);
  }

  @Test
  void listsWhatAFreshInstallMustChange() {
    String out = walkthrough();
    assertTrue(out.contains("Set-CsAccessEdgeConfiguration -AllowFederatedUsers $True"), out);
    assertTrue(out.contains("New-CsPublicProvider -Identity Skype"), out);
  }

  @Test
  void readsTheAdminsRunbookStepByStepAndShowsTheRetirement() {
    String out = walkthrough();
    // Federation on, but the only provider of Microsoft accounts is the disabled Messenger.
    assertTrue(out.contains("Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true\n     -> DENY"), out);
    assertTrue(
        out.contains("Set-CsExternalAccessPolicy -Identity Global -EnablePublicCloudAccess $true\n"
            + "     -> ALLOW"),
        out);
    assertTrue(out.contains("NUMERIC_VERIFICATION_LEVEL_INFERRED"), out);
    assertTrue(out.contains("-> DENY [SKYPE_INTEROP_RETIRED]"), out);
  }
}
