package org.feedwatch.web.auth;

import java.util.regex.Pattern;

/**
 * Where a login may send the browser afterwards: only a path of our own admin console (or the dev mailbox). Anything else (another host,
 * a scheme, {@code //host}, a backslash that browsers read as a slash, control characters) becomes {@code /admin}, so
 * the login page cannot be used to send people elsewhere.
 */
public final class LoginTarget {

    public static final String HOME = "/admin";
    private static final Pattern SAFE = Pattern.compile("(/admin|/dev/mailbox)(/[A-Za-z0-9._~%/-]*)?(\\?[A-Za-z0-9._~%&=+-]*)?");

    private LoginTarget() {
    }

    public static String of(String requested) {
        if (requested == null || requested.length() > 500 || !SAFE.matcher(requested).matches()
                || requested.contains("//") || requested.contains("/..") || requested.startsWith("/admin/login")
                || requested.startsWith("/admin/logout")) {
            return HOME;
        }
        return requested;
    }
}
