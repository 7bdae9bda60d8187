package dev.edgewise.runbook.internal;

import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One statement: a cmdlet (or an {@code # edgewise:} declaration) with its arguments in order.
 *
 * @param name the cmdlet or declaration name as written
 * @param declaration whether it came from an {@code # edgewise:} comment
 * @param args parameter names and values, in order
 */
public record Statement(String name, boolean declaration, List<Arg> args, int line, int col) {

  public Statement {
    args = List.copyOf(args);
  }

  /** A parameter name or a value. */
  public sealed interface Arg {}

  /**
   * {@code -Name}, or {@code -Name:value} with the value attached.
   *
   * @param name the name without the dash
   */
  public record Param(String name, @Nullable Val attached, int line, int col) implements Arg {}

  /** A value. */
  public record Value(Val value) implements Arg {}
}
