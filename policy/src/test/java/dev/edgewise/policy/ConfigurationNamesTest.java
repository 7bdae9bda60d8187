package dev.edgewise.policy;

import static dev.edgewise.policy.Fixtures.ALICE;
import static dev.edgewise.policy.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

/**
 * Names a configuration declares (issue 15): constructors and {@link PolicyIdentity#parse} accept
 * exactly the same names, every name that nothing could reference is refused, and messages quote a
 * bounded excerpt.
 */
class ConfigurationNamesTest {

  /** Names nothing could reference. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "", " ", "a:b", "\u001c", "x\u0000", "\u0000x", "Red\u007fmond", "x\u0085", "\u00a0x",
        "x\u2003", "\tx", "x\n", "\ud800", "x\udc00y"
      })
  void everyNameRuleRefusesTheSameNames(String name) {
    List<Function<String, Object>> makers =
        List.of(
            PolicyIdentity::tag,
            PolicyIdentity::site,
            n -> PublicProvider.skype().toBuilder().identity(n).build(),
            n -> HostingProvider.builder().identity(n).proxyFqdn(d("sip.hoster.net")).build(),
            n -> LocalUser.builder().sipUri(ALICE).site(n).build(),
            n -> LocalUser.builder().sipUri(ALICE).externalAccessPolicy(n).build());
    for (Function<String, Object> make : makers) {
      assertThrows(IllegalArgumentException.class, () -> make.apply(name), () -> "accepted " + name);
    }
    assertTrue(ConfigurationNames.problem(name).isPresent());
  }

  @ParameterizedTest
  @ValueSource(strings = {"NoPic", "Redmond West", "Zürich", "名前", "a\u200db", "x\ud83d\ude00"})
  void ordinaryNamesAreAccepted(String name) {
    assertEquals(name, PolicyIdentity.tag(name).name());
    assertEquals(PolicyIdentity.tag(name), PolicyIdentity.parse(PolicyIdentity.tag(name).toString()));
    assertEquals(PolicyIdentity.site(name), PolicyIdentity.parse(PolicyIdentity.site(name).toString()));
    assertEquals(name, PublicProvider.skype().toBuilder().identity(name).build().identity());
  }

  @Test
  void issue15Regressions() {
    // tag("\u001c") used to build and print "Tag:\u001c", which parse trimmed to an empty name.
    assertThrows(IllegalArgumentException.class, () -> PolicyIdentity.tag("\u001c"));
    assertThrows(IllegalArgumentException.class, () -> PolicyIdentity.parse("Tag:\u001c"));
    // parse("Tag:x\u0000") used to return Tag:x, a different identity from tag("x\u0000").
    assertThrows(IllegalArgumentException.class, () -> PolicyIdentity.tag("x\u0000"));
    assertThrows(IllegalArgumentException.class, () -> PolicyIdentity.parse("Tag:x\u0000"));
    assertThrows(IllegalArgumentException.class, () -> PolicyIdentity.parse("x\u0000"));
    // White space around the whole text is read the same way as it is refused in names.
    assertEquals(PolicyIdentity.tag("NoPic"), PolicyIdentity.parse("\u00a0Tag:NoPic\u2003"));
    assertEquals(PolicyIdentity.global(), PolicyIdentity.parse(" global "));
  }

  @Test
  void messagesQuoteABoundedExcerpt() {
    String huge = "x".repeat(1_000_000);
    List<Runnable> calls =
        List.of(
            () -> PolicyIdentity.tag(huge + ":"),
            () -> PolicyIdentity.site(huge + "\u0000"),
            () -> PolicyIdentity.parse("site:" + huge + " :"),
            () -> new PolicyIdentity(PolicyScope.GLOBAL, huge),
            () -> PublicProvider.skype().toBuilder().identity(huge + " ").build(),
            () -> HostingProvider.builder().identity(":" + huge).proxyFqdn(d("h.net")).build(),
            // Each control character is quoted as six; the fuzzer found a 208-character message.
            () -> PolicyIdentity.tag("x" + "\u0001".repeat(1_000_000)));
    for (Runnable call : calls) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
      assertTrue(e.getMessage().length() < 200, () -> "message of " + e.getMessage().length());
      assertTrue(e.getMessage().contains("1000"), e.getMessage());
    }
    assertEquals("'a\\u0000b'", ConfigurationNames.excerpt("a\u0000b"));
    // Unpaired surrogates are written as escapes too, so a message stays well-formed text.
    assertEquals("'a\\ud800b\\udc00'", ConfigurationNames.excerpt("a\ud800b\udc00"));
    assertEquals(
        "Site:'Paris\\udfff'",
        Fixtures.base().toBuilder().addSites("Paris\udfff").build().validate().get(0).subject());
    // The limit counts quoted characters: six escapes fill 36 of 40, a seventh would not fit.
    assertEquals(
        "'" + "\\u0001".repeat(6) + "'... (7 characters)",
        ConfigurationNames.excerpt("\u0001".repeat(7)));
    assertEquals(
        "'" + "x".repeat(40) + "'... (41 characters)", ConfigurationNames.excerpt("x".repeat(41)));
    assertEquals("'" + "x".repeat(40) + "'", ConfigurationNames.excerpt("x".repeat(40)));
  }

  // --- properties --------------------------------------------------------------------------

  /** Short strings over code points that include controls, spaces, colons and no-break spaces. */
  private static Gen<String> names() {
    return strings()
        .betweenCodePoints(0, 0x2100)
        .ofLengthBetween(0, 5)
        .mix(arbitrary().pick(List.of("", " ", ":", "a:b", "x\u0000", "\u001c", "\u00a0x", "x ")), 20);
  }

  @Test
  void everyAcceptedNamePrintsAsAnIdentityThatParsesBack() {
    qt().forAll(names(), arbitrary().pick(List.of(PolicyScope.SITE, PolicyScope.USER)))
        .checkAssert(
            (name, scope) -> {
              PolicyIdentity id;
              try {
                id = new PolicyIdentity(scope, name);
              } catch (IllegalArgumentException refused) {
                assertTrue(ConfigurationNames.problem(name).isPresent());
                return;
              }
              assertEquals(id, PolicyIdentity.parse(id.toString()));
            });
  }

  @Test
  void parseAcceptsNoNameTheConstructorRefuses() {
    qt().forAll(
            arbitrary().pick(List.of("", "Tag:", "tag:", "site:", "SITE:", " ", "Global")),
            names())
        .checkAssert(
            (prefix, rest) -> {
              PolicyIdentity id;
              try {
                id = PolicyIdentity.parse(prefix + rest);
              } catch (IllegalArgumentException refused) {
                return;
              }
              // What parse returns was built by the constructor, so it prints and reads back.
              assertEquals(id, new PolicyIdentity(id.scope(), id.name()));
              assertEquals(id, PolicyIdentity.parse(id.toString()));
            });
  }

  @Test
  void aNameIsAcceptedExactlyWhenItsTaggedFormReadsBackToIt() {
    qt().forAll(names())
        .checkAssert(
            name -> {
              boolean accepted = ConfigurationNames.problem(name).isEmpty();
              boolean readsBack;
              try {
                readsBack = PolicyIdentity.parse("Tag:" + name).name().equals(name);
              } catch (IllegalArgumentException refused) {
                readsBack = false;
              }
              assertEquals(accepted, readsBack, () -> "name " + ConfigurationNames.excerpt(name));
            });
  }
}
