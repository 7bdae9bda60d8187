package dev.edgewise.core.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The small values around the client gate, as their Javadoc states them. */
class ClientValuesTest {

  @Test
  void onlyClientShowsLetsAnItemThrough() {
    for (ClientRuleId id : ClientRuleId.values()) {
      assertEquals(id == ClientRuleId.CLIENT_SHOWS, id.shows(), id.name());
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      CLIENT_DND_SUPPRESSED  | When my status is Do Not Disturb
      CLIENT_BLOCKS_NON_LYNC | Contacts not using Lync
      CLIENT_BLOCKED_CONTACT | Privacy relationship: Blocked Contacts
      """)
  void eachRuleNamesItsSettingAsTheClientDoes(ClientRuleId id, String setting) {
    assertEquals(setting, id.setting());
  }

  @Test
  void everyRuleNamesADistinctSetting() {
    assertEquals(
        ClientRuleId.values().length,
        EnumSet.allOf(ClientRuleId.class).stream().map(ClientRuleId::setting).distinct().count());
  }

  @Test
  void theFirstRuleDecides() {
    ClientVerdict v =
        new ClientVerdict(
            ClientItem.CONVERSATION,
            false,
            false,
            List.of(ClientRuleId.CLIENT_BLOCKED_CONTACT, ClientRuleId.CLIENT_BLOCKS_NON_LYNC));
    assertSame(ClientRuleId.CLIENT_BLOCKED_CONTACT, v.decidedBy());
  }

  @ParameterizedTest
  @EnumSource(ClientItem.class)
  void serverDeliveryFactories(ClientItem item) {
    assertEquals(new ServerDelivery(item, false, false), ServerDelivery.notDelivered(item));
    assertEquals(new ServerDelivery(item, true, false), ServerDelivery.delivered(item));
    assertEquals(
        new ServerDelivery(item, false, true), ServerDelivery.notDelivered(item).withPrivacyMode(true));
    assertEquals(
        ServerDelivery.delivered(item),
        ServerDelivery.delivered(item).withPrivacyMode(true).withPrivacyMode(false));
  }

  @Test
  void theDoNotDisturbDefaultShowsAllAlertsAndWorkgroupConversations() {
    DoNotDisturbAlerts d = DoNotDisturbAlerts.defaultChoice();
    assertSame(DoNotDisturbAlerts.ALL_ALERTS_WORKGROUP_CONVERSATIONS, d);
    assertTrue(d.showsConversationFromWorkgroup());
    assertTrue(d.showsOtherAlerts());
  }

  @ParameterizedTest
  @CsvSource({"DELIVERED, true", "ABSORBED, true", "STOPPED_AT_GATE, false", "NOT_ROUTED, false"})
  void aMessageCrossedWhenItReachedTheOtherServer(
      SubscriptionMessage.Delivery delivery, boolean crossed) {
    assertEquals(crossed, delivery.crossed());
    assertFalse(crossed && delivery == SubscriptionMessage.Delivery.NOT_ROUTED);
  }
}
