package org.feedwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The feeds page's forms over HTTP, logged in: choosing among a page's feeds, errors at the field, OPML, disabling. */
@ExtendWith(ArquillianExtension.class)
class AdminFeedsIT {

    private final Api api = Api.forItServer();
    private final FeedServer feeds = FeedServer.get();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final AdminSession admin = new AdminSession(api.base());

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.feedwatch();
    }

    @BeforeEach
    void logIn() {
        assertEquals(303, admin.logIn("admin", Api.PASSWORD, null).statusCode());
    }

    @Test
    void aPageWithSeveralFeedsOffersThemAndTheChoiceIsAdded() {
        String rss = "/several-" + run + ".xml";
        String atom = "/several-" + run + ".atom";
        feeds.serve(rss, FeedServer.rss("Several RSS " + run), "application/rss+xml");
        feeds.serve(atom, FeedServer.rss("Several Atom " + run), "application/rss+xml");
        String page = "/several-" + run + ".html";
        feeds.serve(page, FeedServer.htmlPage("Several " + run,
                "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"All news\" href=\"" + rss + "\">"
                + "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Comments\" href=\"" + atom + "\">"),
                "text/html; charset=utf-8");

        HttpResponse<String> choose = add(feeds.url(page));
        assertEquals(200, choose.statusCode(), choose.body());
        assertTrue(choose.body().contains("links to 2 feeds"), choose.body());
        assertTrue(choose.body().contains("value=\"" + feeds.url(rss) + "\""));
        assertTrue(choose.body().contains("value=\"" + feeds.url(atom) + "\""));
        assertTrue(choose.body().contains("Comments"));

        HttpResponse<String> added = add(feeds.url(atom));
        assertEquals(303, added.statusCode(), added.body());
        String location = added.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> list = admin.get(location.substring(location.indexOf("/admin")));
        assertTrue(list.body().contains("Added"), list.body());
        assertTrue(list.body().contains(feeds.url(atom)));
    }

    @Test
    void badAddressesAreNamedAtTheField() {
        HttpResponse<String> bad = add("not an address");
        assertEquals(422, bad.statusCode());
        assertTrue(bad.body().contains("id=\"url-error\""), bad.body());
        assertTrue(bad.body().contains("value=\"not an address\""), "what was typed stays");

        String page = "/nofeed-" + run + ".html";
        feeds.serve(page, FeedServer.htmlPage("Nothing here", ""), "text/html; charset=utf-8");
        HttpResponse<String> none = add(feeds.url(page));
        assertEquals(422, none.statusCode());
        assertTrue(none.body().contains("no feed found at this page"), none.body());

        String feed = "/twice-" + run + ".xml";
        feeds.serve(feed, FeedServer.rss("Twice " + run), "application/rss+xml");
        assertEquals(303, add(feeds.url(feed)).statusCode());
        HttpResponse<String> twice = add(feeds.url(feed));
        assertEquals(409, twice.statusCode());
        assertTrue(twice.body().contains("id=\"url-error\""), twice.body());
    }

    @Test
    void disableEnableAndPollNow() {
        String feed = "/toggle-" + run + ".xml";
        feeds.serve(feed, FeedServer.rss("Toggle " + run), "application/rss+xml");
        long id = api.addFeed(feeds.url(feed));
        String csrf = admin.csrfFrom("/admin/feeds");

        assertEquals(303, admin.postForm("/admin/feeds/" + id + "/disable", Map.of("csrf", csrf)).statusCode());
        assertEquals(false, Api.object(api.get("/api/feeds/" + id)).getBoolean("enabled"));
        assertTrue(admin.get("/admin/feeds?changed=" + id).body().contains("is now disabled"));
        assertEquals(303, admin.postForm("/admin/feeds/" + id + "/enable", Map.of("csrf", csrf)).statusCode());
        assertEquals(true, Api.object(api.get("/api/feeds/" + id)).getBoolean("enabled"));

        HttpResponse<String> polled = admin.postForm("/admin/feeds/" + id + "/poll", Map.of("csrf", csrf));
        assertEquals(303, polled.statusCode());
        String page = admin.get("/admin/feeds?polled=" + id).body();
        assertTrue(page.contains("Polled “Toggle " + run + "”: OK."), page);
        assertEquals(404, admin.postForm("/admin/feeds/987654321/poll", Map.of("csrf", csrf)).statusCode());
    }

    @Test
    void opmlImportReportsWhatItDidAndExportWorksWithTheSession() {
        String one = feeds.url("/opml-a-" + run + ".xml");
        String opml = "<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>t</title></head><body>"
                + "<outline text=\"A\" xmlUrl=\"" + one + "\"/><outline text=\"No URL\"/></body></opml>";
        String csrf = admin.csrfFrom("/admin/feeds");
        HttpResponse<String> imported = admin.postFile("/admin/feeds/opml?csrf="
                + URLEncoder.encode(csrf, StandardCharsets.UTF_8), "file", "feeds.opml", opml);
        assertEquals(200, imported.statusCode(), imported.body());
        assertTrue(imported.body().contains("Imported 1 feed;"), imported.body());
        assertTrue(imported.body().contains("line 1"), "the skipped outline with its line");
        HttpResponse<String> broken = admin.postFile("/admin/feeds/opml?csrf="
                + URLEncoder.encode(csrf, StandardCharsets.UTF_8), "file", "feeds.opml", "<opml><body>");
        assertEquals(422, broken.statusCode());
        assertTrue(broken.body().contains("id=\"file-error\""), broken.body());

        HttpResponse<String> export = admin.get("/api/feeds/opml");
        assertEquals(200, export.statusCode());
        assertTrue(export.body().contains(one.replace("&", "&amp;")), export.body());
    }

    private HttpResponse<String> add(String url) {
        return admin.postForm("/admin/feeds", Map.of("csrf", admin.csrfFrom("/admin/feeds"), "url", url));
    }
}
