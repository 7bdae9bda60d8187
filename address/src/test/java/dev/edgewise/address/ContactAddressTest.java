package dev.edgewise.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContactAddressTest {
  private static final NameDecoration RULES = NameDecoration.defaults();

  /** What a person types, the variant, and its main value (address, account or error kind). */
  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // SIP URIs with a scheme: Lync or federated users.
        "sip:erin@northwind.com | SIP | sip:erin@northwind.com",
        "SIP:erin@northwind.com | SIP | sip:erin@northwind.com",
        "sip:carol@contoso.com | SIP | sip:carol@contoso.com",
        // A SIP user keeps its case: only accounts fold.
        "sip:Carol@Contoso.com | SIP | sip:Carol@contoso.com",
        "sips:erin@northwind.com | SIP | sips:erin@northwind.com",
        "'  sip:erin@northwind.com ' | SIP | sip:erin@northwind.com",
        "Erin <sip:erin@northwind.com> | SIP | sip:erin@northwind.com",
        "'\"Erin N\" <sip:erin@northwind.com>' | SIP | sip:erin@northwind.com",
        // Microsoft accounts at excluded domains, with or without scheme.
        "alice@live.com | NATIVE | alice@live.com",
        "Alice@Live.COM | NATIVE | alice@live.com",
        "BOB@HOTMAIL.COM | NATIVE | bob@hotmail.com",
        "bob+tag@outlook.com | NATIVE | bob+tag@outlook.com",
        "sip:alice@live.com | NATIVE | alice@live.com",
        "sip:Alice@LIVE.com | NATIVE | alice@live.com",
        "alice@msn.com | NATIVE | alice@msn.com",
        "Alice Smith <alice@live.com> | NATIVE | alice@live.com",
        "mailto:alice@live.com | NATIVE | alice@live.com",
        // Decorated accounts.
        "bob(contoso.com)@msn.com | DECORATED | bob@contoso.com",
        "sip:bob(contoso.com)@msn.com | DECORATED | bob@contoso.com",
        "sip:bob%28contoso.com%29@msn.com | DECORATED | bob@contoso.com",
        "Bob(Contoso.COM)@MSN.COM | DECORATED | bob@contoso.com",
        "bob(bücher.de)@msn.com | DECORATED | bob@xn--bcher-kva.de",
        "ILKIN(ISTANBUL.COM)@MSN.COM | DECORATED | ilkin@istanbul.com",
        // Ambiguous: a federated user, or an account to decorate.
        "bob@contoso.com | AMBIGUOUS | bob@contoso.com",
        "Bob@Contoso.com | AMBIGUOUS | bob@contoso.com",
        "bob@gmail.com | AMBIGUOUS | bob@gmail.com",
        "bob@live.co.uk | AMBIGUOUS | bob@live.co.uk",
        "bob@bücher.de | AMBIGUOUS | bob@xn--bcher-kva.de",
        "Bob <bob@contoso.com> | AMBIGUOUS | bob@contoso.com",
        // Only a SIP reading: not an account name.
        "bob;ext=1@contoso.com | SIP | sip:bob;ext=1@contoso.com",
        "bob@192.0.2.1 | SIP | sip:bob@192.0.2.1",
        // Skype names.
        "live:bob_1 | SKYPE | live:bob_1",
        "live:.cid.1234abcd | SKYPE | live:.cid.1234abcd",
        "skype:bob.smith | SKYPE | skype:bob.smith",
        "8:live:bob | SKYPE | 8:live:bob",
        "bob.smith | SKYPE | bob.smith",
        "echo123 | SKYPE | echo123",
        // Parseable nonsense read on purpose: Skype names may hold dots, so a bare domain reads as
        // one; either way it cannot be added, and the message asks for the account's address.
        "contoso.com | SKYPE | contoso.com",
        // Phone numbers.
        "tel:+14255550100 | PHONE | tel:+14255550100",
        "+1 425 555 0100 | PHONE | +1 425 555 0100",
        "(425) 555-0100 | PHONE | (425) 555-0100",
        "sip:+14255550100@contoso.com;user=phone | PHONE | +14255550100",
        // Invalid, with the kind.
        "'' | INVALID | EMPTY",
        "'   ' | INVALID | EMPTY",
        "bob | SKYPE | bob",
        "bob smith | INVALID | MISSING_AT",
        "http://contoso.com | INVALID | BAD_SCHEME",
        "x()@msn.com | INVALID | EMPTY_DECORATED_DOMAIN",
        "bob((contoso.com))@msn.com | INVALID | UNBALANCED_PARENTHESES",
        "bob(contoso.com@msn.com | INVALID | UNBALANCED_PARENTHESES",
        "bob(bob@contoso.com)@msn.com | INVALID | AT_IN_DECORATED_DOMAIN",
        "sip:bob(bob%40contoso.com)@msn.com | INVALID | AT_IN_DECORATED_DOMAIN",
        "bob(live.com)@msn.com | INVALID | DECORATED_EXCLUDED_DOMAIN",
        "bob(contoso.com)@live.com | INVALID | WRONG_ROUTING_DOMAIN",
        "bob(contoso.com)@fabrikam.com | INVALID | WRONG_ROUTING_DOMAIN",
        "sip:bob(contoso.com)@fabrikam.com | INVALID | WRONG_ROUTING_DOMAIN",
        "bob(contoso.com)x@msn.com | INVALID | MISPLACED_DECORATION",
        "bob..smith@live.com | INVALID | BAD_LOCAL_PART",
        "bob smith@contoso.com | INVALID | BAD_LOCAL_PART",
        "bob@contoso..com | INVALID | BAD_DOMAIN",
        "Bob <bob@contoso.com | INVALID | BAD_NAME_ADDR",
        "<> | INVALID | BAD_NAME_ADDR",
        "sip:bob@ | INVALID | BAD_HOST",
        "sip:contoso.com | INVALID | BAD_USER_CHAR",
        "sip:bob@live.com;transport=tls | INVALID | URI_COMPONENTS_NOT_ALLOWED",
        "sips:bob@live.com | INVALID | BAD_SCHEME",
        "bob@contoso.com;transport=tls | SIP | sip:bob@contoso.com;transport=tls",
        "mailto: | INVALID | EMPTY",
        "bob@ | INVALID | BAD_DOMAIN",
        "@contoso.com | INVALID | BAD_LOCAL_PART",
        "bıll@live.com | INVALID | BAD_LOCAL_PART",
      })
  void classify(String typed, String variant, String value) {
    ContactAddress c = ContactAddress.classify(typed, RULES);
    switch (variant) {
      case "SIP" ->
          assertEquals(
              SipUri.parse(value), assertInstanceOf(ContactAddress.SipAddress.class, c).uri());
      case "NATIVE" -> {
        ContactAddress.NativeAccount n = assertInstanceOf(ContactAddress.NativeAccount.class, c);
        assertEquals(MicrosoftAccount.parse(value), n.account());
        assertEquals(RULES.encode(n.account()), n.imAddress());
      }
      case "DECORATED" -> {
        ContactAddress.DecoratedAccount d =
            assertInstanceOf(ContactAddress.DecoratedAccount.class, c);
        assertEquals(MicrosoftAccount.parse(value), d.account());
        assertEquals(RULES.encode(d.account()), d.imAddress());
      }
      case "AMBIGUOUS" -> {
        ContactAddress.Ambiguous a = assertInstanceOf(ContactAddress.Ambiguous.class, c);
        MicrosoftAccount account = MicrosoftAccount.parse(value);
        assertEquals(account, a.account());
        assertEquals(RULES.encode(account), a.decorated());
        assertEquals(SipUri.parse("sip:" + value), a.federatedUser());
      }
      case "SKYPE" ->
          assertEquals(value, assertInstanceOf(ContactAddress.SkypeName.class, c).name());
      case "PHONE" ->
          assertEquals(value, assertInstanceOf(ContactAddress.PhoneNumber.class, c).number());
      case "INVALID" ->
          assertEquals(
              AddressErrorKind.valueOf(value),
              assertInstanceOf(ContactAddress.Invalid.class, c).kind(),
              c.message());
      default -> throw new AssertionError(variant);
    }
    assertEquals(
        variant.equals("SIP") || variant.equals("NATIVE") || variant.equals("DECORATED"),
        c.isAddable());
    assertFalse(c.message().isEmpty());
  }

  @Test
  void rejectionsSayWhatToDo() {
    assertTrue(
        ContactAddress.classify("live:bob", RULES)
            .message()
            .startsWith(
                "Skype names cannot be added; ask for the Microsoft account e-mail address"));
    assertTrue(
        ContactAddress.classify("+1 425 555 0100", RULES).message().contains("phone number"));
    String ambiguous = ContactAddress.classify("bob@contoso.com", RULES).message();
    assertTrue(ambiguous.contains("sip:bob@contoso.com"), ambiguous);
    assertTrue(ambiguous.contains("sip:bob(contoso.com)@msn.com"), ambiguous);
    String decoratedLive = ContactAddress.classify("bob(live.com)@msn.com", RULES).message();
    assertTrue(decoratedLive.contains("bob@live.com"), decoratedLive);
  }

  @Test
  void theSettingsDecideWhatIsNative() {
    NameDecoration uk =
        NameDecoration.of(
            Domain.parse("msn.com"),
            List.of(Domain.parse("msn.com"), Domain.parse("hotmail.co.uk")));
    assertInstanceOf(
        ContactAddress.NativeAccount.class, ContactAddress.classify("bob@hotmail.co.uk", uk));
    assertInstanceOf(ContactAddress.Ambiguous.class, ContactAddress.classify("bob@live.com", uk));
    assertInstanceOf(
        ContactAddress.DecoratedAccount.class,
        ContactAddress.classify("bob(live.com)@msn.com", uk));
  }

  @Test
  void hugeInputIsTooLong() {
    ContactAddress c = ContactAddress.classify("a".repeat(100_000) + "@contoso.com", RULES);
    assertEquals(
        AddressErrorKind.TOO_LONG, assertInstanceOf(ContactAddress.Invalid.class, c).kind());
  }

  @Test
  void nullIsAProgrammingError() {
    assertThrows(NullPointerException.class, () -> ContactAddress.classify(null, RULES));
    assertThrows(NullPointerException.class, () -> ContactAddress.classify("bob@live.com", null));
  }
}
