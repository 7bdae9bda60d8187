package dev.edgewise.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VerificationLevelTest {

  static Stream<Arguments> table() {
    return Stream.of(
        Arguments.of(VerificationLevel.ALWAYS_VERIFIABLE, "AlwaysVerifiable", 0),
        Arguments.of(VerificationLevel.ALWAYS_UNVERIFIABLE, "AlwaysUnverifiable", 1),
        Arguments.of(VerificationLevel.USE_SOURCE_VERIFICATION, "UseSourceVerification", 2));
  }

  @ParameterizedTest
  @MethodSource("table")
  void cmdletNameAndDocumentedNumber(VerificationLevel level, String name, int number) {
    assertEquals(name, level.cmdletName());
    assertEquals(name, level.toString());
    assertEquals(number, level.number());
    assertEquals(Optional.of(level), VerificationLevel.fromNumber(number));
    assertEquals(Optional.of(level), VerificationLevel.fromCmdletName(name));
  }

  @ParameterizedTest
  @MethodSource("table")
  void namesIgnoreAsciiCaseAndSurroundingSpace(VerificationLevel level, String name, int n) {
    assertEquals(
        Optional.of(level),
        VerificationLevel.fromCmdletName(" " + name.toUpperCase(java.util.Locale.ROOT)));
    assertEquals(
        Optional.of(level),
        VerificationLevel.fromCmdletName(name.toLowerCase(java.util.Locale.ROOT)));
  }

  @Test
  void unknownNamesAndNumbersAreEmpty() {
    assertEquals(Optional.empty(), VerificationLevel.fromNumber(-1));
    assertEquals(Optional.empty(), VerificationLevel.fromNumber(3));
    assertEquals(Optional.empty(), VerificationLevel.fromCmdletName(""));
    assertEquals(Optional.empty(), VerificationLevel.fromCmdletName("Verifiable"));
    // A Turkish dotless i is not an ASCII I: no locale-dependent match.
    assertEquals(Optional.empty(), VerificationLevel.fromCmdletName("AlwaysUnverıfiable"));
  }
}
