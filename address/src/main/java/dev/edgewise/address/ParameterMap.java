package dev.edgewise.address;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableMap;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The URI parameters as an unmodifiable map in written order, keyed by lower-case decoded name,
 * whose look-ups ignore ASCII case; a flag parameter maps to an empty {@link Optional}.
 */
// The Map contract answers null for an absent key, which the Nullness Checker's view of Optional
// and of key sets cannot express here; the class is small enough to check by reading.
@SuppressWarnings({"nullness", "keyfor"})
final class ParameterMap extends AbstractMap<String, Optional<String>> {
  private final ImmutableMap<String, Optional<String>> byLowerName;

  ParameterMap(ImmutableMap<String, Optional<String>> byLowerName) {
    this.byLowerName = byLowerName;
  }

  @Override
  public Set<Map.Entry<String, Optional<String>>> entrySet() {
    return byLowerName.entrySet();
  }

  @Override
  public int size() {
    return byLowerName.size();
  }

  @Override
  public boolean containsKey(@Nullable Object key) {
    return key instanceof String k && byLowerName.containsKey(Ascii.toLowerCase(k));
  }

  @Override
  public Optional<String> get(@Nullable Object key) {
    return key instanceof String k ? byLowerName.get(Ascii.toLowerCase(k)) : null;
  }
}
