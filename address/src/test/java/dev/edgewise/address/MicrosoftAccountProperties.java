package dev.edgewise.address;

import static dev.edgewise.address.AddressGenerators.accountDomainNames;
import static dev.edgewise.address.AddressGenerators.caseMasks;
import static dev.edgewise.address.AddressGenerators.localParts;
import static dev.edgewise.address.AddressGenerators.mixCase;
import static dev.edgewise.address.AddressGenerators.nastyStrings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.nio.CharBuffer;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MicrosoftAccountProperties {

  @Test
  void canonicalAccountsParseToThemselves() {
    qt().forAll(localParts(), accountDomainNames())
        .checkAssert(
            (local, domain) -> {
              MicrosoftAccount a = MicrosoftAccount.parse(local + "@" + domain);
              assertEquals(local, a.localPart());
              assertEquals(domain, a.domain().toString());
              assertEquals(local + "@" + domain, a.toString());
            });
  }

  @Test
  void caseDoesNotMatter() {
    qt().forAll(localParts(), accountDomainNames(), caseMasks())
        .checkAssert(
            (local, domain, mask) ->
                assertEquals(
                    MicrosoftAccount.parse(local + "@" + domain),
                    MicrosoftAccount.parse(mixCase(local + "@" + domain, mask))));
  }

  @Test
  void theThreeDoorsAgreeAndOnlyParseExceptionsEscape() {
    qt().forAll(nastyStrings())
        .checkAssert(
            s -> {
              Optional<MicrosoftAccount> t = MicrosoftAccount.tryParse(s);
              assertEquals(t.isPresent(), MicrosoftAccount.isValid(s));
              try {
                MicrosoftAccount a = MicrosoftAccount.parse(s);
                assertEquals(t, Optional.of(a));
                assertEquals(a, MicrosoftAccount.parse(a.toString()));
              } catch (AddressParseException e) {
                assertFalse(t.isPresent(), e.getMessage());
                assertTrue(e.index() >= 0 && e.index() <= s.length());
              }
            });
  }

  /**
   * A String whose whole text is the input may take the no-copy path; a CharBuffer never does. Both
   * must give the same account, domain and failure.
   */
  @Test
  void theNoCopyPathAgreesWithTheCopyingPath() {
    qt().forAll(nastyStrings())
        .checkAssert(MicrosoftAccountProperties::assertPathsAgree);
    qt().forAll(localParts(), accountDomainNames(), caseMasks())
        .checkAssert(
            (local, domain, mask) -> {
              assertPathsAgree(local + "@" + domain);
              assertPathsAgree(mixCase(local + "@" + domain, mask));
              assertPathsAgree(local + "@" + domain + ".");
              assertPathsAgree(local + "@" + domain.substring(0, domain.indexOf('.')));
            });
  }

  private static void assertPathsAgree(String s) {
    ParseFailure fs = new ParseFailure();
    ParseFailure fb = new ParseFailure();
    MicrosoftAccount viaString = MicrosoftAccount.scan(s, 0, s.length(), fs);
    MicrosoftAccount viaBuffer = MicrosoftAccount.scan(CharBuffer.wrap(s), 0, s.length(), fb);
    if (viaBuffer == null) {
      assertEquals(null, viaString, s);
      assertEquals(fb.kind(), fs.kind(), s);
      assertEquals(fb.index(), fs.index(), s);
      assertEquals(fb.detail(), fs.detail(), s);
    } else {
      assertEquals(viaBuffer, viaString, s);
      assertEquals(viaBuffer.domain(), viaString.domain(), s);
      assertEquals(viaBuffer.domain().toString(), viaString.domain().toString(), s);
      assertEquals(viaBuffer.localPart(), viaString.localPart(), s);
    }
  }

  /**
   * The one-pass path for whole strings answers only what the general path answers, and answers
   * every canonical or merely upper-cased account, so that it is the path plain input takes.
   */
  @Test
  void theOnePassPathAgreesWithTheGeneralPath() {
    qt().forAll(nastyStrings()).checkAssert(MicrosoftAccountProperties::assertOnePassAgrees);
    qt().forAll(localParts(), accountDomainNames(), caseMasks())
        .checkAssert(
            (local, domain, mask) -> {
              String s = mixCase(local + "@" + domain, mask);
              assertTrue(MicrosoftAccount.scanPlain(s) != null, s);
              assertOnePassAgrees(s);
              assertOnePassAgrees(s + ".");
              assertOnePassAgrees("." + s);
              assertOnePassAgrees(s.replace("@", ".@"));
              assertOnePassAgrees(local + "@" + domain.substring(0, domain.indexOf('.')));
              assertOnePassAgrees(local + "@xn--bcher-kva." + domain);
              assertOnePassAgrees(local + "@" + domain + "-");
            });
  }

  private static void assertOnePassAgrees(String s) {
    MicrosoftAccount fast = MicrosoftAccount.scanPlain(s);
    if (fast != null) {
      MicrosoftAccount general = MicrosoftAccount.scanGeneral(s, 0, s.length(), new ParseFailure());
      assertEquals(general, fast, s);
      assertEquals(general.localPart(), fast.localPart(), s);
      assertEquals(general.domain(), fast.domain(), s);
      assertEquals(general.domain().toString(), fast.domain().toString(), s);
    }
  }
}
