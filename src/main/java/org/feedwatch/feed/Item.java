package org.feedwatch.feed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a feed, stored once: {@code dedupKey} (guid, else normalised link, else a hash of the text) is
 * unique per feed, so an item seen again on the next poll is recognised and never alerted twice.
 */
@Entity
@Table(name = "item")
@NamedQuery(name = "Item.existingKeys",
        query = "SELECT i.dedupKey FROM Item i WHERE i.feed.id = :feedId AND i.dedupKey IN :keys")
@NamedQuery(name = "Item.byIds", query = "SELECT i FROM Item i JOIN FETCH i.feed WHERE i.id IN :ids")
@NamedQuery(name = "Item.recent", query = "SELECT i FROM Item i JOIN FETCH i.feed"
        + " WHERE i.firstSeenAt >= :since AND i.id < :beforeId ORDER BY i.id DESC")
public class Item {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "feed_id")
    private Feed feed;

    @Column(name = "dedup_key", nullable = false, length = 80)
    private String dedupKey;

    @Column(length = 2048)
    private String guid;

    @Column(length = 2048)
    private String link;

    @Column(nullable = false, length = 1000)
    private String title;

    @Lob
    @Column(name = "summary_text")
    private String summaryText;

    @Lob
    @Column(name = "summary_html")
    private String summaryHtml;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "first_seen_at", nullable = false)
    private Instant firstSeenAt;

    protected Item() {
    }

    public Item(Feed feed, String dedupKey, ItemContent content, Instant firstSeenAt) {
        this.feed = Objects.requireNonNull(feed);
        this.dedupKey = Objects.requireNonNull(dedupKey);
        this.guid = content.guid().map(g -> truncate(g, 2048)).orElse(null);
        this.link = content.link().filter(l -> l.length() <= 2048).orElse(null);
        this.title = truncate(content.title(), 1000);
        this.summaryText = content.summaryText();
        this.summaryHtml = content.summaryHtml();
        this.publishedAt = content.published().orElse(null);
        this.firstSeenAt = Objects.requireNonNull(firstSeenAt);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public Long id() {
        return id;
    }

    public Feed feed() {
        return feed;
    }

    public String dedupKey() {
        return dedupKey;
    }

    public Optional<String> guid() {
        return Optional.ofNullable(guid);
    }

    public Optional<String> link() {
        return Optional.ofNullable(link);
    }

    public String title() {
        return title;
    }

    public String summaryText() {
        return summaryText == null ? "" : summaryText;
    }

    public String summaryHtml() {
        return summaryHtml == null ? "" : summaryHtml;
    }

    /** When the feed says it was published, else when Feedwatch first saw it. */
    public Instant publishedAt() {
        return publishedAt != null ? publishedAt : firstSeenAt;
    }

    public Instant firstSeenAt() {
        return firstSeenAt;
    }
}
