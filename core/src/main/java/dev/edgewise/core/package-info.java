/**
 * The shared vocabulary of Edgewise: what is being exchanged ({@link dev.edgewise.core.Modality})
 * and who initiates it ({@link dev.edgewise.core.Direction}).
 *
 * <p>Every type here is immutable and every method is null-hostile: no public method accepts or
 * returns {@code null}; absence is expressed with {@link java.util.Optional}.
 */
package dev.edgewise.core;
