package org.feedwatch.delivery;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Address;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * CVE-2025-7962 canary: the Jakarta Mail implementation on the class path must refuse an SMTP command with a
 * CR or LF in it (Angus Mail 2.0.4+ does, in SMTPTransport.validateCommand). On a vulnerable implementation the
 * injected RCPT TO reaches the server and this test fails. Our own MimeBuilder refuses such a recipient earlier;
 * this checks the layer below, talking to a minimal SMTP server on loopback that records every command.
 */
class SmtpCommandInjectionTest {

    private final List<String> commands = new CopyOnWriteArrayList<>();
    private ServerSocket server;
    private Thread serving;

    @BeforeEach
    void startServer() throws Exception {
        server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        serving = new Thread(this::serve, "fake-smtp");
        serving.setDaemon(true);
        serving.start();
    }

    @AfterEach
    void stopServer() throws Exception {
        server.close();
        serving.join(10_000);
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket client = server.accept()) {
                client.setSoTimeout(10_000);
                BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                        StandardCharsets.UTF_8));
                OutputStream out = client.getOutputStream();
                reply(out, "220 fake ESMTP");
                boolean data = false;
                String line;
                while ((line = in.readLine()) != null) {
                    if (data) {
                        if (line.equals(".")) {
                            data = false;
                            reply(out, "250 queued");
                        }
                        continue;
                    }
                    commands.add(line);
                    String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line;
                    switch (verb) {
                        case "EHLO", "HELO" -> reply(out, "250 fake");
                        case "DATA" -> {
                            data = true;
                            reply(out, "354 go on");
                        }
                        case "QUIT" -> {
                            reply(out, "221 bye");
                            return;
                        }
                        default -> reply(out, "250 ok");
                    }
                }
            } catch (Exception e) {
                return; // closed by the test
            }
        }
    }

    private static void reply(OutputStream out, String line) throws Exception {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Test
    void anEnvelopeRecipientWithCrlfNeverBecomesASecondCommand() throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", Integer.toString(server.getLocalPort()));
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.connectiontimeout", "10000");
        Session session = Session.getInstance(props);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("alerts@example.org"));
        message.setText("body");
        InternetAddress injected = new InternetAddress();
        injected.setAddress("reader@example.org>\r\nRCPT TO:<victim@example.org");

        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            assertThrows(Exception.class, () -> transport.sendMessage(message, new Address[] {injected}));
        }

        assertFalse(commands.stream().anyMatch(c -> c.toUpperCase().startsWith("RCPT TO:<VICTIM")),
                "injected command reached the server: " + commands);
        assertTrue(commands.stream().anyMatch(c -> c.toUpperCase().startsWith("MAIL FROM")), "the test talked SMTP: "
                + commands);
    }
}
