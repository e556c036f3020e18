package org.feedwatch.delivery;

import jakarta.mail.MessagingException;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an SMTP server answered, read from the exception the mail provider threw: the reply code, the command it
 * answered, and the server's full text. The provider's exceptions (not part of the Jakarta Mail API) carry the code
 * as {@code getReturnCode()} and the command as {@code getCommand()}, read reflectively.
 *
 * @param code       the reply code, or -1 when the failure was not an SMTP answer (a broken socket, a timeout)
 * @param command    the command the server answered (e.g. {@code RCPT TO:<a@example.org>}), when known
 * @param text       the server's answer as sent (code included), or the failure's description
 * @param ioFailure  the connection broke (an {@link IOException} somewhere in the chain)
 */
record SmtpAnswer(int code, Optional<String> command, String text, boolean ioFailure) {

    private static final Pattern LEADING_CODE = Pattern.compile("^\\s*([245]\\d\\d)\\b");
    private static final Pattern ADDRESS_STATUS = Pattern.compile("\\b5\\.1\\.\\d{1,3}\\b");

    static SmtpAnswer of(Exception failure) {
        boolean io = false;
        for (Throwable t = failure; t != null; t = next(t)) {
            io |= t instanceof IOException;
        }
        for (Throwable t = failure; t != null; t = next(t)) {
            int code = returnCode(t);
            if (code <= 0 && t.getMessage() != null) {
                Matcher m = LEADING_CODE.matcher(t.getMessage());
                code = m.find() ? Integer.parseInt(m.group(1)) : -1;
            }
            if (code > 0) {
                return new SmtpAnswer(code, command(t), t.getMessage().strip(), io);
            }
        }
        return new SmtpAnswer(-1, Optional.empty(), describe(failure), io);
    }

    boolean permanent() {
        return code >= 500 && code < 600;
    }

    boolean temporary() {
        return code >= 400 && code < 500;
    }

    /** 421: the server is closing the session (shutting down, overloaded): nothing to do with this message. */
    boolean sessionClosing() {
        return code == 421;
    }

    /** A permanent refusal of the address itself: an answer to RCPT, or an enhanced status 5.1.x (bad mailbox). */
    boolean aboutRecipient() {
        return permanent() && (command.map(c -> c.regionMatches(true, 0, "RCPT", 0, 4)).orElse(false)
                || ADDRESS_STATUS.matcher(text).find());
    }

    /** The server's words with the command they answered, for the outbox's last error. */
    String describe() {
        return command.map(c -> text + " (answer to " + c.strip() + ")").orElse(text);
    }

    /** The messages of a whole exception chain, for failures that are not an SMTP answer. */
    static String describe(Throwable failure) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = failure; t != null; t = next(t)) {
            if (out.length() > 0) {
                out.append(" / ");
            }
            out.append(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip());
        }
        return out.toString();
    }

    private static Throwable next(Throwable t) {
        Throwable next = t instanceof MessagingException me ? me.getNextException() : t.getCause();
        return next == t ? null : next;
    }

    private static int returnCode(Throwable t) {
        Object code = call(t, "getReturnCode");
        return code instanceof Number n ? n.intValue() : -1;
    }

    private static Optional<String> command(Throwable t) {
        return Optional.ofNullable(call(t, "getCommand")).map(Object::toString).filter(c -> !c.isBlank());
    }

    private static Object call(Throwable t, String name) {
        try {
            Method method = t.getClass().getMethod(name);
            return method.invoke(t);
        } catch (ReflectiveOperationException | RuntimeException notThere) {
            return null;
        }
    }
}
