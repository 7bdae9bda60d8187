package dev.edgewise.address;

import static dev.edgewise.address.AddressGenerators.accounts;
import static dev.edgewise.address.AddressGenerators.caseMasks;
import static dev.edgewise.address.AddressGenerators.mixCase;
import static dev.edgewise.address.AddressGenerators.nastyStrings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class NameDecorationProperties {
  private static final NameDecoration RULES = NameDecoration.defaults();

  /** Accounts, a fifth of them at the default excluded domains. */
  static Gen<MicrosoftAccount> mixedAccounts() {
    Gen<MicrosoftAccount> native_ =
        accounts()
            .zip(
                arbitrary().pick("msn.com", "outlook.com", "live.com", "hotmail.com"),
                (a, d) -> MicrosoftAccount.parse(a.localPart() + "@" + d));
    return accounts().mix(native_, 20);
  }

  /** The decorated or plain form as a person would type it, without a scheme. */
  static String typed(NameDecoration rules, MicrosoftAccount a) {
    return rules.canonicalText(a).substring("sip:".length());
  }

  @Test
  void decodingTheTypedFormGivesTheAccountBack() {
    qt().forAll(mixedAccounts())
        .checkAssert(a -> assertEquals(a, RULES.decode(typed(RULES, a))));
  }

  @Test
  void decodingIgnoresCaseAndSurroundingSpace() {
    qt().forAll(mixedAccounts(), caseMasks())
        .checkAssert(
            (a, mask) -> assertEquals(a, RULES.decode(" " + mixCase(typed(RULES, a), mask) + "\t")));
  }

  @Test
  void theTypedFormIsInjective() {
    // Same local part at two domains, and two local parts at one domain: the near misses.
    qt().forAll(mixedAccounts(), mixedAccounts())
        .checkAssert(
            (a, b) -> {
              List<MicrosoftAccount> pair = new ArrayList<>();
              pair.add(MicrosoftAccount.parse(a.localPart() + "@" + b.domain()));
              pair.add(MicrosoftAccount.parse(b.localPart() + "@" + a.domain()));
              for (MicrosoftAccount x : List.of(a, b)) {
                for (MicrosoftAccount y : pair) {
                  if (!x.equals(y)) {
                    assertNotEquals(typed(RULES, x), typed(RULES, y));
                  }
                }
              }
            });
  }

  @Test
  void excludingADomainChangesOnlyTheAccountsAtThatDomain() {
    qt().forAll(mixedAccounts(), mixedAccounts())
        .checkAssert(
            (a, b) -> {
              List<Domain> more = new ArrayList<>(RULES.excludedDomains());
              more.add(b.domain());
              NameDecoration wider = NameDecoration.of(RULES.routingDomain(), more);
              boolean changed = !typed(RULES, a).equals(typed(wider, a));
              assertEquals(
                  a.domain().equals(b.domain()) && !RULES.isExcluded(b.domain()), changed);
              assertEquals(a, wider.decode(typed(wider, a)));
            });
  }

  @Test
  void decodeThrowsOnlyParseExceptions() {
    qt().forAll(nastyStrings())
        .checkAssert(
            s -> {
              try {
                MicrosoftAccount a = RULES.decode(s);
                assertEquals(a, RULES.decode(typed(RULES, a)));
              } catch (AddressParseException e) {
                assertTrue(e.index() >= 0 && e.index() <= s.length(), e.getMessage());
              }
            });
  }
}
