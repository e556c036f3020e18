package org.feedwatch.web.auth;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The operators' tool: reads a password (twice, without echo, on a terminal; one line from standard input otherwise)
 * and prints the configuration line with its hash. Run {@code java -cp target/classes
 * org.feedwatch.web.auth.HashPassword}. JDK only.
 */
public final class HashPassword {

    private static final int MIN_LENGTH = 12;

    private HashPassword() {
    }

    public static void main(String[] args) throws IOException {
        char[] password = read();
        if (password.length < MIN_LENGTH) {
            System.err.println("The password must have at least " + MIN_LENGTH + " characters.");
            System.exit(2);
        }
        PasswordHash hash = PasswordHash.of(password, PasswordHash.DEFAULT_ITERATIONS);
        Arrays.fill(password, '\0');
        System.out.println("feedwatch.admin.password-hash=" + hash.text());
    }

    private static char[] read() throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("Admin password: ");
            char[] again = console.readPassword("Again: ");
            if (first == null || !Arrays.equals(first, again)) {
                System.err.println("The two passwords differ.");
                System.exit(2);
            }
            return first;
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line = in.readLine();
        return line == null ? new char[0] : line.toCharArray();
    }
}
