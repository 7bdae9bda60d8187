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
import static org.quicktheories.generators.SourceDSL.lists;

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
    qt().forAll(mixedAccounts()).checkAssert(a -> assertEquals(a, RULES.decode(typed(RULES, a))));
  }

  @Test
  void decodingIgnoresCaseAndSurroundingSpace() {
    qt().forAll(mixedAccounts(), caseMasks())
        .checkAssert(
            (a, mask) ->
                assertEquals(a, RULES.decode(" " + mixCase(typed(RULES, a), mask) + "\t")));
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
              assertEquals(a.domain().equals(b.domain()) && !RULES.isExcluded(b.domain()), changed);
              assertEquals(a, wider.decode(typed(wider, a)));
            });
  }

  @Test
  void decodeUndoesEncode() {
    qt().forAll(mixedAccounts())
        .checkAssert(
            a -> {
              SipUri u = RULES.encode(a);
              assertEquals(a, RULES.decode(u));
              assertEquals(a, RULES.decode(u.toString()));
              assertEquals(RULES.isDecorated(a), u.user().orElseThrow().endsWith(")"));
            });
  }

  @Test
  void everyEncodedAddressIsAValidSipUriThatSurvivesItsText() {
    qt().forAll(mixedAccounts())
        .checkAssert(
            a -> {
              SipUri u = RULES.encode(a);
              SipUri again = SipUri.parse(u.toString());
              assertEquals(u, again);
              assertEquals(u.toString(), again.toString());
              // encode packs its offsets without scanning: they must be the ones a parse finds.
              assertEquals(again.rawUser(), u.rawUser());
              assertEquals(again.host(), u.host());
              assertEquals(again.host().type(), u.host().type());
              assertEquals(again.userStart(), u.userStart());
              assertTrue(u.isEquivalentTo(again));
              assertEquals(u, u.canonical());
              assertEquals("sip", u.scheme());
              assertTrue(u.port().isEmpty() && u.parameters().isEmpty() && u.headers().isEmpty());
            });
  }

  @Test
  void encodeIsInjective() {
    qt().forAll(mixedAccounts(), mixedAccounts())
        .checkAssert(
            (a, b) -> {
              for (MicrosoftAccount y :
                  List.of(
                      b,
                      MicrosoftAccount.parse(a.localPart() + "@" + b.domain()),
                      MicrosoftAccount.parse(b.localPart() + "@" + a.domain()))) {
                SipUri ua = RULES.encode(a);
                SipUri uy = RULES.encode(y);
                assertEquals(a.equals(y), ua.equals(uy), a + " / " + y);
                assertEquals(a.equals(y), ua.isEquivalentTo(uy), a + " / " + y);
              }
            });
  }

  @Test
  void excludingADomainChangesOnlyTheEncodingOfAccountsAtThatDomain() {
    qt().forAll(mixedAccounts(), mixedAccounts())
        .checkAssert(
            (a, b) -> {
              List<Domain> more = new ArrayList<>(RULES.excludedDomains());
              more.add(b.domain());
              NameDecoration wider = NameDecoration.of(RULES.routingDomain(), more);
              boolean changed = !RULES.encode(a).equals(wider.encode(a));
              assertEquals(a.domain().equals(b.domain()) && !RULES.isExcluded(b.domain()), changed);
              assertEquals(a, wider.decode(wider.encode(a)));
            });
  }

  /** Escapes every unreserved character whose bit is set in {@code mask}; RFC 3261 19.1.4. */
  static String escapeSome(String rawUser, int mask) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < rawUser.length(); i++) {
      char c = rawUser.charAt(i);
      if (c == '%') {
        sb.append(rawUser, i, i + 3); // already an escape
        i += 2;
        continue;
      }
      boolean unreserved =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || "-_.!~*'()".indexOf(c) >= 0;
      if (unreserved && ((mask >>> (i % 32)) & 1) != 0) {
        sb.append('%').append(Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  @Test
  void equivalentSpellingsOfAnAddressDecodeToTheSameAccount() {
    qt().forAll(mixedAccounts(), caseMasks(), caseMasks())
        .checkAssert(
            (a, escapes, hostCase) -> {
              SipUri canonical = RULES.encode(a);
              String raw = canonical.rawUser().orElseThrow();
              SipUri u =
                  SipUri.parse(
                      "sip:"
                          + escapeSome(raw, escapes)
                          + "@"
                          + mixCase(canonical.host().toString(), hostCase));
              assertTrue(u.isEquivalentTo(canonical));
              assertEquals(a, RULES.decode(u));
              assertTrue(RULES.encode(RULES.decode(u)).isEquivalentTo(u));
            });
  }

  /** Users built from the pieces that matter to decoding, at hosts that matter. */
  static Gen<String> uriLikeAddresses() {
    Gen<String> piece =
        arbitrary()
            .pick(
                "b",
                "B",
                "o",
                ".",
                "-",
                "+",
                "(",
                ")",
                "%28",
                "%29",
                "%40",
                "%2B",
                "%62",
                "%42",
                "%C3%BC",
                "%20",
                "contoso.com",
                "live.com",
                "msn.com",
                "Contoso",
                "xn--bcher-kva",
                "@",
                ";x",
                "#");
    Gen<String> host =
        arbitrary()
            .pick(
                "msn.com",
                "MSN.com",
                "live.com",
                "contoso.com",
                "msn.com.",
                "192.0.2.1",
                "msn.com:5060",
                "msn.com;transport=tls",
                "msn.com?x=y");
    return lists()
        .of(piece)
        .ofSizeBetween(0, 8)
        .zip(host, (ps, h) -> "sip:" + String.join("", ps) + "@" + h);
  }

  @Test
  void whateverDecodeAcceptsEncodesBackEquivalently() {
    qt().forAll(uriLikeAddresses())
        .checkAssert(
            text ->
                SipUri.tryParse(text)
                    .ifPresent(
                        u -> {
                          try {
                            MicrosoftAccount a = RULES.decode(u);
                            assertTrue(RULES.encode(a).isEquivalentTo(u), u + " -> " + a);
                            assertEquals(a, RULES.decode(RULES.encode(a)));
                          } catch (AddressParseException e) {
                            assertTrue(
                                e.index() >= 0 && e.index() <= text.length(), e.getMessage());
                          }
                        }));
  }

  @Test
  void typedUriLikeTextThrowsOnlyParseExceptions() {
    qt().forAll(uriLikeAddresses(), caseMasks())
        .checkAssert(
            (text, mask) -> {
              String typed = mask % 3 == 0 ? text.substring(4) : mixCase(text, mask);
              try {
                MicrosoftAccount a = RULES.decode(typed);
                assertEquals(a, RULES.decode(RULES.encode(a)));
              } catch (AddressParseException e) {
                assertTrue(e.index() >= 0 && e.index() <= typed.length(), e.getMessage());
              }
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

  /** Decorated and plain typed forms with internationalized and odd domains. */
  static Gen<String> typedWithUnicode() {
    Gen<String> domain =
        arbitrary()
            .pick(
                "b\u00fccher.de",
                "B\u00dcCHER.de",
                "\u4f8b\u5b50.\u6d4b\u8bd5",
                "stra\u00dfe.de",
                "m\u00fcnchen.example.",
                "xn--bcher-kva.de",
                "xn--bcher-kvb.de",
                "a\u3002b.com",
                "live.com",
                "contoso.com",
                "-x\u00fc.com",
                "\u00fc");
    return localPartsForDecoding()
        .zip(domain, arbitrary().pick("msn.com", "MSN.COM", "live.com", "contoso.com"),
            (l, d, h) -> l + "(" + d + ")@" + h);
  }

  private static Gen<String> localPartsForDecoding() {
    return arbitrary().pick("bob", "Bob", "b.o-b+tag", "a#b", "bob smith", ".bob", "", "x%28y");
  }

  /**
   * The fast path answers only what the general path answers, strict and lenient, for URIs and
   * typed text; and it is the path that canonical addresses take.
   */
  @Test
  void theDecodingFastPathAgreesWithTheGeneralPath() {
    qt().forAll(uriLikeAddresses(), caseMasks())
        .checkAssert(
            (text, mask) -> {
              SipUri.tryParse(text).ifPresent(NameDecorationProperties::assertUriPathsAgree);
              SipUri.tryParse(mixCase(text, mask))
                  .ifPresent(NameDecorationProperties::assertUriPathsAgree);
              assertTypedPathsAgree(text.substring(4));
              assertTypedPathsAgree(mixCase(text.substring(4), mask));
            });
    qt().forAll(typedWithUnicode()).checkAssert(NameDecorationProperties::assertTypedPathsAgree);
    qt().forAll(mixedAccounts(), caseMasks(), caseMasks())
        .checkAssert(
            (a, escapes, hostCase) -> {
              SipUri canonical = RULES.encode(a);
              assertEquals(a, DecodingFastPath.uri(RULES, canonical, true));
              SipUri u =
                  SipUri.parse(
                      "sip:"
                          + escapeSome(canonical.rawUser().orElseThrow(), escapes)
                          + "@"
                          + mixCase(canonical.host().toString(), hostCase));
              assertUriPathsAgree(u);
              assertEquals(a, DecodingFastPath.typed(RULES, typed(RULES, a)));
              assertTypedPathsAgree(mixCase(typed(RULES, a), escapes));
            });
  }

  private static void assertUriPathsAgree(SipUri u) {
    for (boolean strict : new boolean[] {true, false}) {
      MicrosoftAccount fast = DecodingFastPath.uri(RULES, u, strict);
      if (fast != null) {
        MicrosoftAccount general = RULES.decodeUriGeneral(u, strict, new ParseFailure());
        assertEquals(general, fast, u + (strict ? " strict" : " lenient"));
        assertEquals(general.localPart(), fast.localPart(), u.toString());
        assertEquals(general.domain().toString(), fast.domain().toString(), u.toString());
      }
    }
  }

  private static void assertTypedPathsAgree(String typed) {
    MicrosoftAccount fast = DecodingFastPath.typed(RULES, typed);
    if (fast != null) {
      MicrosoftAccount general = RULES.decodeTyped(typed, new ParseFailure());
      assertEquals(general, fast, typed);
      assertEquals(general.localPart(), fast.localPart(), typed);
      assertEquals(general.domain().toString(), fast.domain().toString(), typed);
    }
  }
}
