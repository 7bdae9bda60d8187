package dev.edgewise.runbook.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.edgewise.policy.Product;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The parameter lists the cmdlets are bound against, built at run time: the cmdlet classes build
 * theirs once, in static initialisers, where a test run cannot watch each step of the builder.
 */
class BinderSpecsTest {

  @Test
  void eachStepAddsItsParametersInOrder() {
    Set<Product> online = Set.of(Product.SKYPE_FOR_BUSINESS_ONLINE, Product.TEAMS_TENANT);
    List<Binder.Spec> specs =
        new Binder.Specs()
            .add("Identity", Binder.Type.STRING)
            .add("AllowTeamsConsumer", Binder.Type.BOOL, online)
            .notModelled("Instance", "WhatIf")
            .add("Enabled", Binder.Type.BOOL)
            .build();
    assertEquals(
        List.of(
            new Binder.Spec("Identity", Binder.Type.STRING, true, Binder.ALL),
            new Binder.Spec("AllowTeamsConsumer", Binder.Type.BOOL, true, online),
            new Binder.Spec("Instance", Binder.Type.ANY, false, Binder.ALL),
            new Binder.Spec("WhatIf", Binder.Type.ANY, false, Binder.ALL),
            new Binder.Spec("Enabled", Binder.Type.BOOL, true, Binder.ALL)),
        specs);
  }

  @Test
  void theCommonParametersAreForceAndTheRefusedOnes() {
    List<Binder.Spec> common =
        List.of(
            new Binder.Spec("Force", Binder.Type.SWITCH, true, Binder.ALL),
            new Binder.Spec("WhatIf", Binder.Type.ANY, false, Binder.ALL),
            new Binder.Spec("Confirm", Binder.Type.ANY, false, Binder.ALL),
            new Binder.Spec("Instance", Binder.Type.ANY, false, Binder.ALL),
            new Binder.Spec("InMemory", Binder.Type.ANY, false, Binder.ALL),
            new Binder.Spec("Tenant", Binder.Type.ANY, false, Binder.ALL));
    Binder.Spec identity = new Binder.Spec("Identity", Binder.Type.STRING, true, Binder.ALL);
    List<Binder.Spec> identityLast = new java.util.ArrayList<>(common);
    identityLast.add(identity);
    List<Binder.Spec> identityFirst = new java.util.ArrayList<>(List.of(identity));
    identityFirst.addAll(common);
    assertEquals(
        identityLast,
        new Binder.Specs().common().add("Identity", Binder.Type.STRING).build());
    assertEquals(identityFirst, Binder.IDENTITY_ONLY);
  }
}
