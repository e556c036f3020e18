package org.feedwatch.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.Optional;
import org.feedwatch.common.InvalidInputException;
import org.feedwatch.subscriber.DeliveryMode;
import org.junit.jupiter.api.Test;

class RuleDeliveryTest {

    @Test
    void aRuleFollowsItsSubscriberUnlessItHasItsOwnModeAndPausedWins() {
        Rule rule = new Rule(1, "Bialiatski", "person", "{}", Instant.EPOCH);
        assertEquals(DeliveryMode.WEEKLY, rule.channel(DeliveryMode.WEEKLY));
        rule.deliverAs(Optional.of(DeliveryMode.IMMEDIATE));
        assertEquals(DeliveryMode.IMMEDIATE, rule.channel(DeliveryMode.WEEKLY));
        assertEquals(DeliveryMode.PAUSED, rule.channel(DeliveryMode.PAUSED));
        rule.deliverAs(Optional.empty());
        assertEquals(DeliveryMode.DAILY, rule.channel(DeliveryMode.DAILY));
    }

    @Test
    void theApiFieldIsReadThreeWays() throws InvalidInputException {
        assertEquals(Optional.empty(), RuleService.deliveryMode(Json.createObjectBuilder().build()));
        assertEquals(Optional.of(Optional.empty()),
                RuleService.deliveryMode(Json.createObjectBuilder().add("deliveryMode", JsonValue.NULL).build()));
        assertEquals(Optional.of(Optional.empty()),
                RuleService.deliveryMode(Json.createObjectBuilder().add("deliveryMode", "subscriber").build()));
        assertEquals(Optional.of(Optional.of(DeliveryMode.IMMEDIATE)),
                RuleService.deliveryMode(Json.createObjectBuilder().add("deliveryMode", "immediate").build()));
    }

    @Test
    void aRuleCannotBePausedNorGetAnUnknownMode() {
        for (String bad : new String[] {"paused", "hourly"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> RuleService.deliveryMode(Json.createObjectBuilder().add("deliveryMode", bad).build()));
            assertEquals("deliveryMode", e.field());
        }
        assertEquals("deliveryMode", assertThrows(InvalidInputException.class,
                () -> RuleService.deliveryMode(Json.createObjectBuilder().add("deliveryMode", 3).build())).field());
    }
}
