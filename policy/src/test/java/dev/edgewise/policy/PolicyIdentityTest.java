package dev.edgewise.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PolicyIdentityTest {

  @ParameterizedTest
  @CsvSource({
    "Global,        GLOBAL, '',       Global",
    "global,        GLOBAL, '',       Global",
    "' GLOBAL ',    GLOBAL, '',       Global",
    "site:Redmond,  SITE,   Redmond,  site:Redmond",
    "Site:Redmond,  SITE,   Redmond,  site:Redmond",
    "Tag:NoPic,     USER,   NoPic,    Tag:NoPic",
    "tag:NoPic,     USER,   NoPic,    Tag:NoPic",
    "NoPic,         USER,   NoPic,    Tag:NoPic",
    "GlobalPlus,    USER,   GlobalPlus, Tag:GlobalPlus",
  })
  void parsesAsAdminsWriteIt(String text, PolicyScope scope, String name, String printed) {
    PolicyIdentity id = PolicyIdentity.parse(text);
    assertEquals(scope, id.scope());
    assertEquals(name, id.name());
    assertEquals(printed, id.toString());
    assertEquals(id, PolicyIdentity.parse(id.toString()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"site:", "Tag:", "", "site:a:b", "Tag: NoPic", "site: Redmond"})
  void rejectsBadNames(String text) {
    assertThrows(IllegalArgumentException.class, () -> PolicyIdentity.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"site:", "SITE:", "Tag:", "tag:", " Tag: "})
  void aBarePrefixIsReadAsAPrefixWithNoName(String text) {
    // Not as the name "site:", which would be refused for its colon instead.
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PolicyIdentity.parse(text));
    assertEquals("a site or per-user policy name is empty: ''", e.getMessage());
  }

  @Test
  void namesAreExact() {
    assertNotEquals(PolicyIdentity.tag("NoPic"), PolicyIdentity.tag("nopic"));
    assertNotEquals(PolicyIdentity.tag("Redmond"), PolicyIdentity.site("Redmond"));
    assertTrue(PolicyIdentity.global().isGlobal());
    assertThrows(IllegalArgumentException.class, () -> new PolicyIdentity(PolicyScope.GLOBAL, "x"));
  }
}
