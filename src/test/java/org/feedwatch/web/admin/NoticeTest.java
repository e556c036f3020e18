package org.feedwatch.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class NoticeTest {

    @Test
    void onlyKnownCodesShowANotice() {
        assertEquals(Optional.of(Notice.RETRIED), Notice.of("retried"));
        assertTrue(Notice.of("<script>alert(1)</script>").isEmpty());
        assertTrue(Notice.of(null).isEmpty());
        for (Notice notice : Notice.values()) {
            assertEquals(Optional.of(notice), Notice.of(notice.code()));
        }
    }
}
