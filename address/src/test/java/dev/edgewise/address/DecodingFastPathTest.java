package dev.edgewise.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.CharBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code DecodingFastPath} against {@code NameDecoration}'s general path, case by case. Two laws:
 * the fast path answers the cases its description lists (plain and decorated addresses, typed or
 * parsed, escaped unreserved characters, internationalized decorated domains in typed text), with
 * the general path's account, split at the same '@'; and for everything else it gives up or agrees
 * with the general path, never accepting what that path refuses. Written against mutants PIT left
 * alive in {@code DecodingFastPath}.
 */
class DecodingFastPathTest {
  private static final NameDecoration RULES = NameDecoration.defaults();

  /** The fast path's answer for {@code text} read as {@code mode}: typed, strict or lenient. */
  private static MicrosoftAccount fast(NameDecoration rules, String mode, String text) {
    if (mode.equals("typed")) {
      return DecodingFastPath.typed(rules, text);
    }
    SipUri u = SipUri.tryParse(text).orElse(null);
    return u == null ? null : DecodingFastPath.uri(rules, u, mode.equals("strict"));
  }

  private static MicrosoftAccount general(NameDecoration rules, String mode, String text) {
    ParseFailure f = new ParseFailure();
    if (mode.equals("typed")) {
      return rules.decodeTyped(text, f);
    }
    SipUri u = SipUri.tryParse(text).orElse(null);
    return u == null ? null : rules.decodeUriGeneral(u, mode.equals("strict"), f);
  }

  private static void assertSameAccount(MicrosoftAccount expected, MicrosoftAccount actual) {
    assertEquals(expected.toString(), actual.toString());
    assertEquals(expected.localPart(), actual.localPart(), expected.toString());
    assertEquals(expected.domain(), actual.domain(), expected.toString());
  }

  /** Gives up, or answers exactly what the general path answers. */
  private static void assertGivesUpOrAgrees(NameDecoration rules, String mode, String text) {
    MicrosoftAccount f = fast(rules, mode, text);
    if (f != null) {
      MicrosoftAccount g = general(rules, mode, text);
      assertNotNull(g, () -> mode + " [" + text + "]: the fast path accepts what the general refuses");
      assertSameAccount(g, f);
    }
  }

  @ParameterizedTest(name = "{0} [{1}]")
  @CsvSource(
      delimiter = '|',
      ignoreLeadingAndTrailingWhitespace = false,
      value = {
        "typed|bob(contoso.com)@msn.com|bob@contoso.com",
        "typed|  Bob(Contoso.COM)@MSN.com\t|bob@contoso.com",
        "typed|a(b.c)@msn.com|a@b.c",
        "typed|a.b(x.y.co.uk)@msn.com|a.b@x.y.co.uk",
        "typed|alice@live.com|alice@live.com",
        "typed| alice@live.com|alice@live.com",
        "typed|Alice.B@Hotmail.com|alice.b@hotmail.com",
        "typed|x@outlook.com |x@outlook.com",
        "typed|Alice@live.com|alice@live.com",
        "typed|aZ@live.com|az@live.com",
        "typed|a@Live.com|a@live.com",
        "typed|bob(b\u00fccher.de)@msn.com|bob@xn--bcher-kva.de",
        "typed|Bob(B\u00dccher.de)@msn.com|bob@xn--bcher-kva.de",
        "typed|bob(\u4e2d\u6587.com)@msn.com|bob@xn--fiq228c.com",
        "strict|sip:bob(contoso.com)@msn.com|bob@contoso.com",
        "strict|sip:bob(contoso.com)@MSN.COM|bob@contoso.com",
        "strict|sip:bob%28contoso.com%29@msn.com|bob@contoso.com",
        "strict|sip:b%6fb(contoso.com)@msn.com|bob@contoso.com",
        "strict|sip:a(b.c)@msn.com|a@b.c",
        "strict|sip:alice@live.com|alice@live.com",
        "strict|sip:a@hotmail.com|a@hotmail.com",
        "lenient|sip:Bob(Contoso.com)@msn.com|bob@contoso.com",
        "lenient|sip:bob(contoso.com)@msn.com|bob@contoso.com",
        "lenient|sip:Alice@Live.com|alice@live.com",
        "lenient|sip:alice@live.com|alice@live.com",
        "lenient|sip:Alice@live.com|alice@live.com",
        "lenient|sip:aZ@live.com|az@live.com",
      })
  void readsTheCommonCasesItself(String mode, String text, String account) {
    MicrosoftAccount f = fast(RULES, mode, text);
    assertNotNull(f, () -> mode + " [" + text + "]: the fast path gave up on a case it is for");
    assertSameAccount(MicrosoftAccount.parse(account), f);
    assertSameAccount(general(RULES, mode, text), f);
  }

