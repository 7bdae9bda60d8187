package dev.edgewise.policy;

import static dev.edgewise.policy.Fixtures.base;
import static dev.edgewise.policy.Fixtures.sip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The message of {@link InvalidConfigurationException} names at most five errors, then counts. */
class InvalidConfigurationExceptionTest {

  /** A configuration with {@code n} errors: users u1..un outside the SIP domains. */
  private static OnPremisesConfiguration withErrors(int n) {
    OnPremisesConfiguration.Builder b = base().toBuilder();
    for (int i = 1; i <= n; i++) {
      b.addUsers(LocalUser.of(sip("sip:u" + i + "@fabrikam.com")));
    }
    return b.build();
  }

  private static String named(int from, int to) {
    return IntStream.rangeClosed(from, to)
        .mapToObj(i -> "USER_OUTSIDE_SIP_DOMAINS User:sip:u" + i + "@fabrikam.com")
        .collect(Collectors.joining("; "));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4, 5, 6, 7})
  void theMessageNamesTheFirstFiveErrorsAndCountsTheRest(int n) {
    InvalidConfigurationException e =
        assertThrows(InvalidConfigurationException.class, withErrors(n)::requireValid);
    String expected =
        n
            + (n == 1 ? " configuration error: " : " configuration errors: ")
            + named(1, Math.min(n, 5))
            + (n > 5 ? "; and " + (n - 5) + " more" : "");
    assertEquals(expected, e.getMessage());
    assertEquals(n, e.errors().size());
  }
}
