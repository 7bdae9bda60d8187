package dev.edgewise.runbook.internal;

import dev.edgewise.address.Domain;
import dev.edgewise.policy.Product;
import dev.edgewise.policy.VerificationLevel;
import dev.edgewise.runbook.RunbookErrorKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Binds a statement's arguments to a cmdlet's parameters as PowerShell does: names ignore case and
 * may be cut to a unique prefix, an exact name wins over a longer one, a switch takes no value, and
 * one positional value binds to {@code -Identity}. Values are converted on use, each wrong one
 * reported once.
 */
public final class Binder {

  /** A parameter's type. */
  public enum Type {
    BOOL,
    SWITCH,
    INT,
    STRING,
    DOMAIN,
    VERIFICATION,
    /** Kept as the value itself: lists, hash tables, object-building cmdlets. */
    ANY
  }

  /**
   * One parameter of a cmdlet.
   *
   * @param modelled false for a real parameter whose setting Edgewise does not model yet
   * @param products the products that have it
   */
  public record Spec(String name, Type type, boolean modelled, Set<Product> products) {}

  /** Every product. */
  public static final Set<Product> ALL = EnumSet.allOf(Product.class);

  /** The parameters of a {@code Remove-} cmdlet: the object's identity and the common ones. */
  public static final List<Spec> IDENTITY_ONLY =
      new Specs().add("Identity", Type.STRING).common().build();

  /** Builds a cmdlet's parameter list. */
  public static final class Specs {
    final List<Spec> list = new ArrayList<>();

    public Specs add(String name, Type type) {
      list.add(new Spec(name, type, true, ALL));
      return this;
    }

    public Specs add(String name, Type type, Set<Product> products) {
      list.add(new Spec(name, type, true, products));
      return this;
    }

    public Specs notModelled(String... names) {
      for (String n : names) {
        list.add(new Spec(n, Type.ANY, false, ALL));
      }
      return this;
    }

    /** Adds {@code -Force} (accepted, no effect) and the common parameters Edgewise refuses. */
    public Specs common() {
      add("Force", Type.SWITCH);
      return notModelled("WhatIf", "Confirm", "Instance", "InMemory", "Tenant");
    }

    public List<Spec> build() {
      return List.copyOf(list);
    }
  }

  private final Problems problems;
  private final Product product;
  private final Statement statement;
  private final Map<String, Val> bound = new LinkedHashMap<>();

  private Binder(Problems problems, Product product, Statement statement) {
    this.problems = problems;
    this.product = product;
    this.statement = statement;
  }

  /**
   * Binds {@code st} against {@code specs}. {@code positional} names the parameter a lone value
   * binds to (usually Identity), or null when the cmdlet takes no positional value.
   */
  public static Binder bind(
      Problems problems,
      Product product,
      Statement st,
      List<Spec> specs,
      @Nullable String positional) {
    Binder b = new Binder(problems, product, st);
    b.run(specs, positional);
    return b;
  }

