package org.feedwatch.feed;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a feed, stored once: {@code dedupKey} (guid, else normalised link, else a hash of the text) is
 * unique per feed, so an item seen again on the next poll is recognised and never alerted twice. When the feed
 * changes what a known item says ({@link ItemContent#version()} differs), the item is revised in place.
 */
@Entity
@Table(name = "item")
@NamedQuery(name = "Item.versions", query = "SELECT i.dedupKey, i.contentVersion FROM Item i"
        + " WHERE i.feed.id = :feedId AND i.dedupKey IN :keys")
@NamedQuery(name = "Item.byKeys", query = "SELECT i FROM Item i WHERE i.feed.id = :feedId AND i.dedupKey IN :keys")
@NamedQuery(name = "Item.latest", query = "SELECT i FROM Item i WHERE i.feed.id = :feedId ORDER BY i.id DESC")
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

    @Lob
    @Column(name = "content_html")
    private String contentHtml;

    @Convert(converter = TextListConverter.class)
    @Column(name = "authors", length = TextListConverter.MAX_LENGTH)
    private List<String> authors = new ArrayList<>();

    @Convert(converter = TextListConverter.class)
    @Column(name = "categories", length = TextListConverter.MAX_LENGTH)
    private List<String> categories = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "item_enclosure", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "entry_index")
    private List<Enclosure> enclosures = new ArrayList<>();

    @Column(name = "thumbnail_url", length = 2048)
    private String thumbnailUrl;

    /** {@link ItemContent#version()} of what is stored; null for items stored before versions were kept. */
    @Column(name = "content_version", length = 64)
    private String contentVersion;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "first_seen_at", nullable = false)
    private Instant firstSeenAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Item() {
    }

    public Item(Feed feed, String dedupKey, ItemContent content, Instant firstSeenAt) {
        this.feed = Objects.requireNonNull(feed);
        this.dedupKey = Objects.requireNonNull(dedupKey);
        this.firstSeenAt = Objects.requireNonNull(firstSeenAt);
        apply(content);
    }

    /**
     * The feed now says something else about this item: take the new text, links and attachments. The publication
     * date stays as first stored (feeds often move it to the time of the edit), unless there was none.
     */
    public void revise(ItemContent content, Instant now) {
        apply(content);
        updatedAt = Objects.requireNonNull(now);
    }

    /** Completes an item stored before versions were kept; not an update, since nothing is known to have changed. */
    public void fillIn(ItemContent content) {
        apply(content);
    }

    private void apply(ItemContent content) {
        this.guid = content.guid().map(g -> truncate(g, 2048)).orElse(null);
        this.link = content.link().filter(l -> l.length() <= 2048).orElse(null);
        this.title = truncate(content.title(), 1000);
        this.summaryText = content.summaryText();
        this.summaryHtml = content.summaryHtml();
        this.contentHtml = content.contentHtml().isEmpty() ? null : content.contentHtml();
        this.authors = new ArrayList<>(content.authors());
        this.categories = new ArrayList<>(content.categories());
        this.enclosures.clear();
        content.enclosures().stream().filter(e -> e.url().length() <= 2048).forEach(enclosures::add);
        this.thumbnailUrl = content.thumbnail().filter(t -> t.length() <= 2048).orElse(null);
        this.contentVersion = content.version();
        if (publishedAt == null) {
            this.publishedAt = content.published().orElse(null);
        }
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

    /** The text rules are matched against: the summary and/or the full content as plain text. */
    public String summaryText() {
        return summaryText == null ? "" : summaryText;
    }

    public String summaryHtml() {
        return summaryHtml == null ? "" : summaryHtml;
    }

    /** The full content as sanitised HTML; empty when the feed gave only a summary. */
    public String contentHtml() {
        return contentHtml == null ? "" : contentHtml;
    }

    public List<String> authors() {
        return authors == null ? List.of() : List.copyOf(authors);
    }

    public List<String> categories() {
        return categories == null ? List.of() : List.copyOf(categories);
    }

    /** Loads lazily: call inside a transaction. */
    public List<Enclosure> enclosures() {
        return List.copyOf(enclosures);
    }

    public Optional<String> thumbnailUrl() {
        return Optional.ofNullable(thumbnailUrl);
    }

    public Optional<String> contentVersion() {
        return Optional.ofNullable(contentVersion);
    }

    /** When the feed says it was published, else when Feedwatch first saw it. */
    public Instant publishedAt() {
        return publishedAt != null ? publishedAt : firstSeenAt;
    }

    public Instant firstSeenAt() {
        return firstSeenAt;
    }

    /** When Feedwatch last saw the feed change what this item says; empty if never. */
    public Optional<Instant> updatedAt() {
        return Optional.ofNullable(updatedAt);
    }
}
