package org.feedwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The whole loop: a feed polled over HTTP, keyword rules matching, a digest in a real SMTP inbox. */
@ExtendWith(ArquillianExtension.class)
class PipelineIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("it.smtp.port", 3925), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    private final Api api = Api.forItServer();
    private final FeedServer feeds = FeedServer.get();
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.feedwatch();
    }

    private String feedWithItems() {
        String path = "/pipeline-" + run + ".xml";
        feeds.serve(path, FeedServer.rss("Pipeline test " + run,
                FeedServer.item(run + "-1", "EU widens potash sanctions on Belaruskali",
                        "Brussels adds fertiliser exporters to the sanctions list."),
                FeedServer.item(run + "-2", "Football federation hands out sanctions to clubs",
                        "The league sanctions three clubs after the derby; football fans protest."),
                // RSS titles are HTML: escaped twice, this is a title whose text shows a script tag.
                FeedServer.item(run + "-3", "&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt; Sanctions &amp;amp; markets",
                        "Markets shrug off new sanctions."),
                FeedServer.item(run + "-4", "Weather: snow across the region",
                        "Heavy snow is expected on Tuesday.")), "application/rss+xml");
        return feeds.url(path);
    }

    @Test
    void pollsStoresOnceAndHonours304() {
        long feedId = api.addFeed(feedWithItems());
        // Adding fetches the address once to see whether it is a feed or a page; count the polls' requests only.
        int fetchedOnAdd = feeds.requests("/pipeline-" + run + ".xml").size();
        JsonObject first = api.poll(feedId);
        assertEquals("OK", first.getString("status"), first.toString());
        assertEquals(4, first.getInt("newItems"));

        JsonObject second = api.poll(feedId);
        assertEquals("NOT_MODIFIED", second.getString("status"), second.toString());
        assertEquals(0, second.getInt("newItems"));
        List<String> all = feeds.requests("/pipeline-" + run + ".xml");
        List<String> requests = all.subList(fetchedOnAdd, all.size());
        assertEquals(1, fetchedOnAdd);
        assertEquals(2, requests.size());
        assertTrue(requests.get(0).endsWith("If-None-Match=null"), requests.get(0));
        assertFalse(requests.get(1).endsWith("If-None-Match=null"), "second poll sends the ETag: " + requests.get(1));

        JsonObject feed = Api.object(api.get("/api/feeds/" + feedId));
        assertEquals("NOT_MODIFIED", feed.getString("status"));
        assertEquals(0, feed.getInt("consecutiveErrors"));
        assertNotNull(feed.getString("etag"));
    }

    @Test
    void keywordRulesMatchTheRightItemsAndADigestArrives() throws Exception {
        String email = "reader-" + run + "@example.org";
        long subscriber = api.addSubscriber(email);
        long sanctionsRule = api.addKeywordRule(subscriber, "Sanctions", "sanctions -football");
        api.addKeywordRule(subscriber, "Snow", "\"heavy snow\"");

        long feedId = api.addFeed(feedWithItems());
        JsonObject polled = api.poll(feedId);
        assertEquals(4, polled.getInt("newItems"), polled.toString());
        // stored once: a second poll after the feed changed its ETag stores nothing new
        feeds.serve("/pipeline-" + run + ".xml", FeedServer.rss("Pipeline test " + run + " (again)",
                FeedServer.item(run + "-1", "EU widens potash sanctions on Belaruskali",
                        "Brussels adds fertiliser exporters to the sanctions list.")), "application/rss+xml");
        assertEquals(0, api.poll(feedId).getInt("newItems"));

        JsonArray matches = Api.array(api.get("/api/subscribers/" + subscriber + "/matches"));
        Set<String> titles = matches.stream().map(JsonValue::asJsonObject).map(m -> m.getString("title"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("EU widens potash sanctions on Belaruskali", "<script>alert(1)</script> Sanctions & markets",
                "Weather: snow across the region"), titles);
        JsonObject potash = matches.stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("title").startsWith("EU widens")).findFirst().orElseThrow();
        assertEquals(sanctionsRule, potash.getJsonNumber("ruleId").longValue());
        assertTrue(potash.getJsonArray("matchedTerms").toString().toLowerCase().contains("sanctions"), potash.toString());

        HttpResponse<String> sent = api.post("/api/subscribers/" + subscriber + "/digest", null);
        assertEquals(200, sent.statusCode(), sent.body());
        assertEquals("SENT", Api.object(sent).getString("status"), sent.body());
        assertTrue(SMTP.waitForIncomingEmail(10_000, 1));
        MimeMessage mail = only(SMTP.getReceivedMessagesForDomain("example.org"), email);

        assertNotNull(mail.getMessageID());
        String unsubscribe = mail.getHeader("List-Unsubscribe", null);
        assertTrue(unsubscribe.startsWith("<http://localhost:") && unsubscribe.contains("/unsubscribe?"), unsubscribe);
        assertTrue(unsubscribe.contains(">, <mailto:unsubscribe@localhost?subject=unsubscribe%20"), unsubscribe);
        assertEquals("List-Unsubscribe=One-Click", mail.getHeader("List-Unsubscribe-Post", null));
        assertTrue(mail.getSubject().contains("3 new stories"), mail.getSubject());

        Multipart parts = (Multipart) mail.getContent();
        assertTrue(mail.getContentType().startsWith("multipart/alternative"), mail.getContentType());
        String text = part(parts, "text/plain");
        String html = part(parts, "text/html");
        for (String part : List.of(text, html)) {
            assertTrue(part.contains("EU widens potash sanctions on Belaruskali"));
            assertTrue(part.contains("https://news.example.org/" + run + "-1"));
            assertFalse(part.contains("Football federation"), "the excluded item is not in the digest");
        }
        assertFalse(html.contains("<script>"), "feed text is escaped in HTML");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(text.contains("<script>alert(1)</script> Sanctions & markets"), "the text part is plain text");

        // "Read online": the signed link in the mail opens this digest on the web, without logging in.
        String online = text.lines().dropWhile(l -> !l.startsWith("Read online")).skip(1).findFirst().orElseThrow()
                .strip();
        HttpResponse<String> page = api.anonymous(HttpRequest.newBuilder(URI.create(online)));
        assertEquals(200, page.statusCode(), online);
        assertTrue(page.body().contains("EU widens potash sanctions on Belaruskali"));
        assertFalse(page.body().contains("<script>alert(1)"), "escaped on the web too");
        HttpResponse<String> forged = api.anonymous(HttpRequest.newBuilder(URI.create(
                online.replaceAll("t=[^&]+", "t=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"))));
        assertEquals(404, forged.statusCode(), "a wrong signature is a plain 404");

        HttpResponse<String> again = api.post("/api/subscribers/" + subscriber + "/digest", null);
        assertEquals(204, again.statusCode(), "nothing new: " + again.body());

        // One-click unsubscribe (RFC 8058) from the header works without logging in.
        String url = unsubscribe.substring(1, unsubscribe.indexOf('>')); // the https one; a mailto: may follow
        HttpResponse<String> unsubscribed = api.anonymous(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")));
        assertEquals(200, unsubscribed.statusCode(), unsubscribed.body());
        assertFalse(Api.object(api.get("/api/subscribers/" + subscriber)).getBoolean("active"));
        // A new matching item after unsubscribing is still stored, but no mail goes out for it.
        feeds.serve("/pipeline-" + run + ".xml", FeedServer.rss("Pipeline test " + run,
                FeedServer.item(run + "-5", "New sanctions on potash exports", "More sanctions.")),
                "application/rss+xml");
        api.poll(feedId);
        assertEquals(4, Api.array(api.get("/api/subscribers/" + subscriber + "/matches")).size());
        assertEquals(204, api.post("/api/subscribers/" + subscriber + "/digest", null).statusCode());
        assertEquals(1, countTo(SMTP.getReceivedMessagesForDomain("example.org"), email));
    }

    private static MimeMessage only(MimeMessage[] messages, String to) throws Exception {
        MimeMessage found = null;
        for (MimeMessage m : messages) {
            if (m.getAllRecipients()[0].toString().equals(to)) {
                assertEquals(null, found, "exactly one digest for " + to);
                found = m;
            }
        }
        assertNotNull(found, "a digest for " + to);
        return found;
    }

    private static long countTo(MimeMessage[] messages, String to) throws Exception {
        long n = 0;
        for (MimeMessage m : messages) {
            if (m.getAllRecipients()[0].toString().equals(to)) {
                n++;
            }
        }
        return n;
    }

    private static String part(Multipart multipart, String type) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.isMimeType(type)) {
                assertTrue(part.getContentType().toLowerCase().contains("charset=utf-8"), part.getContentType());
                return (String) part.getContent();
            }
        }
        throw new AssertionError("no " + type + " part");
    }
}
