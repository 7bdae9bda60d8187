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
}
