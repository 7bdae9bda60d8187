package dev.edgewise.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Each configuration shape names its product, and only a product of its own platform. */
class ProductTest {

  @Test
  void defaultsMatchTheDefaultEra() {
    assertEquals(
        Product.SKYPE_FOR_BUSINESS_SERVER_2019, OnPremisesConfiguration.freshInstall().product());
    assertEquals(Product.SKYPE_FOR_BUSINESS_ONLINE, OnlineTenantConfiguration.freshTenant().product());
  }

  @Test
  void everyProductBelongsToOnePlatform() {
    for (Product p : Product.values()) {
      if (p.platform() == Platform.ON_PREMISES) {
        assertEquals(p, OnPremisesConfiguration.freshInstall().toBuilder().product(p).build().product());
        assertThrows(
            IllegalArgumentException.class,
            () -> OnlineTenantConfiguration.freshTenant().toBuilder().product(p).build());
      } else {
        assertEquals(p, OnlineTenantConfiguration.freshTenant().toBuilder().product(p).build().product());
        assertThrows(
            IllegalArgumentException.class,
            () -> OnPremisesConfiguration.freshInstall().toBuilder().product(p).build());
      }
    }
  }
}
