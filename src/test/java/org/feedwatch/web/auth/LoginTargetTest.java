package org.feedwatch.web.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LoginTargetTest {

    @Test
    void ourOwnAdminPagesAreKept() {
        for (String path : new String[] {"/admin", "/admin/feeds", "/admin/feeds?failing=1", "/admin/outbox?status=failed&limit=50",
                "/dev/mailbox", "/dev/mailbox/1700000000000-0123abcd"}) {
            assertEquals(path, LoginTarget.of(path));
        }
    }

    @Test
    void anythingElseGoesToTheDashboard() {
        for (String path : new String[] {null, "", "https://evil.example/admin", "//evil.example/admin",
                "/\\evil.example", "/admin/../../evil", "/admin//evil.example", "/administrators", "/api/feeds",
                "javascript:alert(1)", "/admin/login", "/admin/logout", "/admin/feeds\r\nSet-Cookie: x=1",
                "/admin/feeds#x", "/admin/" + "a".repeat(600), "/archive/x", "/ADMIN"}) {
            assertEquals("/admin", LoginTarget.of(path), String.valueOf(path));
        }
    }
}
