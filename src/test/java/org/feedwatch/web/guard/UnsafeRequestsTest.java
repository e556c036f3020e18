package org.feedwatch.web.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

class UnsafeRequestsTest {

    @Test
    void onlyBodiesAForeignPageCanSendNeedAToken() {
        assertEquals(true, UnsafeRequests.formLike(null));
        assertEquals(true, UnsafeRequests.formLike(MediaType.APPLICATION_FORM_URLENCODED_TYPE));
        assertEquals(true, UnsafeRequests.formLike(new MediaType("multipart", "form-data", java.util.Map.of("boundary", "x"))));
        assertEquals(true, UnsafeRequests.formLike(new MediaType("text", "plain", "utf-8")));
        assertEquals(false, UnsafeRequests.formLike(MediaType.APPLICATION_JSON_TYPE));
        assertEquals(false, UnsafeRequests.formLike(new MediaType("text", "x-opml")));
    }
}
