package dev.edgewise.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A coverage-guided fuzz target for {@link PolicyIdentity}, the one reader of configuration names
 * an admin types (runbooks and the command-line tool hand it their text): the constructor and
 * {@link PolicyIdentity#parse} must accept exactly the same names, and every refusal must be an
 * {@link IllegalArgumentException} with a bounded message.
 *
 * <ul>
 *   <li>what {@code parse} reads prints as text that reads back to an equal identity, with or
 *       without white space around it;
 *   <li>a name the constructor accepts, as a site or a tag, prints as an identity that reads back
 *       to an equal one, and a name it refuses is never what {@code parse} reads behind the same
 *       prefix;
 *   <li>the constructor accepts exactly the names the documented rule allows;
 *   <li>no message is longer than {@link #MAX_MESSAGE}, however long the text.
 * </ul>
 *
 * <p>Without {@code JAZZER_FUZZ} the target replays its committed inputs under {@code
 * src/test/resources/dev/edgewise/policy/PolicyIdentityFuzzTestInputs/policyIdentity/};
 * docs/reliability.md has the command that fuzzes it.
 */
class PolicyIdentityFuzzTest {

  /** Messages quote an excerpt of {@link ConfigurationNames#EXCERPT_LENGTH} characters at most. */
  private static final int MAX_MESSAGE = 200;

  @FuzzTest(maxDuration = "10m")
  void policyIdentity(FuzzedDataProvider data) {
    boolean asSite = data.consumeBoolean();
    String text = data.consumeRemainingAsString();

    Optional<PolicyIdentity> read = attempt(() -> PolicyIdentity.parse(text));
    read.ifPresent(
        id -> {
          assertEquals(id, PolicyIdentity.parse(id.toString()), text);
          assertEquals(id, PolicyIdentity.parse(" \u00a0" + text + "\t"), text);
          assertEquals(id, new PolicyIdentity(id.scope(), id.name()), text);
        });

    Optional<PolicyIdentity> made =
        attempt(() -> asSite ? PolicyIdentity.site(text) : PolicyIdentity.tag(text));
    String prefix = asSite ? "site:" : "Tag:";
    assertEquals(isNameAsDocumented(text), made.isPresent(), text);
    if (made.isPresent()) {
      PolicyIdentity id = made.get();
      assertEquals(text, id.name());
      assertEquals(prefix + text, id.toString());
      assertEquals(id, PolicyIdentity.parse(id.toString()), text);
    } else {
      // parse trims the whole text, so it may read a shorter name, but never this one.
      Optional<PolicyIdentity> parsed = attempt(() -> PolicyIdentity.parse(prefix + text));
      assertFalse(parsed.isPresent() && parsed.get().name().equals(text), text);
    }
  }

  /**
   * The rule {@link PolicyIdentity}'s Javadoc states, written out separately: non-empty, no white
   * space or space separator at either end, no colon, no control character, no unpaired surrogate.
   */
  private static boolean isNameAsDocumented(String name) {
    if (name.isEmpty() || isSpace(name.codePointAt(0)) || isSpace(name.codePointBefore(name.length()))) {
      return false;
    }
    return name.codePoints()
        .noneMatch(
            cp ->
                cp == ':'
                    || Character.getType(cp) == Character.CONTROL
                    || Character.getType(cp) == Character.SURROGATE);
  }

  private static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }

  /** The identity, or empty if it is refused the documented way; anything else fails the test. */
  private static Optional<PolicyIdentity> attempt(Supplier<PolicyIdentity> reading) {
    try {
      return Optional.of(reading.get());
    } catch (IllegalArgumentException e) {
      String message = String.valueOf(e.getMessage());
      assertTrue(message.length() <= MAX_MESSAGE, () -> message.length() + ": " + message);
      return Optional.empty();
    } catch (RuntimeException e) {
      return fail("undocumented exception", e);
    }
  }
}
