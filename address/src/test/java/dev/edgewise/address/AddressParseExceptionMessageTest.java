package dev.edgewise.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code AddressParseException.message}, which {@code ContactAddress.classify} puts into an
 * invalid result without building an exception, formats exactly what the exception's own message
 * says, at every edge of the excerpt: empty input, an error near either end, exactly at the
 * excerpt's radius, past the end. Written against mutants PIT left alive there.
 */
class AddressParseExceptionMessageTest {

  @ParameterizedTest(name = "[{0}] at {1}")
  @CsvSource({
    "'', 0, false, false",
    "'', 5, false, false",
    "a, 0, false, false",
    "abcdefghijkl, 0, false, false",
    "abcdefghijkl, 12, false, false",
    "abcdefghijklm, 0, false, true",
    "abcdefghijklm, 12, false, false",
    "abcdefghijklm, 13, true, false",
    "abcdefghijklmnopqrstuvwxyz, 12, false, true",
    "abcdefghijklmnopqrstuvwxyz, 13, true, true",
    "abcdefghijklmnopqrstuvwxyz, 14, true, false",
    "abcdefghijklmnopqrstuvwxyz, 26, true, false",
    "abcdefghijklmnopqrstuvwxyz, 40, true, false",
  })
  void theStaticFormIsTheExceptionsMessage(String input, int index, boolean before, boolean after) {
    for (String detail : new String[] {"", "what is wrong"}) {
      String expected =
          new AddressParseException(AddressErrorKind.BAD_HOST, index, input, detail).getMessage();
      String m = AddressParseException.message(AddressErrorKind.BAD_HOST, index, input, detail);
      assertEquals(expected, m);
      assertTrue(m.startsWith("BAD_HOST at index " + index), m);
      String excerptPart = m.substring(("BAD_HOST at index " + index).length());
      assertEquals(!input.isEmpty(), excerptPart.startsWith(": "), m);
      assertEquals(before, excerptPart.startsWith(": ..."), m);
      String withoutDetail = detail.isEmpty() ? excerptPart : excerptPart.replace(" (" + detail + ")", "");
      assertEquals(after, withoutDetail.endsWith("..."), m);
      assertFalse(m.contains("null"), m);
    }
  }

  /**
   * Errors found by an inner reading keep its detail sentence: a typed {@code sip:} address that
   * is no account, and an internationalized domain whose ASCII form is invalid.
   */
  @Test
  void innerDetailsReachTheMessage() {
    AddressParseException typed =
        assertThrows(
            AddressParseException.class,
            () -> NameDecoration.defaults().decode("sip:bob(contoso)@msn.com"));
    String detail = typed.getMessage().substring(typed.getMessage().indexOf(" ("));
    assertTrue(detail.length() > 4 && detail.endsWith(")"), typed.getMessage());
    AddressParseException idn =
        assertThrows(AddressParseException.class, () -> Domain.parse("b\u00fccher.123"));
    assertTrue(idn.getMessage().contains("must start with a letter"), idn.getMessage());
  }
}
