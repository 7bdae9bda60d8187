package dev.edgewise.address;

import static dev.edgewise.address.AddressGenerators.caseMasks;
import static dev.edgewise.address.AddressGenerators.mixCase;
import static dev.edgewise.address.AddressGenerators.nastyStrings;
import static dev.edgewise.address.NameDecorationProperties.mixedAccounts;
import static dev.edgewise.address.NameDecorationProperties.typed;
import static dev.edgewise.address.NameDecorationProperties.uriLikeAddresses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ContactAddressProperties {
  private static final NameDecoration RULES = NameDecoration.defaults();

  /** Text shaped like what people type or paste: a prefix, something, a suffix. */
  static Gen<String> typedText() {
    Gen<String> prefix =
        arbitrary()
            .pick(
                "",
                " ",
                "sip:",
                "SIP:",
                "sips:",
                "tel:",
                "live:",
                "skype:",
                "mailto:",
                "8:",
                "<",
                "Bob <",
                "\"Bob\" <",
                "http:",
                "\u00a0",
                "+1 ");
    Gen<String> suffix =
        arbitrary()
            .pick(
                "",
                " ",
                ">",
                "@msn.com",
                "@live.com",
                "@contoso.com",
                "(contoso.com)@msn.com",
                ";user=phone",
                "\u200b");
    return prefix.zip(
        nastyStrings().mix(strings().allPossible().ofLengthBetween(0, 20)).mix(uriLikeAddresses()),
        suffix,
        (p, m, s) -> p + m + s);
  }

  @Test
  void classifyNeverThrows() {
    qt().forAll(typedText())
        .checkAssert(
            s -> {
              ContactAddress c = ContactAddress.classify(s, RULES);
              assertFalse(c.message().isEmpty());
              if (c instanceof ContactAddress.Invalid i) {
                assertTrue(i.index() >= 0 && i.index() <= s.length(), i.toString());
                assertFalse(c.isAddable());
              }
            });
  }

  @Test
  void addableResultsCarryTheirEncodedAddress() {
    qt().forAll(typedText())
        .checkAssert(
            s -> {
              ContactAddress c = ContactAddress.classify(s, RULES);
              if (c instanceof ContactAddress.NativeAccount n) {
                assertEquals(RULES.encode(n.account()), n.imAddress());
                assertTrue(RULES.isExcluded(n.account().domain()));
              } else if (c instanceof ContactAddress.DecoratedAccount d) {
                assertEquals(RULES.encode(d.account()), d.imAddress());
                assertFalse(RULES.isExcluded(d.account().domain()));
              } else if (c instanceof ContactAddress.Ambiguous a) {
                assertEquals(RULES.encode(a.account()), a.decorated());
                assertFalse(RULES.isExcluded(a.account().domain()));
              }
            });
  }

  @Test
  void anAccountsOwnAddressClassifiesAsThatAccount() {
    qt().forAll(mixedAccounts(), caseMasks())
        .checkAssert(
            (a, mask) -> {
              for (String s :
                  new String[] {
                    RULES.encode(a).toString(), typed(RULES, a), mixCase(typed(RULES, a), mask)
                  }) {
                ContactAddress c = ContactAddress.classify(s, RULES);
                if (RULES.isDecorated(a)) {
                  assertEquals(
                      a, assertInstanceOf(ContactAddress.DecoratedAccount.class, c).account());
                } else {
                  assertEquals(
                      a, assertInstanceOf(ContactAddress.NativeAccount.class, c).account());
                }
              }
            });
  }

  @Test
  void anUndecoratedAccountOutsideTheExcludedDomainsIsAmbiguous() {
    qt().forAll(mixedAccounts())
        .assuming(RULES::isDecorated)
        .checkAssert(
            a -> {
              ContactAddress.Ambiguous c =
                  assertInstanceOf(
                      ContactAddress.Ambiguous.class, ContactAddress.classify(a.toString(), RULES));
              assertEquals(a, c.account());
              assertEquals(RULES.encode(a), c.decorated());
              assertEquals(a.domain().toString(), c.federatedUser().host().toString());
              assertFalse(c.isAddable());
            });
  }
}
