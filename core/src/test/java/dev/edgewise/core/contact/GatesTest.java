package dev.edgewise.core.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GatesTest {

  @Test
  void eachGateIsIndependentAndNamedByItsInitiator() {
    Set<Gates> seen = new HashSet<>();
    for (boolean pl : new boolean[] {false, true}) {
      for (boolean ps : new boolean[] {false, true}) {
        for (boolean il : new boolean[] {false, true}) {
          for (boolean is : new boolean[] {false, true}) {
            Gates g =
                Gates.builder()
                    .presence(Side.LYNC, pl)
                    .presence(Side.SKYPE, ps)
                    .im(Side.LYNC, il)
                    .im(Side.SKYPE, is)
                    .build();
            assertEquals(new Gates(pl, ps, il, is), g);
            assertEquals(pl, g.presence(Side.LYNC));
            assertEquals(ps, g.presence(Side.SKYPE));
            assertEquals(il, g.im(Side.LYNC));
            assertEquals(is, g.im(Side.SKYPE));
            assertEquals(g, g.toBuilder().build());
            seen.add(g);
          }
        }
      }
    }
    assertEquals(16, seen.size());
  }

  @Test
  void withersChangeOneGate() {
    Gates g = Gates.allOpen().withIm(Side.SKYPE, false);
    assertFalse(g.im(Side.SKYPE));
    assertTrue(g.im(Side.LYNC) && g.presence(Side.LYNC) && g.presence(Side.SKYPE));
    assertEquals(Gates.allClosed(), Gates.builder().build());
    assertEquals(
        "Gates[presence L->S open, presence S->L closed, IM L->S open, IM S->L open]",
        Gates.allOpen().withPresence(Side.SKYPE, false).toString());
  }

  @Test
  void gateEventsReadShortlyInShrunkScripts() {
    assertEquals("gates(all open)", ContactEvent.gatesChanged(Gates.allOpen()).toString());
    assertEquals("gates(all closed)", ContactEvent.gatesChanged(Gates.allClosed()).toString());
    assertEquals(
        "gates(L->S presence open im closed; S->L presence open im open)",
        ContactEvent.gatesChanged(Gates.allOpen().withIm(Side.LYNC, false)).toString());
  }

  @Test
  void nullsAreRejectedWhereValuesAreMade() {
    assertThrows(NullPointerException.class, () -> ContactEvent.add(nullSide()));
    assertThrows(NullPointerException.class, () -> ContactEvent.gatesChanged(nullGates()));
    assertThrows(NullPointerException.class, () -> ContactRelationship.initial(nullGates()));
    assertThrows(
        NullPointerException.class,
        () -> ContactRelationship.initial(Gates.allOpen()).apply(nullEvent()));
  }

  // Typed nulls keep Error Prone and the reader clear about what is being passed.
  private static Side nullSide() {
    return null;
  }

  private static Gates nullGates() {
    return null;
  }

  private static ContactEvent nullEvent() {
    return null;
  }
}
