package org.feedwatch.feed;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** A file attached to an item: podcast audio, video, an image. Stored in {@code item_enclosure}, in feed order. */
@Embeddable
public class Enclosure {

    @Column(name = "url", nullable = false, length = 2048)
    private String url;

    @Column(name = "media_type", length = 255)
    private String mediaType;

    @Column(name = "length_bytes")
    private Long length;

    protected Enclosure() {
    }

    public Enclosure(String url, Optional<String> mediaType, OptionalLong length) {
        this.url = Objects.requireNonNull(url, "url");
        this.mediaType = mediaType.filter(t -> t.length() <= 255).orElse(null);
        this.length = length.isPresent() ? length.getAsLong() : null;
    }

    public String url() {
        return url;
    }

    public Optional<String> mediaType() {
        return Optional.ofNullable(mediaType);
    }

    /** The size in bytes, as the feed states it. */
    public OptionalLong length() {
        return length == null ? OptionalLong.empty() : OptionalLong.of(length);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Enclosure that && url.equals(that.url) && Objects.equals(mediaType, that.mediaType)
                && Objects.equals(length, that.length);
    }

    @Override
    public int hashCode() {
        return Objects.hash(url, mediaType, length);
    }
}
