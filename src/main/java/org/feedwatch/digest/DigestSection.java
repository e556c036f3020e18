package org.feedwatch.digest;

import java.util.List;

/**
 * The entries of one digest that matched the same watch rule.
 *
 * @param ruleName the rule's name as the subscriber wrote it (untrusted text)
 * @param entries  the matching entries, in display order
 */
public record DigestSection(String ruleName, List<DigestEntry> entries) {

    public DigestSection {
        entries = List.copyOf(entries);
    }
}
