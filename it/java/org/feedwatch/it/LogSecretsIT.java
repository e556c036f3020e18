package org.feedwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * No secret reaches the server's logs: the signing keys and passwords of the IT configuration
 * (it/liberty/feedwatchIT/jvm.options), the tokens of the links this test has the server issue and use, and
 * anything shaped like a signed link token, in every log file of the IT servers. It runs after every other IT
 * (it/resources/junit-platform.properties orders classes by {@code @Order}), so the scan covers all they made the
 * servers log.
 */
@ExtendWith(ArquillianExtension.class)
@Order(Integer.MAX_VALUE)
class LogSecretsIT {

    /** Values from the IT servers' jvm.options; none may appear in a log. */
    private static final List<String> SECRETS = List.of("it-signing-key-never-to-be-logged-0123456789",
            "it-previous-signing-key-never-logged-98765", "it-secret-password", "it-imap-secret");
    /** A token in a signed link (t=…, the private feed's path, the mailto: subject): 43 base64url characters. */
    private static final Pattern TOKEN_SHAPES = Pattern.compile("[?&]t=[A-Za-z0-9_-]{43}"
            + "|/feeds/[0-9]+/[A-Za-z0-9_-]{43}|unsubscribe(%20|\\s)+[0-9]+\\.[A-Za-z0-9_-]{43}");
    private static final Pattern TOKEN = Pattern.compile("[?&]t=([A-Za-z0-9_-]{43})");

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("it.smtp.port", 3925), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(true);

    private final Api api = Api.forItServer();
    private final SignUpClient visitor = new SignUpClient(api);
    private final List<Long> subscribers = new ArrayList<>();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.feedwatch();
    }

    @AfterEach
    void cleanUp() {
        subscribers.forEach(id -> api.delete("/api/subscribers/" + id));
    }

    @Test
    void noSecretOrSignedTokenIsLogged() throws Exception {
        List<String> issued = new ArrayList<>();
        String email = "logs-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        assertEquals(202, visitor.subscribe(Json.createObjectBuilder().add("email", email)
                .add("timeZone", "Europe/Vilnius").build()).statusCode());
        String link = SignUpClient.confirmLink(Mails.awaitMailTo(SMTP, email));
        long id = SignUpClient.idOf(link);
        subscribers.add(id);
        issued.add(tokenOf(link));
        // The server handles the links it issued: the page, the confirmation, the manage page, a forged link.
        assertEquals(200, visitor.anonymous(java.net.http.HttpRequest.newBuilder(java.net.URI.create(link))).statusCode());
        String done = visitor.confirm(link).body();
        Matcher manage = Pattern.compile("/subscription\\?s=[0-9]+&(amp;)?t=([A-Za-z0-9_-]{43})").matcher(done);
        assertTrue(manage.find(), done);
        issued.add(manage.group(2));
        assertEquals(200, visitor.anonymous(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                api.base() + "/subscription?s=" + id + "&t=" + manage.group(2)))).statusCode());
        assertEquals(404, visitor.anonymous(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                api.base() + "/subscription?s=" + id + "&t=" + issued.get(0)))).statusCode(), "wrong purpose");

        List<Path> logs = logFiles();
        assertFalse(logs.isEmpty(), "the IT server's logs are found under " + serversDir());
        for (Path log : logs) {
            String text = Files.readString(log, StandardCharsets.ISO_8859_1);
            for (String secret : SECRETS) {
                assertFalse(text.contains(secret), log + " holds a secret of the IT configuration: " + secret);
            }
            for (String token : issued) {
                assertFalse(text.contains(token), log + " holds the token of a link the server issued");
            }
            Matcher shaped = TOKEN_SHAPES.matcher(text);
            assertFalse(shaped.find(), () -> log + " holds something shaped like a signed token: " + shaped.group());
        }
    }

    private static String tokenOf(String link) {
        Matcher m = TOKEN.matcher(link);
        assertTrue(m.find(), link);
        return m.group(1);
    }

    private static Path serversDir() {
        return Path.of(System.getProperty("wlp.home", "target/liberty/wlp"), "usr", "servers");
    }

    /** Every file in the logs folders of this run's IT servers (messages, console, trace, FFDC). */
    private static List<Path> logFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String server : List.of(System.getProperty("it.server.name", "feedwatchIT"),
                System.getProperty("it.restart.server.name", "feedwatchRestartIT"))) {
            Path logs = serversDir().resolve(server).resolve("logs");
            if (Files.isDirectory(logs)) {
                try (Stream<Path> walk = Files.walk(logs)) {
                    walk.filter(Files::isRegularFile).forEach(files::add);
                }
            }
        }
        return files;
    }
}
