package org.feedwatch.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small SMTP server on 127.0.0.1 that answers what a test tells it to: a refusing greeting, a 4xx or 5xx to the
 * RCPT or to the end of DATA for one address (a few times, or always), and 250 otherwise. It keeps what it accepted
 * and every command it saw, so a test can count deliveries, connections and RSETs. Used where GreenMail cannot
 * produce the error answers (unit tests of the SMTP sink, and the outbox ITs on the IT SMTP port).
 */
public final class ScriptedSmtpServer implements AutoCloseable {

    /** A message the server accepted ("250" after DATA). */
    public record Received(String from, List<String> recipients, String messageId, String data) {
    }

    private final ServerSocket server;
    private final List<Socket> clients = new CopyOnWriteArrayList<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<String> commands = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final Map<String, Deque<String>> rcptAnswers = new ConcurrentHashMap<>();
    private final Map<String, Deque<String>> dataAnswers = new ConcurrentHashMap<>();
    private final Map<String, String> alwaysRcpt = new ConcurrentHashMap<>();
    private volatile String greeting = "220 scripted.test ESMTP ready";

    /** Listens on 127.0.0.1:{@code port} (0: any free port). */
    public ScriptedSmtpServer(int port) {
        try {
            server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread accept = new Thread(this::acceptLoop, "scripted-smtp-" + port);
        accept.setDaemon(true);
        accept.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** The first line every new connection gets, e.g. "554 5.7.1 go away". */
    public void greeting(String line) {
        greeting = line;
    }

    /** The next RCPTs for this address get these answers, in order; later ones get 250. */
    public void answerRcpt(String address, String... answers) {
        rcptAnswers.put(key(address), new ArrayDeque<>(List.of(answers)));
    }

    /** Every RCPT for this address gets this answer. */
    public void alwaysAnswerRcpt(String address, String answer) {
        alwaysRcpt.put(key(address), answer);
    }

    /** The next messages for this address get these answers after DATA, in order; later ones get 250. */
    public void answerData(String address, String... answers) {
        dataAnswers.put(key(address), new ArrayDeque<>(List.of(answers)));
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<Received> receivedFor(String address) {
        return received.stream().filter(r -> r.recipients().contains(key(address))).toList();
    }

    /** Every command line received, in order (DATA contents not included). */
    public List<String> commands() {
        return List.copyOf(commands);
    }

    public int connections() {
        return connections.get();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                clients.add(client);
                connections.incrementAndGet();
                Thread session = new Thread(() -> session(client), "scripted-smtp-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void session(Socket client) {
        try (client) {
            BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                    StandardCharsets.ISO_8859_1));
            OutputStream out = client.getOutputStream();
            boolean refused = !greeting.startsWith("220");
            if (!reply(out, greeting)) {
                return;
            }
            String from = null;
            List<String> recipients = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                commands.add(line);
                String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase(Locale.ROOT) : line;
                String answer;
                if (refused && !verb.equals("QUIT")) {
                    reply(out, "503 5.5.1 no service");
                    continue;
                }
                switch (verb) {
                    case "EHLO" -> answer = "250-scripted.test\r\n250-8BITMIME\r\n250 OK";
                    case "HELO", "NOOP" -> answer = "250 OK";
                    case "MAIL" -> {
                        from = address(line);
                        recipients.clear();
                        answer = "250 2.1.0 OK";
                    }
                    case "RCPT" -> {
                        String to = key(address(line));
                        answer = next(rcptAnswers, to, alwaysRcpt.getOrDefault(to, "250 2.1.5 OK"));
                        if (answer.startsWith("2")) {
                            recipients.add(to);
                        }
                    }
                    case "DATA" -> {
                        if (recipients.isEmpty()) {
                            answer = "503 5.5.1 no valid recipients";
                            break;
                        }
                        reply(out, "354 end with <CRLF>.<CRLF>");
                        String data = data(in);
                        answer = "250 2.0.0 accepted";
                        for (String to : recipients) {
                            answer = next(dataAnswers, to, answer);
                        }
                        if (answer.startsWith("2")) {
                            received.add(new Received(from, List.copyOf(recipients), messageId(data), data));
                        }
                        recipients.clear();
                    }
                    case "RSET" -> {
                        from = null;
                        recipients.clear();
                        answer = "250 2.0.0 reset";
                    }
                    case "QUIT" -> {
                        reply(out, "221 2.0.0 bye");
                        return;
                    }
                    default -> answer = "502 5.5.2 not implemented";
                }
                if (!reply(out, answer)) {
                    return;
                }
            }
        } catch (IOException gone) {
            // the client went away
        } finally {
            clients.remove(client);
        }
    }

    /** Writes an answer; after a 421 the server closes the session, as a real one does. */
    private static boolean reply(OutputStream out, String answer) throws IOException {
        out.write((answer + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        return !answer.startsWith("421");
    }

    private static String next(Map<String, Deque<String>> answers, String to, String otherwise) {
        Deque<String> queue = answers.get(to);
        String answer = queue == null ? null : queue.pollFirst();
        return answer == null ? otherwise : answer;
    }

    private static String data(BufferedReader in) throws IOException {
        StringBuilder data = new StringBuilder();
        String line;
        while ((line = in.readLine()) != null && !line.equals(".")) {
            data.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
        }
        return data.toString();
    }

    private static String messageId(String data) {
        for (String line : data.split("\r\n")) {
            if (line.isEmpty()) {
                break;
            }
            if (line.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                return line.substring(11).strip();
            }
        }
        return null;
    }

    private static String address(String command) {
        int open = command.indexOf('<');
        int close = command.indexOf('>', open + 1);
        return open >= 0 && close > open ? command.substring(open + 1, close)
                : command.substring(command.indexOf(':') + 1).strip();
    }

    private static String key(String address) {
        return address.toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        for (Socket client : clients) {
            try {
                client.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
