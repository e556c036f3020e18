package org.feedwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a subscriber reads back: a digest sent, then listed on the archive page, the private Atom feed (parsed with
 * Rome) with its matches and conditional GET, and mailto: unsubscribe through the IMAP mailbox the server reads.
 */
@ExtendWith(ArquillianExtension.class)
class ArchiveIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup[] {
            new ServerSetup(Integer.getInteger("it.smtp.port", 3925), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(Integer.getInteger("it.imap.port", 3943), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)})
            // The mailbox user exists from the start: GreenMail cannot read back mail delivered to a user that a
            // login created (the server's sweep logs in every minute), "Failed to load IMAP envelope".
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication()
                    .withUser("unsubscribe@localhost", "unsub", "it-imap-secret"))
            .withPerMethodLifecycle(false);

    /** Signed links as the mail carries them: s is the subscriber, t the token. */
    private static final Pattern MANAGE_LINK = Pattern.compile(
            "/(?:archive(?:/[0-9a-f-]{36})?|subscription)\\?s=([0-9]+)&(?:amp;)?t=([A-Za-z0-9_-]+)");
    private static final Pattern FEED_LINK = Pattern.compile("href=\"(http://[^\"]+/feeds/[0-9]+/[A-Za-z0-9_-]+\\.atom)\"");

    private final Api api = Api.forItServer();
    private final FeedServer feeds = FeedServer.get();
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.feedwatch();
    }

    @Test
    void aSentDigestIsListedItsMatchesAreInThePrivateFeedAndAMailUnsubscribes() throws Exception {
        String email = "archive-" + run + "@example.org";
        long subscriber = api.addSubscriber(email);
        api.addKeywordRule(subscriber, "Trials", "суд OR trial");
        api.addKeywordRule(subscriber, "Minsk", "minsk");
        String path = "/archive-" + run + ".xml";
        feeds.serve(path, FeedServer.rss("Archive test " + run,
                FeedServer.item(run + "-1", "Суд над праваабаронцамі ў Мінску", "Суд пачаўся ў панядзелак."),
                FeedServer.item(run + "-2", "Minsk trial of rights defenders", "The trial began in Minsk on Monday."),
                FeedServer.item(run + "-3", "Weather: snow", "Heavy snow.")), "application/rss+xml");
        assertEquals(3, api.poll(api.addFeed(feeds.url(path))).getInt("newItems"));

        HttpResponse<String> sent = api.post("/api/subscribers/" + subscriber + "/digest", null);
        assertEquals(200, sent.statusCode(), sent.body());
        MimeMessage mail = Mails.awaitMailTo(MAIL, email);
        String text = Mails.textPart(mail);
        Matcher link = MANAGE_LINK.matcher(text);
        assertTrue(link.find(), "a signed archive or manage link in the mail: " + text);
        assertEquals(Long.toString(subscriber), link.group(1));
        String archiveUrl = "/archive?s=" + subscriber + "&t=" + link.group(2);

        String archive = page(archiveUrl, 200);
        assertTrue(archive.contains(Mails.htmlEscaped(mail.getSubject())), "the digest's subject is listed: " + archive);
        assertTrue(archive.contains("on request") && archive.contains(">sent<"), archive);
        assertTrue(archive.contains("/archive/") && archive.contains("?s=" + subscriber + "&amp;t="),
                "a read-online link");
        assertTrue(archive.contains("anyone with this address can read your matches"), archive);
        page("/archive?s=" + subscriber + "&t=" + link.group(2).substring(1) + "x", 404);
        page("/archive?s=" + (subscriber + 1) + "&t=" + link.group(2), 404);

        Matcher feedLink = FEED_LINK.matcher(archive);
        assertTrue(feedLink.find(), "the feed URL is on the archive page");
        String feedUrl = feedLink.group(1);
        HttpResponse<String> atom = get(feedUrl, null, null);
        assertEquals(200, atom.statusCode(), atom.body());
        assertEquals("application/atom+xml;charset=utf-8", atom.headers().firstValue("Content-Type").orElse("")
                .replace(" ", "").toLowerCase());
        assertTrue(atom.headers().firstValue("Cache-Control").orElse("").contains("private"), atom.headers().toString());
        SyndFeed parsed = new SyndFeedInput().build(new StringReader(atom.body()));
        assertEquals("Feedwatch: archive-" + run + "'s matches", parsed.getTitle());
        List<SyndEntry> entries = parsed.getEntries();
        assertEquals(2, entries.size(), "the two matched items, each once: " + atom.body());
        SyndEntry minsk = entries.stream().filter(e -> e.getTitle().startsWith("Minsk trial")).findFirst().orElseThrow();
        String why = minsk.getDescription().getValue();
        assertTrue(why.contains("(rule Trials)") && why.contains("(rule Minsk)"), "both rules on one entry: " + why);
        assertEquals("https://news.example.org/" + run + "-2", minsk.getLink());
        assertTrue(entries.stream().anyMatch(e -> e.getTitle().equals("Суд над праваабаронцамі ў Мінску")));
        assertTrue(minsk.getUri().startsWith("urn:uuid:"), minsk.getUri());

        String etag = atom.headers().firstValue("ETag").orElseThrow();
        String lastModified = atom.headers().firstValue("Last-Modified").orElseThrow();
        assertEquals(304, get(feedUrl, "If-None-Match", etag).statusCode());
        assertEquals(304, get(feedUrl, "If-Modified-Since", lastModified).statusCode());
        assertEquals(200, get(feedUrl, "If-None-Match", "\"other\"").statusCode());
        HttpResponse<String> wrong = get(feedUrl.replaceAll("/[A-Za-z0-9_-]+\\.atom$", "/" + link.group(2) + ".atom"),
                null, null);
        assertEquals(404, wrong.statusCode(), "a token for another purpose does not open the feed");
        assertFalse(wrong.body().contains("Exception") || wrong.body().contains(link.group(2)), "no detail: " + wrong.body());
        assertEquals(404, get(feedUrl.replace("/feeds/" + subscriber + "/", "/feeds/" + (subscriber + 1) + "/"),
                null, null).statusCode());

        unsubscribesByMail(subscriber, mail);
    }

    /** A valid mailto: request unsubscribes; a forged one, for another subscriber, does not. */
    private void unsubscribesByMail(long subscriber, MimeMessage digest) throws Exception {
        long bystander = api.addSubscriber("bystander-" + run + "@example.org");
        String valid = requestSubject(digest);
        String token = valid.substring(valid.indexOf('.') + 1);
        GreenMailUser mailbox = MAIL.getUserManager().getUserByEmail("unsubscribe@localhost");
        Mails.deliver(mailbox, "unsubscribe " + bystander + "." + token);
        Mails.deliver(mailbox, "unsubscribe " + bystander + ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        Mails.deliver(mailbox, "Re: " + valid);

        // The server sweeps the mailbox once a minute; every mail it deals with is deleted.
        long deadline = System.nanoTime() + 150_000_000_000L;
        while (MAIL.getManagers().getImapHostManager().getInbox(mailbox).getMessageCount() > 0) {
            assertTrue(System.nanoTime() < deadline, "the unsubscribe mailbox was not swept within 150 s");
            Thread.sleep(1000);
        }
        assertFalse(Api.object(api.get("/api/subscribers/" + subscriber)).getBoolean("active"));
        assertTrue(Api.object(api.get("/api/subscribers/" + bystander)).getBoolean("active"),
                "a forged or borrowed token unsubscribes nobody");
    }

    /** The subject of the mailto: link in List-Unsubscribe, or the same request built from the https link. */
    private static String requestSubject(MimeMessage digest) throws Exception {
        String header = digest.getHeader("List-Unsubscribe", null);
        Matcher mailto = Pattern.compile("<mailto:[^?>]+\\?subject=([^>]+)>").matcher(header);
        if (mailto.find()) {
            return URLDecoder.decode(mailto.group(1), StandardCharsets.UTF_8);
        }
        Matcher https = Pattern.compile("/unsubscribe\\?s=([0-9]+)&t=([A-Za-z0-9_-]+)>").matcher(header);
        assertTrue(https.find(), header);
        return "unsubscribe " + https.group(1) + "." + https.group(2);
    }

    private String page(String path, int status) {
        HttpResponse<String> response = get(api.base() + path, null, null);
        assertEquals(status, response.statusCode(), path + ": " + response.body());
        return response.body();
    }

    private HttpResponse<String> get(String url, String header, String value) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (header != null) {
            request.header(header, value);
        }
        return api.anonymous(request);
    }
}
