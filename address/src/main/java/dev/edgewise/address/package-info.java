/**
 * Address value types for Lync / Skype for Business federation and public IM connectivity.
 *
 * <p>Every type here is immutable and thread-safe, normalizes its input once when it is created,
 * and compares by its canonical form. Parsing never throws anything but {@link
 * dev.edgewise.address.AddressParseException}, runs in time linear in the input, and folds case
 * with {@link java.util.Locale#ROOT} only.
 */
package dev.edgewise.address;
