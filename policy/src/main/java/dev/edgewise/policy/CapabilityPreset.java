package dev.edgewise.policy;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import dev.edgewise.core.Modality;
import java.util.EnumSet;
import java.util.Set;

/**
 * Named sets of the modalities a public provider carries across public IM connectivity. The library
 * has no clock: the caller chooses the preset that matches the period it models.
 *
 * <p>Skype connectivity launched (2013) with IM, presence and audio; video came about 18 months
 * later. File transfer, application sharing, multiparty conferencing and contact pictures never
 * crossed. The historic Yahoo! and AOL connectivity carried IM and presence only.
 *
 * <pre>{@code
 * PublicProvider skype = PublicProvider.skype().toBuilder()
 *     .capabilities(CapabilityPreset.WITH_VIDEO.modalities())
 *     .build();
 * CapabilityPreset.LAUNCH.modalities();   // [IM, PRESENCE, AUDIO]
 * }</pre>
 */
public enum CapabilityPreset {
  /** Instant messages and presence only: the historic Yahoo! and AOL connectivity. */
  IM_AND_PRESENCE(EnumSet.of(Modality.IM, Modality.PRESENCE)),
  /** Skype connectivity at launch: IM, presence and audio. */
  LAUNCH(EnumSet.of(Modality.IM, Modality.PRESENCE, Modality.AUDIO)),
  /** Skype connectivity once video was added: IM, presence, audio and video. */
  WITH_VIDEO(EnumSet.of(Modality.IM, Modality.PRESENCE, Modality.AUDIO, Modality.VIDEO));

  private final ImmutableSet<Modality> modalities;

  CapabilityPreset(EnumSet<Modality> modalities) {
    this.modalities = Sets.immutableEnumSet(modalities);
  }

  /** Returns the modalities of this preset, as an unmodifiable set in declaration order. */
  public Set<Modality> modalities() {
    return modalities;
  }
}
