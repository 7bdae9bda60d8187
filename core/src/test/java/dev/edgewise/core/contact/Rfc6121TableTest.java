package dev.edgewise.core.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks {@link Subscription}'s transition rules against RFC 6121 Appendix A, cell by cell. */
class Rfc6121TableTest {

  static List<RfcTables.Cell> outboundCells() {
    return RfcTables.OUTBOUND;
  }

  static List<RfcTables.Cell> inboundCells() {
    return RfcTables.INBOUND;
  }

  @Test
  void eachTableHasOneCellPerStateAndStanza() {
    assertEquals(36, RfcTables.OUTBOUND.size());
    assertEquals(36, RfcTables.INBOUND.size());
    for (Subscription s : Subscription.values()) {
      for (SubscriptionMessage.Kind k : SubscriptionMessage.Kind.values()) {
        assertEquals(s, RfcTables.outbound(s, k).existing());
        assertEquals(s, RfcTables.inbound(s, k).existing());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outboundCells")
  void outboundCell(RfcTables.Cell cell) {
    Subscription s = cell.existing();
    assertEquals(cell.passes(), s.routesOutbound(cell.kind()), "route");
    assertEquals(cell.next(), s.afterOutbound(cell.kind()), "new state");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inboundCells")
  void inboundCell(RfcTables.Cell cell) {
    Subscription s = cell.existing();
    assertEquals(cell.passes(), s.deliversInbound(cell.kind()), "deliver");
    assertEquals(cell.next(), s.afterInbound(cell.kind()), "new state");
  }

  @Test
  void preApprovalCellsAreExactlyTheStatesThatMayHoldTheFlag() {
    // RFC 6121 3.4: 'approved' exists only in None, None + Pending Out and To.
    Set<Subscription> cells = EnumSet.noneOf(Subscription.class);
    for (RfcTables.Cell c : RfcTables.OUTBOUND) {
      if (c.preApproval()) {
        cells.add(c.existing());
      }
    }
    assertEquals(EnumSet.of(Subscription.NONE, Subscription.NONE_PENDING_OUT, Subscription.TO), cells);
  }

  @Test
  void theNineStatesAreTheSixteenCombinationsLessToWithPendingOutAndFromWithPendingIn() {
    Set<Subscription> found = EnumSet.noneOf(Subscription.class);
    for (int bits = 0; bits < 16; bits++) {
      boolean to = (bits & 1) != 0;
      boolean from = (bits & 2) != 0;
      boolean out = (bits & 4) != 0;
      boolean in = (bits & 8) != 0;
      Optional<Subscription> s = Subscription.of(to, from, out, in);
      assertEquals(!(to && out) && !(from && in), s.isPresent(), "bits " + bits);
      s.ifPresent(
          v -> {
            assertEquals(to, v.to());
            assertEquals(from, v.from());
            assertEquals(out, v.pendingOut());
            assertEquals(in, v.pendingIn());
            assertEquals(v, v.mirror().mirror());
            found.add(v);
          });
    }
    assertEquals(EnumSet.allOf(Subscription.class), found);
  }

  @Test
  void rfcNamesAndAbbreviationsAreThoseOfAppendixA() {
    assertEquals("None + Pending Out+In", Subscription.NONE_PENDING_OUT_IN.rfcName());
    assertEquals("F+PO", Subscription.FROM_PENDING_OUT.abbreviation());
    assertEquals("unsubscribed", SubscriptionMessage.Kind.UNSUBSCRIBED.rfcName());
    assertTrue(Subscription.BOTH.to() && Subscription.BOTH.from());
  }
}