  private void run(List<Spec> specs, @Nullable String positional) {
    List<Statement.Arg> args = statement.args();
    for (int i = 0; i < args.size(); i++) {
      Statement.Arg arg = args.get(i);
      if (arg instanceof Statement.Value v) {
        if (positional != null && !bound.containsKey(positional)) {
          bound.put(positional, v.value());
        } else {
          problems.add(
              RunbookErrorKind.UNEXPECTED_ARGUMENT,
              v.value(),
              "this value belongs to no parameter of " + statement.name());
        }
        continue;
      }
      Statement.Param p = (Statement.Param) arg;
      @Nullable Spec spec = resolve(specs, p);
      if (spec == null) {
        // Skip the value that followed the unknown parameter, so it is not reported twice.
        if (p.attached() == null && i + 1 < args.size() && args.get(i + 1) instanceof Statement.Value) {
          i++;
        }
        continue;
      }
      if (!spec.modelled()) {
        // Refused before its value is looked for: -WhatIf and -Confirm are switches, and a bare
        // switch must not read as a missing value. A value that follows is skipped, as after an
        // unknown parameter, so it is not reported twice.
        if (p.attached() == null && i + 1 < args.size() && args.get(i + 1) instanceof Statement.Value) {
          i++;
        }
        problems.add(
            RunbookErrorKind.NOT_MODELLED,
            p.line(),
            p.col(),
            "-" + p.name(),
            "-" + spec.name() + " of " + statement.name() + " is not modelled by Edgewise yet");
        continue;
      }
      @Nullable Val value = p.attached();
      if (spec.type() == Type.SWITCH) {
        if (value == null) {
          value = new Val.Bool(true, p.line(), p.col());
        }
      } else if (value == null) {
        if (i + 1 < args.size() && args.get(i + 1) instanceof Statement.Value next) {
          value = next.value();
          i++;
        } else {
          problems.add(
              RunbookErrorKind.MISSING_PARAMETER,
              p.line(),
              p.col(),
              "-" + p.name(),
              "-" + spec.name() + " needs a value");
          continue;
        }
      }
      if (!spec.products().contains(product)) {
        problems.add(
            RunbookErrorKind.PARAMETER_NOT_ON_PRODUCT,
            p.line(),
            p.col(),
            "-" + p.name(),
            statement.name() + " has no -" + spec.name() + " on " + product.displayName());
        continue;
      }
      if (bound.containsKey(spec.name())) {
        problems.add(
            RunbookErrorKind.DUPLICATE_PARAMETER,
            p.line(),
            p.col(),
            "-" + p.name(),
            "-" + spec.name() + " is given twice");
        continue;
      }
      bound.put(spec.name(), value);
    }
  }

  private @Nullable Spec resolve(List<Spec> specs, Statement.Param p) {
    String name = p.name().toLowerCase(Locale.ROOT);
    List<Spec> prefixed = new ArrayList<>();
    for (Spec s : specs) {
      String n = s.name().toLowerCase(Locale.ROOT);
      if (n.equals(name)) {
        return s;
      }
      if (n.startsWith(name)) {
        prefixed.add(s);
      }
    }
    if (prefixed.size() == 1) {
      return prefixed.get(0);
    }
    if (prefixed.isEmpty()) {
      problems.add(
          RunbookErrorKind.UNKNOWN_PARAMETER,
          p.line(),
          p.col(),
          "-" + p.name(),
          statement.name() + " has no parameter -" + p.name());
    } else {
      StringBuilder names = new StringBuilder();
      for (Spec s : prefixed) {
        names.append(names.length() == 0 ? "" : ", ").append('-').append(s.name());
      }
      problems.add(
          RunbookErrorKind.AMBIGUOUS_PARAMETER,
          p.line(),
          p.col(),
          "-" + p.name(),
          "-" + p.name() + " could be " + names);
    }
    return null;
  }

  // --- access -------------------------------------------------------------------------------------

  public boolean has(String name) {
    return bound.containsKey(name);
  }

  public Optional<Val> raw(String name) {
    return Optional.ofNullable(bound.get(name));
  }

  /** Reports a missing required parameter; returns whether it is there. */
  public boolean require(String name) {
    if (bound.containsKey(name)) {
      return true;
    }
    problems.add(
        RunbookErrorKind.MISSING_PARAMETER,
        statement.line(),
        statement.col(),
        statement.name(),
        statement.name() + " needs -" + name);
    return false;
  }

  /** Reports {@code kind} at the parameter's value (or the statement when it is absent). */
  public void report(String name, RunbookErrorKind kind, String message) {
    @Nullable Val v = bound.get(name);
    if (v != null) {
      problems.add(kind, v, message);
    } else {
      problems.add(kind, statement.line(), statement.col(), statement.name(), message);
    }
  }

  /** {@code $true}/{@code $false}, or 1/0 as PowerShell reads them for a Boolean. */
  public Optional<Boolean> bool(String name) {
    @Nullable Val v = bound.get(name);
    if (v == null) {
      return Optional.empty();
    }
    if (v instanceof Val.Bool b) {
      return Optional.of(b.value());
    }
    if (v instanceof Val.Num n && (n.value() == 0 || n.value() == 1)) {
      return Optional.of(n.value() == 1);
    }
    problems.add(
        RunbookErrorKind.WRONG_TYPE, v, "-" + name + " takes $true or $false (or 1 or 0)");
    return Optional.empty();
  }

