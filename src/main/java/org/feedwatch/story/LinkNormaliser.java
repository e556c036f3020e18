package org.feedwatch.story;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The form of an item link under which two items are the same article: scheme and host in lower case, the
 * default port, a trailing slash, the fragment and {@code utm_*} tracking parameters removed; every other
 * part (path case, other parameters and their order) kept, because sites do use them to tell articles apart.
 */
public final class LinkNormaliser {

    private LinkNormaliser() {
    }

    /** The normalised link, or an empty string for a blank link; a link that is no URI is only trimmed. */
    public static String normalise(String link) {
        if (link == null || link.isBlank()) {
            return "";
        }
        String trimmed = link.strip();
        try {
            URI uri = new URI(trimmed);
            if (uri.getScheme() == null || uri.getRawAuthority() == null) {
                return trimmed;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            StringBuilder out = new StringBuilder(trimmed.length());
            out.append(scheme).append("://").append(authority(uri, scheme));
            out.append(withoutTrailingSlash(uri.getRawPath()));
            String query = withoutTracking(uri.getRawQuery());
            if (!query.isEmpty()) {
                out.append('?').append(query);
            }
            return out.toString();
        } catch (URISyntaxException e) {
            return trimmed; // compared as written: still equal to the same malformed link
        }
    }

    private static String authority(URI uri, String scheme) {
        String host = uri.getHost();
        if (host == null) {
            return uri.getRawAuthority().toLowerCase(Locale.ROOT);
        }
        String userInfo = uri.getRawUserInfo() == null ? "" : uri.getRawUserInfo() + "@";
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"));
        return userInfo + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    private static String withoutTrailingSlash(String path) {
        if (path == null) {
            return "";
        }
        String p = path;
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    private static String withoutTracking(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String parameter : query.split("&")) {
            if (!parameter.isEmpty() && !parameter.toLowerCase(Locale.ROOT).startsWith("utm_")) {
                kept.add(parameter);
            }
        }
        return String.join("&", kept);
    }
}
