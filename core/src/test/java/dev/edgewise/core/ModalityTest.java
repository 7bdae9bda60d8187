package dev.edgewise.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ModalityTest {

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource({
    "IM, IM",
    // The Turkish default locale upper-cases 'i' to a dotted capital; this row catches that.
    "im, IM",
    "Im, IM",
    "presence, PRESENCE",
    "Audio, AUDIO",
    "VIDEO, VIDEO",
    "file-transfer, FILE_TRANSFER",
    "'file transfer', FILE_TRANSFER",
    "FILE_TRANSFER, FILE_TRANSFER",
    "application sharing, APPLICATION_SHARING",
    "'  im  ', IM",
  })
  void fromNameFindsModality(String input, Modality expected) {
    assertEquals(Optional.of(expected), Modality.fromName(input));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "chat", "ims", "file__transfer", "\u0130M", "aud\u0131o"})
  void fromNameRejectsOtherNames(String input) {
    assertEquals(Optional.empty(), Modality.fromName(input));
  }

  @Test
  void onlyAudioAndVideoAreAudioVideo() {
    EnumSet<Modality> av = EnumSet.noneOf(Modality.class);
    for (Modality m : Modality.values()) {
      if (m.isAudioVideo()) {
        av.add(m);
      }
    }
    assertEquals(EnumSet.of(Modality.AUDIO, Modality.VIDEO), av);
  }

  @Test
  void displayNamesAreDistinctAndFindTheirModality() {
    for (Modality m : Modality.values()) {
      assertEquals(Optional.of(m), Modality.fromName(m.displayName()), m.name());
    }
    assertTrue(Modality.FILE_TRANSFER.displayName().contains(" "));
    assertFalse(Modality.IM.displayName().isEmpty());
  }
}