  public Optional<Integer> integer(String name) {
    @Nullable Val v = bound.get(name);
    if (v == null) {
      return Optional.empty();
    }
    if (v instanceof Val.Num n && n.value() >= Integer.MIN_VALUE && n.value() <= Integer.MAX_VALUE) {
      return Optional.of((int) n.value());
    }
    problems.add(RunbookErrorKind.WRONG_TYPE, v, "-" + name + " takes a whole number");
    return Optional.empty();
  }

  /** Whether the parameter is given as {@code $null}. */
  public boolean isNull(String name) {
    return bound.get(name) instanceof Val.Null;
  }

  /**
   * A string: quoted, a bare word or a number's text. {@code $null} is reported as a wrong type,
   * as for every other type: a statement given {@code -Identity $null} must not read as one that
   * names nothing and does nothing. Parameters that {@code $null} clears ask {@link #isNull} first.
   */
  public Optional<String> string(String name) {
    @Nullable Val v = bound.get(name);
    if (v == null) {
      return Optional.empty();
    }
    Optional<String> s = text(v);
    if (s.isEmpty()) {
      problems.add(RunbookErrorKind.WRONG_TYPE, v, "-" + name + " takes a single string");
    }
    return s;
  }

  public static Optional<String> text(Val v) {
    if (v instanceof Val.Str s) {
      return Optional.of(s.text());
    }
    if (v instanceof Val.Word w) {
      return Optional.of(w.text());
    }
    if (v instanceof Val.Num n) {
      return Optional.of(n.text());
    }
    return Optional.empty();
  }

  /** A domain name; {@code $null} is reported, as by {@link #string}. */
  public Optional<Domain> domain(String name) {
    @Nullable Val v = bound.get(name);
    if (v == null) {
      return Optional.empty();
    }
    return domainOf(problems, v, "-" + name);
  }

  /** Reads a domain from a value, reporting a wrong type or a malformed domain. */
  public static Optional<Domain> domainOf(Problems problems, Val v, String what) {
    Optional<String> s = text(v);
    if (s.isEmpty()) {
      problems.add(RunbookErrorKind.WRONG_TYPE, v, what + " takes a domain name");
      return Optional.empty();
    }
    Optional<Domain> d = Domain.tryParse(s.get());
    if (d.isEmpty()) {
      problems.add(RunbookErrorKind.INVALID_VALUE, v, s.get() + " is not a valid domain name");
    }
    return d;
  }

  /**
   * A verification level by name; a number is read through the inferred table with the {@code
   * NUMERIC_VERIFICATION_LEVEL_INFERRED} warning.
   */
  public Optional<VerificationLevel> verification(String name) {
    @Nullable Val v = bound.get(name);
    if (v == null) {
      return Optional.empty();
    }
    if (v instanceof Val.Num n) {
      Optional<VerificationLevel> level =
          n.value() >= 0 && n.value() <= 2
              ? VerificationLevel.fromNumber((int) n.value())
              : Optional.empty();
      if (level.isEmpty()) {
        problems.add(
            RunbookErrorKind.INVALID_VALUE,
            v,
            "-" + name + " takes AlwaysVerifiable, AlwaysUnverifiable or UseSourceVerification");
      } else {
        problems.add(
            RunbookErrorKind.NUMERIC_VERIFICATION_LEVEL_INFERRED,
            v,
            "read " + n.text() + " as " + level.get().cmdletName()
                + " through the inferred table (0, 1, 2 in the documented enum order);"
                + " write the name instead");
      }
      return level;
    }
    Optional<String> s = text(v);
    if (s.isEmpty()) {
      problems.add(RunbookErrorKind.WRONG_TYPE, v, "-" + name + " takes a verification level name");
      return Optional.empty();
    }
    Optional<VerificationLevel> level = VerificationLevel.fromCmdletName(s.get());
    if (level.isEmpty()) {
      problems.add(
          RunbookErrorKind.INVALID_VALUE,
          v,
          "-" + name + " takes AlwaysVerifiable, AlwaysUnverifiable or UseSourceVerification");
    }
    return level;
  }
}
