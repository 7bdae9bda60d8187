package dev.edgewise.address;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The edges of each kind {@code ContactAddress.classify} recognizes: how short a Skype name or
 * phone number may be, where a '+' may stand, the 32-character Skype name, and the index an error
 * names when blanks precede the text. Written against the mutants PIT left alive in the classifier.
 */
class ClassifyBoundaryTest {

  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // "8:" needs a name after it
        "8:a | SkypeName",
        "8: | Invalid",
        "'  8:' | Invalid",
        "'  8:a ' | SkypeName",
        // three digits make a phone number, two do not (and a digit cannot start a Skype name)
        "123 | PhoneNumber",
        "12 | Invalid",
        "999 | PhoneNumber",
        "000 | PhoneNumber",
        "+123 | PhoneNumber",
        "1+23 | Invalid",
        "(425) 555-0100 | PhoneNumber",
        "425/555.0100 | PhoneNumber",
        // a Skype name: a letter first, 32 characters at most
        "a | SkypeName",
        "a.b,c-d_9 | SkypeName",
        "1abc | Invalid",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa | SkypeName",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa | Invalid",
        // blanks around it do not count towards the 32
        "'  aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa  ' | SkypeName",
        "a0 | SkypeName",
        "a+b | Invalid",
        // user=phone makes a SIP URI a number; any other user parameter does not
        "sip:+14255550100@contoso.com;user=phone | PhoneNumber",
        "sip:bob@contoso.com;user=ip | SipAddress",
        "sip:bob@contoso.com | SipAddress",
        "sip:bob@live.com | NativeAccount",
        "sip:bob(contoso.com)@msn.com | DecoratedAccount",
        "sip:bob@sip | SipAddress",
        "b@c | SipAddress",
        "mailto:bob@live.com | NativeAccount",
        "mailto:bob@contoso.com | Ambiguous",
      })
  void kinds(String typed, String kind) {
    ContactAddress c = ContactAddress.classify(typed, NameDecoration.defaults());
    assertEquals(kind, c.getClass().getSimpleName(), c::toString);
  }

  @ParameterizedTest(name = "[{0}] -> {1}@{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a server's address: the index is where the user part would start
        "'sip:contoso.com' | BAD_USER_CHAR | 4",
        "'  sip:contoso.com' | BAD_USER_CHAR | 6",
        "'sips:contoso.com' | BAD_USER_CHAR | 5",
        "'12' | MISSING_AT | 2",
        "'  12' | MISSING_AT | 4",
        "'mailto:' | EMPTY | 7",
        "'@contoso.com' | BAD_LOCAL_PART | 0",
        "'bob@' | BAD_DOMAIN | 4",
      })
  void errors(String typed, AddressErrorKind kind, int index) {
    ContactAddress c = ContactAddress.classify(typed, NameDecoration.defaults());
    assertEquals(ContactAddress.Invalid.class, c.getClass(), c::toString);
    ContactAddress.Invalid i = (ContactAddress.Invalid) c;
    assertEquals(kind, i.kind(), i::message);
    assertEquals(index, i.index(), i::message);
  }
}
