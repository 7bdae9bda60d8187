package dev.edgewise.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Accessors of {@link SipUri} at the edges the broader suites left open: port 0, the raw password,
 * a parameter that is absent, and a user part that holds text looking like parameters (which are
 * the user's, not the URI's). Written against mutants PIT left alive in {@code SipUri}.
 */
class SipUriAccessorEdgesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "sip:a@h.com:0 | 0 | sip:a@h.com:0",
        "SIP:a@H.com:00 | 0 | sip:a@h.com:0",
        "sip:a@h.com:5060 | 5060 | sip:a@h.com:5060",
        "sip:a@h.com:65535;lr | 65535 | sip:a@h.com:65535;lr",
      })
  void portZeroIsAPortLikeAnyOther(String text, int port, String canonical) {
    SipUri u = SipUri.parse(text);
    assertEquals(OptionalInt.of(port), u.port());
    assertEquals(canonical, u.canonical().toString());
    assertEquals(canonical, u.toBuilder().build().canonical().toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "sip:alice:p%40ss@atlanta.com | p%40ss | p@ss",
        "sip:alice:@atlanta.com | '' | ''",
        "sips:a:b%3Ac@h.com | b%3Ac | b:c",
      })
  void theRawPasswordIsWhatWasWritten(String text, String raw, String decoded) {
    SipUri u = SipUri.parse(text);
    assertEquals(Optional.of(raw), u.rawPassword());
    assertEquals(Optional.of(decoded), u.password());
    assertEquals(Optional.of(raw), u.toBuilder().build().rawPassword());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"sip:alice@atlanta.com", "sip:alice@atlanta.com;day=tuesday", "sip:h.com;x"})
  void anAbsentParameterIsEmptyNeverNull(String text) {
    SipUri u = SipUri.parse(text);
    assertEquals(Optional.empty(), u.parameter("transport"));
    assertEquals(Optional.empty(), u.parameter("nope"));
    assertFalse(u.hasParameter("nope"));
    assertFalse(u.hasLr());
    assertEquals(Optional.empty(), u.transport());
    assertEquals(OptionalInt.empty(), u.ttl());
    assertEquals(Optional.empty(), u.maddr());
    assertEquals(Optional.empty(), u.method());
    assertEquals(Optional.empty(), u.userParam());
  }

  /** ';' and '=' are allowed unescaped in a user part (RFC 3261 user-unreserved). */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "sip:a;lr;x@h.com",
        "sip:a;transport=tcp;x@h.com",
        "sip:a;user=phone;ttl=5;maddr=h.com;method=INVITE;x@h.com",
      })
  void parameterLookingTextInTheUserPartIsNotAParameter(String text) {
    SipUri u = SipUri.parse(text);
    assertTrue(u.parameters().isEmpty(), u.parameters()::toString);
    assertFalse(u.hasLr());
    assertEquals(Optional.empty(), u.transport());
    assertEquals(Optional.empty(), u.userParam());
    assertEquals(OptionalInt.empty(), u.ttl());
    assertEquals(Optional.empty(), u.maddr());
    assertEquals(Optional.empty(), u.method());
    assertEquals(Optional.of(text.substring(4, text.indexOf('@'))), u.user());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "sip:a;lr@h.com;lr | true",
        "sip:a;lr@h.com;x | false",
        "sip:a@h.com;x;lr | true",
        "sip:a@h.com;x;y | false",
      })
  void lrIsReadFromTheParametersOnly(String text, boolean lr) {
    assertEquals(lr, SipUri.parse(text).hasLr());
  }
}
