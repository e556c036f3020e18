package org.feedwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** POST /api/feeds with a web page's address finds the feed behind it, or offers the choices, or says none. */
@ExtendWith(ArquillianExtension.class)
class FeedDiscoveryIT {

    private static final String HTML = "text/html; charset=utf-8";

    private final Api api = Api.forItServer();
    private final FeedServer feeds = FeedServer.get();
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.feedwatch();
    }

    @Test
    void aPageWithOneFeedLinkAddsThatFeed() {
        feeds.serve("/news-" + run + "/rss.xml", FeedServer.rss("News " + run,
                FeedServer.item(run, "An item", "text")), "application/rss+xml");
        feeds.serve("/news-" + run + "/index.html", FeedServer.htmlPage("News " + run,
                "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"All news\" href=\"rss.xml\">"), HTML);

        HttpResponse<String> created = addFeed(feeds.url("/news-" + run + "/index.html"));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject feed = Api.object(created);
        assertEquals(feeds.url("/news-" + run + "/rss.xml"), feed.getString("url"));
        assertEquals(feeds.url("/news-" + run + "/index.html"), feed.getString("foundAt"));
        assertEquals("link", feed.getString("foundBy"));
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/feeds/" + feed.getInt("id")));
        assertEquals("OK", api.poll(feed.getInt("id")).getString("status"));

        HttpResponse<String> again = addFeed(feeds.url("/news-" + run + "/index.html"));
        assertEquals(409, again.statusCode(), again.body());
        assertEquals("url", Api.object(again).getString("field"));
    }

    @Test
    void aPageWithTwoFeedLinksOffersTheChoicesAndStoresNothing() {
        String page = feeds.url("/blog-" + run + "/");
        feeds.serve("/blog-" + run + "/", FeedServer.htmlPage("Blog " + run,
                "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Posts\" href=\"posts.rss\">"
                + "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Comments\" href=\"/comments-" + run
                + ".atom\">"), HTML);

        HttpResponse<String> answer = addFeed(page);
        assertEquals(300, answer.statusCode(), answer.body());
        JsonObject body = Api.object(answer);
        assertEquals("url", body.getString("field"));
        assertEquals(page, body.getString("page"));
        JsonArray choices = body.getJsonArray("choices");
        assertEquals(2, choices.size(), body.toString());
        JsonObject posts = choices.getJsonObject(0);
        assertEquals(feeds.url("/blog-" + run + "/posts.rss"), posts.getString("url"));
        assertEquals("Posts", posts.getString("title"));
        assertEquals("application/rss+xml", posts.getString("type"));
        assertEquals(feeds.url("/comments-" + run + ".atom"), choices.getJsonObject(1).getString("url"));
        assertEquals("application/atom+xml", choices.getJsonObject(1).getString("type"));

        List<String> watched = watchedUrls();
        assertFalse(watched.contains(page), watched.toString());
        assertFalse(watched.contains(posts.getString("url")), watched.toString());
        assertFalse(watched.contains(choices.getJsonObject(1).getString("url")), watched.toString());
    }

    /** One test, in this order: the common paths are the same for every page on the feed server. */
    @Test
    void aPageWithoutLinksIsRefusedUntilACommonFeedPathAnswers() {
        String rootFeed = feeds.url("/feed.xml");
        removeIfWatched(rootFeed);                          // a PostgreSQL test database outlives a run
        feeds.fail("/feed.xml", 404);
        String page = feeds.url("/plain-" + run + ".html");
        feeds.serve("/plain-" + run + ".html", FeedServer.htmlPage("Plain " + run, ""), HTML);

        HttpResponse<String> none = addFeed(page);
        assertEquals(400, none.statusCode(), none.body());
        assertEquals("url", Api.object(none).getString("field"));
        assertEquals("no feed found at this page", Api.object(none).getString("error"));
        assertFalse(watchedUrls().contains(page));

        feeds.serve("/feed.xml", FeedServer.rss("Root feed", FeedServer.item(run, "Root item", "text")),
                "application/rss+xml");
        HttpResponse<String> found = addFeed(page);
        assertEquals(201, found.statusCode(), found.body());
        assertEquals(rootFeed, Api.object(found).getString("url"));
        assertEquals("common-path", Api.object(found).getString("foundBy"));
        feeds.fail("/feed.xml", 404);
    }

    @Test
    void aFeedAddressOrOneThatCannotBeFetchedNowIsAddedAsItIs() {
        feeds.serve("/direct-" + run + ".xml", FeedServer.rss("Direct " + run), "application/rss+xml");
        HttpResponse<String> created = addFeed(feeds.url("/direct-" + run + ".xml"));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject feed = Api.object(created);
        assertEquals(feeds.url("/direct-" + run + ".xml"), feed.getString("url"));
        assertFalse(feed.containsKey("foundAt"), feed.toString());
        assertFalse(feed.containsKey("note"), feed.toString());

        feeds.fail("/down-" + run + ".xml", 503);
        HttpResponse<String> down = addFeed(feeds.url("/down-" + run + ".xml"));
        assertEquals(201, down.statusCode(), down.body());
        assertTrue(Api.object(down).getString("note").contains("503"), down.body());
    }

    private HttpResponse<String> addFeed(String url) {
        return api.post("/api/feeds", Json.createObjectBuilder().add("url", url).build().toString());
    }

    private List<String> watchedUrls() {
        return Api.array(api.get("/api/feeds")).getValuesAs(JsonObject.class).stream()
                .map(feed -> feed.getString("url")).toList();
    }

    private void removeIfWatched(String url) {
        for (JsonObject feed : Api.array(api.get("/api/feeds")).getValuesAs(JsonObject.class)) {
            if (feed.getString("url").equals(url)) {
                assertEquals(204, api.delete("/api/feeds/" + feed.getInt("id")).statusCode());
            }
        }
    }
}
