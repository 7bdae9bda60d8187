package dev.edgewise.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The character rules of {@code UriChars} seen through {@link SipUri}: escapes compared by the
 * octet they stand for (in pairs whose canonical texts differ, so that the comparison itself
 * answers), parameter names matched against the known words unit by unit, upper-case letters
 * in a host's last label, and U+0080 escaped as UTF-8. Written against mutants PIT left alive in
 * {@code UriChars}.
 */
class UriCharsComparisonTest {

  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // an other-param in one URI only is ignored, so the user parts decide
        "sip:%61lice@h.com;foo=1 | sip:alice@h.com | true",
        "sip:%61lice@h.com;foo=1 | sip:blice@h.com | false",
        "sip:%41lice@h.com;foo=1 | sip:alice@h.com | false",
        "sip:a%2Bb@h.com;foo=1 | sip:a+b@h.com | false",
        // parameter values compare ignoring case, escapes by their octet
        "sip:a@h.com;x=%41;foo | sip:a@h.com;x=a | true",
        "sip:a@h.com;x=%42;foo | sip:a@h.com;x=a | false",
        "sip:a@h.com;x=%7A;foo | sip:a@h.com;x=Z | true",
        // two different reserved characters are two different units
        "sip:a/b@h.com;foo | sip:a?b@h.com | false",
        "sip:a@h.com;x=a/b;foo | sip:a@h.com;x=a:b | false",
        "sip:a/b@h.com;foo | sip:a/b@h.com | true",
      })
  void escapesCompareByTheOctetTheyStandFor(String a, String b, boolean expected) {
    SipUri x = SipUri.parse(a);
    SipUri y = SipUri.parse(b);
    assertNotEquals(x.canonical().toString(), y.canonical().toString(), "not a component case");
    assertEquals(expected, x.isEquivalentTo(y), a + " ~ " + b);
    assertEquals(expected, y.isEquivalentTo(x), b + " ~ " + a);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "sip:a@h.com;%74ransport=tcp | tcp",
        "sip:a@h.com;TRANSPORT=tcp | tcp",
        "sip:a@h.com;%54%52%41%4E%53%50%4F%52%54=udp | udp",
        // longer or shorter than the word, in characters or in units
        "sip:a@h.com;transports=tcp | ",
        "sip:a@h.com;%74ransports=tcp | ",
        "sip:a@h.com;%74%72ans=tcp | ",
        "sip:a@h.com;transpor=tcp | ",
        "sip:a@h.com;transpozz=tcp | ",
      })
  void aKnownNameIsTheWholeWordUnitByUnit(String text, String transport) {
    assertEquals(Optional.ofNullable(transport), SipUri.parse(text).transport());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "sip:a@h.com;lr | true",
        "sip:a@h.com;%6Cr | true",
        "sip:a@h.com;lrx | false",
        "sip:a@h.com;%6Crx | false",
        "sip:a@h.com;%6C | false",
        "sip:a@h.com;l | false",
        "sip:a@h.com;ttl2=5 | false",
        "sip:a@h.com;ab | false",
        "sip:a@h.com;lx;rl | false",
      })
  void lrIsTheWholeName(String text, boolean lr) {
    SipUri u = SipUri.parse(text);
    assertEquals(lr, u.hasLr());
    assertEquals(OptionalInt.empty(), u.ttl());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"h.COM", "H.Com", "a.Z", "A.Z9", "x.example.ZZ"})
  void aLastLabelMayStartWithAnUpperCaseLetter(String host) {
    assertTrue(Host.isValid(host), host);
    assertEquals(Host.Type.DOMAIN_NAME, Host.parse(host).type());
    assertTrue(SipUri.isValid("sip:a@" + host), host);
    assertFalse(Host.isValid(host.substring(0, host.lastIndexOf('.') + 1) + "9a"), host);
  }

  @ParameterizedTest(name = "U+{0}")
  @CsvSource({"0080, %C2%80", "007F, %7F", "00FF, %C3%BF", "0020, %20"})
  void aCharacterOutsideTheUserSetIsEscapedAsUtf8(String hex, String escaped) {
    String user = "a" + (char) Integer.parseInt(hex, 16);
    SipUri u = SipUri.builder().user(user).host("h.com").build();
    assertEquals("sip:a" + escaped + "@h.com", u.toString());
    assertEquals(Optional.of(user), u.user());
  }
}
