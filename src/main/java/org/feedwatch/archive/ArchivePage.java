package org.feedwatch.archive;

import java.util.List;
import java.util.Optional;

/**
 * One page of a subscriber's archive, newest first, and where the neighbouring pages start (keyset paging: a new
 * digest arriving while someone reads does not shift the pages under them).
 *
 * @param newerThan set when newer digests exist: ask for those after this id
 * @param olderThan set when older digests exist: ask for those before this id
 */
public record ArchivePage(List<ArchivedDigest> digests, Optional<Long> newerThan, Optional<Long> olderThan) {

    public ArchivePage {
        digests = List.copyOf(digests);
    }
}
