package dev.edgewise.core;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class VocabularyProperties {

  @Test
  void oppositeIsAnInvolution() {
    qt().forAll(arbitrary().enumValues(Direction.class))
        .check(d -> d.opposite().opposite() == d && d.opposite() != d);
  }

  @Test
  void everySpellingOfAModalityNameFindsIt() {
    qt().forAll(arbitrary().enumValues(Modality.class), arbitrary().pick(true, false))
        .check(
            (m, lower) -> {
              String name = lower ? m.name().toLowerCase(Locale.ROOT) : m.name();
              return Modality.fromName(name.replace('_', '-')).orElseThrow() == m;
            });
  }

  @Test
  void fromNameNeverThrows() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 40))
        .check(s -> Modality.fromName(s).map(m -> m.name().length() > 0).orElse(true));
  }
}
