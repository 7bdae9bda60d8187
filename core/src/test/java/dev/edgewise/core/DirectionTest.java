package dev.edgewise.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DirectionTest {

  @Test
  void oppositeSwapsTheInitiator() {
    assertEquals(Direction.INBOUND, Direction.OUTBOUND.opposite());
    assertEquals(Direction.OUTBOUND, Direction.INBOUND.opposite());
  }
}
