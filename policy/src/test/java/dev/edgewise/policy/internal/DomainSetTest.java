package dev.edgewise.policy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.edgewise.address.Domain;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;

class DomainSetTest {

  private static final DomainSet LISTED =
      DomainSet.of(
          List.of(
              Domain.parse("contoso.com"),
              Domain.parse("it.contoso.com"),
              Domain.parse("msn.com"),
              Domain.parse("contoso.com")));

  @ParameterizedTest(name = "{0}: contains={1}, nearest={2}")
  @CsvSource({
    "contoso.com,          true,  contoso.com",
    "sip.contoso.com,      false, contoso.com",
    "a.it.contoso.com,     false, it.contoso.com",
    "it.contoso.com,       true,  it.contoso.com",
    "subcontoso.com,       false, ''",
    "com,                  false, ''",
    "fabrikam.com,         false, ''",
    "msn.com,              true,  msn.com",
    "contoso.com.au,       false, ''",
  })
  void table(String domain, boolean contains, String nearest) {
    Domain d = Domain.parse(domain);
    assertEquals(contains, LISTED.contains(d));
    String found = LISTED.findSelfOrAncestor(d);
    assertEquals(nearest, found == null ? "" : found);
  }

  @Test
  void duplicatesCountOnce() {
    assertEquals(3, LISTED.size());
  }

  @Test
  void emptySetFindsNothing() {
    DomainSet empty = DomainSet.of(List.of());
    assertFalse(empty.contains(Domain.parse("contoso.com")));
    assertNull(empty.findSelfOrAncestor(Domain.parse("contoso.com")));
  }

  /** Small alphabet so that generated names share labels and collide often. */
  private static Gen<Domain> domains() {
    Gen<String> label = integers().between(0, 5).map(i -> new String[] {"a", "b", "ab", "ba", "c0", "x-y"}[i]);
    return lists()
        .of(label)
        .ofSizeBetween(1, 4)
        .map(labels -> Domain.parse(String.join(".", labels) + ".com"));
  }

  @Test
  void agreesWithAWalkOverParents() {
    qt().forAll(lists().of(domains()).ofSizeBetween(0, 12), domains())
        .checkAssert(
            (listed, asked) -> {
              DomainSet set = DomainSet.of(listed);
              assertEquals(listed.contains(asked), set.contains(asked));
              String expected = null;
              for (Optional<Domain> d = Optional.of(asked); d.isPresent(); d = d.get().parent()) {
                if (listed.contains(d.get())) {
                  expected = d.get().toString();
                  break;
                }
              }
              assertEquals(expected, set.findSelfOrAncestor(asked));
              assertEquals(new HashSet<>(listed).size(), set.size());
              // The same questions about a region of a longer text: a host written with a user
              // part before it and a trailing dot after it.
              String text = "user@" + asked + ".";
              int from = "user@".length();
              int to = text.length() - 1;
              Domain found = set.get(text, from, to);
              assertEquals(listed.contains(asked) ? asked : null, found);
              // A whole text is hashed by its own string, a region by the pass: they must agree.
              String whole = asked.toString();
              assertEquals(found, set.get(whole, 0, whole.length()));
              Domain nearest = set.findSelfOrAncestor(text, from, to);
              assertEquals(expected, nearest == null ? null : nearest.toString());
            });
  }

  @Test
  void aRegionLookUpHandsBackTheListedValue() {
    Domain listed = Domain.parse("it.contoso.com");
    DomainSet set = DomainSet.of(List.of(listed));
    assertSame(listed, set.get("sip:a@it.contoso.com", 6, 20));
    assertNull(set.get("sip:a@it.contoso.co", 6, 19));
    assertSame(listed, set.findSelfOrAncestor("x.it.contoso.com", 0, 16));
  }
}
