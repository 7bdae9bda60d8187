package dev.edgewise.policy.internal.eval;

import dev.edgewise.address.Domain;
import dev.edgewise.policy.RuleId;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * What one gate found, as facts: the rule, the setting it read, which case decided, and the
 * domain and list entry involved. The object in force follows from the rule and the request (the
 * user's policy, the provider serving the party, the Access Edge or tenant); {@link Explainer}
 * words it and {@link RemediationCatalog} turns it into a command.
 *
 * @param rule the rule id; its {@link RuleId#kind()} says whether the gate denied, passed or
 *     admitted the party
 * @param setting the setting as the cmdlet names it
 * @param detail which case of the rule decided
 * @param domain the domain the gate matched or asked about, if any
 * @param entry the list entry that matched (a blocked entry, an allowed entry's pin), if any
 */
public record GateOutcome(
    RuleId rule, String setting, Detail detail, @Nullable Domain domain, @Nullable String entry) {}
