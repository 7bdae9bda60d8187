package dev.edgewise.policy;

import static dev.edgewise.policy.ExternalAccessEvaluatorProperties.config;
import static dev.edgewise.policy.ExternalAccessEvaluatorProperties.request;
import static dev.edgewise.policy.ExternalAccessEvaluatorProperties.tapes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.base.Splitter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/remediations.md} is the list of every command the evaluator can print: every deny
 * rule id has a row for every product, and every command emitted over generated configurations,
 * for every product of the configuration's platform, matches a row for its rule and product.
 */
class RemediationCatalogTableTest {

  private static final Path TABLE = Path.of("..", "docs", "remediations.md");

  /** One row: a rule, the products it holds for, and a command pattern, or none. */
  record Row(RuleId rule, Set<Product> products, Optional<Pattern> command, String text) {}

  static List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
      if (!line.startsWith("| ") || line.startsWith("| Rule ")) {
        continue;
      }
      List<String> cells = Splitter.on(" | ").splitToList(line);
      RuleId rule = RuleId.valueOf(cells.get(0).substring(2).trim());
      String command = cells.get(2).trim();
      assertTrue(command.startsWith("`") && command.endsWith("`"), line);
      command = command.substring(1, command.length() - 1);
      rows.add(
          new Row(
              rule,
              products(cells.get(1)),
              command.equals("none") ? Optional.empty() : Optional.of(template(command)),
              command));
    }
    return rows;
  }

  private static Set<Product> products(String cell) {
    Set<Product> out = EnumSet.noneOf(Product.class);
    for (String t : Splitter.on(',').trimResults().splitToList(cell)) {
      switch (t) {
        case "ALL" -> out.addAll(EnumSet.allOf(Product.class));
        case "ON_PREMISES", "ONLINE" -> {
          for (Product p : Product.values()) {
            if (p.platform().name().equals(t)) {
              out.add(p);
            }
          }
        }
        default -> out.add(Product.valueOf(t));
      }
    }
    return out;
  }

  /** A command with {@code <placeholders>}, each one value without spaces. */
  private static Pattern template(String command) {
    StringBuilder regex = new StringBuilder();
    int i = 0;
    while (i < command.length()) {
      int open = command.indexOf('<', i);
      if (open < 0) {
        regex.append(Pattern.quote(command.substring(i)));
        break;
      }
      int close = command.indexOf('>', open);
      regex.append(Pattern.quote(command.substring(i, open))).append("[^ ]+");
      i = close + 1;
    }
    return Pattern.compile(regex.toString());
  }

  @Test
  void everyDenyRuleHasARowForEveryProduct() throws IOException {
    List<Row> rows = rows();
    Set<String> missing = new TreeSet<>();
    for (RuleId rule : RuleId.values()) {
      if (rule.kind() != RuleId.Kind.DENY) {
        continue;
      }
      for (Product p : Product.values()) {
        boolean covered = false;
        for (Row r : rows) {
          covered |= r.rule() == rule && r.products().contains(p);
        }
        if (!covered) {
          missing.add(rule + " x " + p);
        }
      }
    }
    assertEquals(Set.of(), missing);
  }

  @Test
  void everyEmittedCommandIsListedForItsRuleAndProduct() throws IOException {
    List<Row> rows = rows();
    qt().withExamples(300)
        .forAll(tapes(), tapes())
        .checkAssert(
            (c, r) -> {
              FederationConfiguration generated = config(c);
              ExternalAccessEvaluatorProperties.Request req = request(r);
              for (Product product : Product.values()) {
                if (product.platform() != generated.platform()) {
                  continue;
                }
                ExternalAccessEvaluator ev = ExternalAccessEvaluator.compile(as(generated, product));
                for (Decision d : List.of(ev.evaluate(req.outbound()), ev.evaluate(req.inbound()))) {
                  for (Reason reason : d.reasons()) {
                    if (reason.effect() == Effect.DENY) {
                      check(rows, reason, product);
                    }
                  }
                }
              }
            });
  }

  /**
   * The Teams-era ids, over generated Teams tenants ({@link TeamsProperties}): the general
   * generator leaves Teams settings at their defaults, so this walk is what reaches them.
   */
  @Test
  void everyTeamsCommandIsListedForItsRuleAndProduct() throws IOException {
    List<Row> rows = rows();
    Set<RuleId> walked = EnumSet.noneOf(RuleId.class);
    qt().withFixedSeed(20261127L)
        .withExamples(1000)
        .forAll(tapes(), tapes())
        .checkAssert(
            (c, r) -> {
              OnlineTenantConfiguration config = TeamsProperties.config(c);
              ExternalAccessEvaluatorProperties.Request req = TeamsProperties.request(r);
              ExternalAccessEvaluator ev = ExternalAccessEvaluator.compile(config);
              for (Decision d : List.of(ev.evaluate(req.outbound()), ev.evaluate(req.inbound()))) {
                for (Reason reason : d.reasons()) {
                  if (reason.effect() == Effect.DENY) {
                    walked.add(reason.rule());
                    check(rows, reason, config.product());
                  }
                }
              }
            });
    Set<RuleId> teamsDenials = EnumSet.noneOf(RuleId.class);
    for (RuleId id : TeamsProperties.TEAMS_IDS) {
      if (id.kind() == RuleId.Kind.DENY) {
        teamsDenials.add(id);
      }
    }
    teamsDenials.removeAll(walked);
    assertEquals(EnumSet.noneOf(RuleId.class), teamsDenials);
  }

  static void check(List<Row> rows, Reason reason, Product product) {
    if (reason.remediation().isEmpty()) {
      assertTrue(
          rows.stream()
              .anyMatch(
                  row ->
                      row.rule() == reason.rule()
                          && row.products().contains(product)
                          && row.command().isEmpty()),
          () -> "no `none` row for " + reason.rule() + " x " + product + ": " + reason);
      return;
    }
    Remediation fix = reason.remediation().get();
    List<String> commands = new ArrayList<>();
    commands.add(fix.command());
    fix.grantAlternative().ifPresent(commands::add);
    for (String command : commands) {
      assertTrue(
          rows.stream()
              .anyMatch(
                  row ->
                      row.rule() == reason.rule()
                          && row.products().contains(product)
                          && row.command().isPresent()
                          && row.command().get().matcher(command).matches()),
          () -> "not in docs/remediations.md for " + reason.rule() + " x " + product + ": "
              + command);
    }
  }

  /**
   * The generated configuration as the product would have it: settings the product lacks (an
   * allowed domain's verification level before Skype for Business Server 2015) at their default.
   */
  static FederationConfiguration as(FederationConfiguration c, Product product) {
    if (c instanceof OnPremisesConfiguration p) {
      OnPremisesConfiguration.Builder b = p.toBuilder().product(product);
      if (!product.hasAllowedDomainVerificationLevel()) {
        List<AllowedDomain> plain = new ArrayList<>();
        for (AllowedDomain a : p.allowedDomains()) {
          plain.add(a.toBuilder().verificationLevel(VerificationLevel.USE_SOURCE_VERIFICATION).build());
        }
        b.allowedDomains(plain);
      }
      return b.build();
    }
    return ((OnlineTenantConfiguration) c).toBuilder().product(product).build();
  }
}
