package dev.edgewise.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which labels are A-labels (exactly "xn--" in either case, RFC 3490), and the explanation for an
 * underscore, the most common mistake in a host name. Written against mutants PIT left alive in
 * {@code Domain.checkLabel} and {@code Domain.checkAscii}.
 */
class DomainLabelEdgesTest {

  /** Hyphens in the third and fourth place do not make an A-label unless the label starts "xn". */
  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"an--b.com", "xa--b.com", "bn--b.com", "x---b.com", "ab--c.com", "Xa--b.com"})
  void onlyXnMakesAnALabel(String name) {
    assertTrue(Domain.isValid(name), name);
  }

  /** A label that is no Punycode is refused under the ACE prefix in any case. */
  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"xn--99999999999.com", "XN--99999999999.com", "Xn--99999999999.com", "xN--99999999999.com"})
  void aBrokenALabelIsRefusedInAnyCase(String name) {
    AddressParseException e = assertThrows(AddressParseException.class, () -> Domain.parse(name));
    assertEquals(AddressErrorKind.BAD_DOMAIN, e.kind(), name);
    assertEquals(0, e.index(), name);
    assertTrue(e.getMessage().contains("xn--"), e.getMessage());
  }

  @Test
  void anUnderscoreIsExplained() {
    AddressParseException e = assertThrows(AddressParseException.class, () -> Domain.parse("a_b.com"));
    assertEquals(AddressErrorKind.BAD_DOMAIN, e.kind());
    assertEquals(1, e.index());
    assertTrue(e.getMessage().contains("'_' is not allowed"), e.getMessage());
    AddressParseException other =
        assertThrows(AddressParseException.class, () -> Domain.parse("a*b.com"));
    assertTrue(other.getMessage().contains("only letters, digits"), other.getMessage());
  }
}
