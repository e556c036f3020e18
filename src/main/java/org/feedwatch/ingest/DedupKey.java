package org.feedwatch.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

/**
 * A stable identity for a feed item, so that an item seen again on the next poll is not stored or mailed twice.
 * The strongest evidence wins: the item's guid ("g:"), else its link normalised so that tracking parameters and
 * fragments do not make a known item look new ("l:"), else its title and text ("h:"). Always a prefix plus a
 * SHA-256 hex digest: 66 characters, whatever the item holds.
 */
public final class DedupKey {

    public static final int MAX_LENGTH = 70;

    /**
     * Click identifiers and campaign tags that ad and mail platforms append to links (compared in lower case). They
     * are dropped from the key, never from the stored link; utm_* parameters are dropped by prefix.
     */
    static final Set<String> TRACKING_PARAMETERS = Set.of("fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid",
            "msclkid", "yclid", "twclid", "ttclid", "li_fat_id", "igshid", "mc_cid", "mc_eid", "_hsenc", "_hsmi",
            "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "rb_clickid", "s_cid", "at_medium", "at_campaign");

    private DedupKey() {
    }

    public static String of(ParsedItem item) {
        Objects.requireNonNull(item, "item");
        if (item.guid().isPresent()) {
            return "g:" + sha256(item.guid().get());
        }
        if (item.link().isPresent()) {
            try {
                return "l:" + sha256(normaliseLink(new URI(item.link().get())));
            } catch (URISyntaxException e) {
                return "l:" + sha256(item.link().get());        // FeedParser only emits valid URIs; be safe
            }
        }
        return "h:" + sha256(item.title() + "\n" + item.summaryText());
    }

    /**
     * The link with scheme and host lower-cased, the scheme's default port dropped, an empty path made "/", the
     * fragment dropped and tracking query parameters (utm_*, {@link #TRACKING_PARAMETERS}) removed (the other
     * parameters keep their order and encoding). Opaque URIs (mailto:) are returned as they are, scheme lower-cased.
     */
    public static String normaliseLink(URI link) {
        String scheme = link.getScheme() == null ? "" : link.getScheme().toLowerCase(Locale.ROOT);
        if (link.isOpaque() || link.getRawAuthority() == null) {
            String ssp = link.getRawSchemeSpecificPart();
            return scheme.isEmpty() ? ssp : scheme + ":" + ssp;
        }
        StringBuilder out = new StringBuilder(scheme).append("://");
        if (link.getHost() == null) {
            out.append(link.getRawAuthority());                 // registry-based authority: keep as is
        } else {
            if (link.getRawUserInfo() != null) {
                out.append(link.getRawUserInfo()).append('@');
            }
            out.append(link.getHost().toLowerCase(Locale.ROOT));
            int port = link.getPort();
            boolean defaultPort = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            if (port != -1 && !defaultPort) {
                out.append(':').append(port);
            }
        }
        String path = link.getRawPath();
        out.append(path == null || path.isEmpty() ? "/" : path);
        String query = withoutTrackingParameters(link.getRawQuery());
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return out.toString();
    }

    private static String withoutTrackingParameters(String rawQuery) {
        if (rawQuery == null) {
            return "";
        }
        StringJoiner kept = new StringJoiner("&");
        for (String parameter : rawQuery.split("&")) {
            String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
            boolean tracking = name.startsWith("utm_") || TRACKING_PARAMETERS.contains(name);
            if (!parameter.isEmpty() && !tracking) {
                kept.add(parameter);
            }
        }
        return kept.toString();
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