  /** Each breaks one condition of the fast path; some are valid, most are not. */
  @ParameterizedTest(name = "[{0}]")
  @ValueSource(
      strings = {
        "sips:bob(contoso.com)@msn.com",
        "sip:msn.com",
        "sip:bob(contoso.com)@[::1]",
        "sip:bob(contoso.com)@192.0.2.1",
        "sip:bob(contoso.com)@msn.com:5060",
        "sip:bob(contoso.com)@msn.com:0",
        "sip:bob(contoso.com)@msn.com;transport=tcp",
        "sip:bob(contoso.com)@msn.com?subject=x",
        "sip:bob(contoso.com):pw@msn.com",
        "sip:bob(contoso.com)@msn.com.",
        "sip:bob(contoso.com)@msn",
        "sip:bob(contoso.com)@contoso.com",
        "sip:bob(contoso.com)@msn.co",
        "sip:bob(contoso.com)@xmsn.com",
        "sip:Bob(contoso.com)@msn.com",
        "sip:bob(Contoso.com)@msn.com",
        "sip:bobZ(contoso.com)@msn.com",
        "sip:bob%41(contoso.com)@msn.com",
        "sip:bob%5a(contoso.com)@msn.com",
        "sip:bob%40x(contoso.com)@msn.com",
        "sip:bob%3b(contoso.com)@msn.com",
        "sip:bob%C3%A9(contoso.com)@msn.com",
        "sip:bob%7F(contoso.com)@msn.com",
        "sip:bob%80(contoso.com)@msn.com",
        "sip:bob%7e(contoso.com)@msn.com",
        "sip:bob%2A(contoso.com)@msn.com",
        "sip:bob%2e(contoso.com)@msn.com",
        "sip:%62ob%28contoso.com%29@msn.com",
        "sip:bob(contoso.com%29@msn.com",
        "sip:(contoso.com)@msn.com",
        "sip:bob()@msn.com",
        "sip:bob(contoso)@msn.com",
        "sip:bob(contoso.com.)@msn.com",
        "sip:bob(.com)@msn.com",
        "sip:bob(live.com)@msn.com",
        "sip:bob(msn.com)@msn.com",
        "sip:bob(LIVE.com)@msn.com",
        "sip:bob(contoso.com)x@msn.com",
        "sip:bob((contoso.com)@msn.com",
        "sip:bob(contoso.com))@msn.com",
        "sip:bob(con(toso.com)@msn.com",
        "sip:bob)(contoso.com@msn.com",
        "sip:bob)@live.com",
        "sip:b)ob(contoso.com)@msn.com",
        "sip:bob@contoso.com",
        "sip:bob@live.co",
        "sip:bob@live.com.",
        "sip:.bob@live.com",
        "sip:bob.@live.com",
        "sip:bob..x@live.com",
        "sip:.bob(contoso.com)@msn.com",
        "sip:bob(-x.com)@msn.com",
        "sip:bob(x-.com)@msn.com",
        "sip:bob(x_y.com)@msn.com",
        "sip:bob(1.2)@msn.com",
        "sip:bob(a..b)@msn.com",
        "sip:bob(xn--bcher-kva.de)@msn.com",
        "sip:bob(xn---bcher-kva.de)@msn.com",
        "sip:Alice@live.com",
        "sip:alice@Live.com",
        "sip:alice@LIVE.COM",
        "sip:bob%28contoso.com%29@MSN.COM",
      })
  void givesUpOrAgreesOnUris(String text) {
    for (String mode : List.of("strict", "lenient")) {
      assertGivesUpOrAgrees(RULES, mode, text);
    }
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(
      strings = {
        "",
        "   ",
        "bob",
        "bob@",
        "@msn.com",
        "bob@msn",
        "bob@msn.com.",
        "bob@.com",
        "bob@live.com>",
        "<bob@live.com",
        "Bob <bob@live.com>",
        "sip:bob@live.com",
        "SIP:bob(contoso.com)@msn.com",
        "a@b(contoso.com)@msn.com",
        "bob(contoso.com)@msn.com@live.com",
        "bob(contoso.com)@live.com",
        "bob(contoso.com)@contoso.com",
        "bob@contoso.com",
        "(contoso.com)@msn.com",
        "bob()@msn.com",
        "bob(contoso)@msn.com",
        "bob(contoso.com.)@msn.com",
        "bob(live.com)@msn.com",
        "bob(Live.COM)@msn.com",
        "bob(b\u00fccher)@msn.com",
        "bob(b\u00fccher.live.com)@msn.com",
        "bob(b\u00fccher.123)@msn.com",
        "bob(b\u00fccher.-de)@msn.com",
        "bob(x_y.com)@msn.com",
        "bob(x_y.b\u00fccher.com)@msn.com",
        "bob(\u00df.de)@msn.com",
        "bob(b\u00fccher..de)@msn.com",
        "bob(-b\u00fccher.de)@msn.com",
        "bob(xn--bcher-kva.de)@msn.com",
        "bob(xn---bcher-kva.de)@msn.com",
        "bob(contoso.com)x@msn.com",
        "bob)(@msn.com",
        "b ob@live.com",
        "bob\u00e9@live.com",
        "bob(contoso.com)@msn.com\u00a0",
        "\u00a0bob@live.com",
      })
  void givesUpOrAgreesOnTypedText(String text) {
    assertGivesUpOrAgrees(RULES, "typed", text);
  }

  /** Blanks count toward the limit of typed text: the fast path reads up to it and not past. */
  @Test
  void readsTypedTextUpToItsLimit() {
    String account = "alice@live.com";
    String atLimit = " ".repeat(TypedText.MAX_LENGTH - account.length()) + account;
    assertSameAccount(MicrosoftAccount.parse(account), DecodingFastPath.typed(RULES, atLimit));
    assertSameAccount(MicrosoftAccount.parse(account), RULES.decodeTyped(atLimit, new ParseFailure()));
    String over = " " + atLimit;
    assertNull(DecodingFastPath.typed(RULES, over));
    assertNull(RULES.decodeTyped(over, new ParseFailure()));
  }

  /** Text that is no {@code String}: the "keep the caller's string" shortcut must not apply. */
  @Test
  void readsOtherCharSequences() {
    for (String text : List.of("alice@live.com", "Alice@Live.com", " bob(Contoso.com)@msn.com")) {
      MicrosoftAccount f = DecodingFastPath.typed(RULES, CharBuffer.wrap(text));
      assertNotNull(f, text);
      assertSameAccount(RULES.decodeTyped(text, new ParseFailure()), f);
    }
  }

  /** An excluded domain with an A-label: typed in Unicode, it is still excluded. */
  @Test
  void anInternationalizedDecoratedDomainCanBeExcluded() {
    NameDecoration rules =
        NameDecoration.of(
            Domain.parse("msn.com"), List.of(Domain.parse("msn.com"), Domain.parse("xn--bcher-kva.de")));
    assertGivesUpOrAgrees(rules, "typed", "bob(b\u00fccher.de)@msn.com");
    assertNull(general(rules, "typed", "bob(b\u00fccher.de)@msn.com"));
    assertSameAccount(
        MicrosoftAccount.parse("bob@xn--bcher-kva.com"),
        DecodingFastPath.typed(rules, "bob(b\u00fccher.com)@msn.com"));
  }

  /**
   * A routing domain of one label (valid as a domain, never as an account's domain): the fast path
   * must not take {@code bob@corp} as an account at an excluded domain.
   */
  @Test
  void anAccountsHostHasTwoLabelsEvenWhenTheRulesAllowOne() {
    Domain corp = Domain.parse("corp");
    NameDecoration rules = NameDecoration.of(corp, List.of(corp, Domain.parse("live.com")));
    for (String text : List.of("bob@corp", "bob(contoso.com)@corp", "bob@corp.")) {
      assertGivesUpOrAgrees(rules, "typed", text);
      assertGivesUpOrAgrees(rules, "strict", "sip:" + text);
      assertGivesUpOrAgrees(rules, "lenient", "sip:" + text);
    }
  }

  /** Other settings: the routing domain and the excluded ones come from the rules, not constants. */
  @Test
  void followsTheRulesItIsGiven() {
    NameDecoration rules =
        NameDecoration.of(
            Domain.parse("gateway.example"),
            List.of(
                Domain.parse("gateway.example"),
                Domain.parse("example.net"),
                Domain.parse("mail.example.org")));
    MicrosoftAccount f = fast(rules, "strict", "sip:bob(contoso.com)@gateway.example");
    assertNotNull(f);
    assertSameAccount(MicrosoftAccount.parse("bob@contoso.com"), f);
    assertSameAccount(MicrosoftAccount.parse("al@mail.example.org"), fast(rules, "typed", "Al@Mail.Example.org"));
    for (String text :
        List.of(
            "sip:bob(contoso.com)@msn.com",
            "sip:bob@live.com",
            "sip:bob(example.net)@gateway.example",
            "sip:bob(Example.NET)@gateway.example",
            "sip:bob(example.org)@gateway.example",
            "sip:bob@example.org",
            "sip:bob@xmail.example.org")) {
      assertGivesUpOrAgrees(rules, "strict", text);
      assertGivesUpOrAgrees(rules, "lenient", text);
      assertGivesUpOrAgrees(rules, "typed", text.substring(4));
    }
  }
}
