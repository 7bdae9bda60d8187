package dev.edgewise.runbook.internal;

import java.util.List;
import java.util.Map;

/** A value of the PowerShell subset, with where it starts. */
public sealed interface Val {
  int line();

  int col();

  /** The value as the script wrote it, for messages. */
  String show();

  /** A quoted string. */
  record Str(String text, int line, int col) implements Val {
    @Override
    public String show() {
      return "\"" + text + "\"";
    }
  }

  /** A bare word, such as {@code fabrikam.com} or {@code AlwaysVerifiable}. */
  record Word(String text, int line, int col) implements Val {
    @Override
    public String show() {
      return text;
    }
  }

  /** A whole number. */
  record Num(long value, String text, int line, int col) implements Val {
    @Override
    public String show() {
      return text;
    }
  }

  /** {@code $true} or {@code $false}. */
  record Bool(boolean value, int line, int col) implements Val {
    @Override
    public String show() {
      return value ? "$true" : "$false";
    }
  }

  /** {@code $null}. */
  record Null(int line, int col) implements Val {
    @Override
    public String show() {
      return "$null";
    }
  }

  /** A comma list or {@code @(...)}. */
  record Arr(List<Val> items, int line, int col) implements Val {
    public Arr {
      items = List.copyOf(items);
    }

    @Override
    public String show() {
      return "@(...)";
    }
  }

  /** {@code @{Key=value; ...}}; keys as written, in order. */
  record Hash(Map<String, Val> entries, int line, int col) implements Val {
    @Override
    public String show() {
      return "@{...}";
    }
  }

  /** {@code (New-CsEdgeDomainPattern -Domain x)}: an object-building cmdlet inside a value. */
  record Call(Statement statement, int line, int col) implements Val {
    @Override
    public String show() {
      return "(" + statement.name() + " ...)";
    }
  }
}
