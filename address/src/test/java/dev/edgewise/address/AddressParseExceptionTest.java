package dev.edgewise.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AddressParseExceptionTest {

  @Test
  void carriesKindAndIndex() {
    AddressParseException e =
        new AddressParseException(AddressErrorKind.BAD_PORT, 4, "sip:x", "");
    assertEquals(AddressErrorKind.BAD_PORT, e.kind());
    assertEquals(4, e.index());
    assertEquals("BAD_PORT at index 4: sip:x", e.getMessage());
  }

  @Test
  void messageShowsOnlyAnExcerptOfLongInput() {
    String secret = "a".repeat(500) + "!" + "b".repeat(500);
    AddressParseException e =
        new AddressParseException(AddressErrorKind.BAD_USER_CHAR, 500, secret, "");
    String m = e.getMessage();
    assertTrue(m.length() < 80, m);
    assertTrue(m.contains("...aaaaaaaaaaaa!bbbbbbbbbbb..."), m);
  }

  @Test
  void emptyInputAndDetail() {
    AddressParseException e =
        new AddressParseException(AddressErrorKind.EMPTY, 0, "", "nothing was typed");
    assertEquals("EMPTY at index 0 (nothing was typed)", e.getMessage());
  }

  @Test
  void controlCharactersAreMasked() {
    AddressParseException e =
        new AddressParseException(AddressErrorKind.BAD_HOST, 1, "a\nb", "");
    assertFalse(e.getMessage().contains("\n"));
  }
}
