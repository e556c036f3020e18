package org.feedwatch.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.feedwatch.subscriber.DeliveryMode;
import org.junit.jupiter.api.Test;

class SubscriberRowTest {

    @Test
    void unsubscribedWinsOverUnconfirmedWhichWinsOverPaused() {
        assertEquals("unsubscribed", SubscriberRow.status(true, true, DeliveryMode.DAILY));
        assertEquals("unsubscribed", SubscriberRow.status(true, false, DeliveryMode.PAUSED));
        assertEquals("unconfirmed", SubscriberRow.status(false, false, DeliveryMode.PAUSED));
        assertEquals("paused", SubscriberRow.status(false, true, DeliveryMode.PAUSED));
        assertEquals("active", SubscriberRow.status(false, true, DeliveryMode.WEEKLY));
    }
}
