package dev.edgewise.runbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Proves that the locale pass of {@code .ci/run} really runs under the locale it asks for: the
 * build passes the expected language tag as a system property and the locale itself as a JVM
 * start-up option, and this test fails if the two disagree.
 */
class DefaultLocaleCanaryTest {

  @Test
  void defaultLocaleIsTheOneTheBuildAskedFor() {
    String expected = System.getProperty("edgewise.test.expectedLocale", "");
    if (!expected.isEmpty()) {
      assertEquals(expected, Locale.getDefault().toLanguageTag());
    }
  }
}
