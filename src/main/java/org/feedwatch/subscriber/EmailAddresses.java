package org.feedwatch.subscriber;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;
import org.feedwatch.common.InvalidInputException;

/** Checks an address typed by someone before it is stored and later written into a mail header. */
public final class EmailAddresses {

    private static final int MAX_LENGTH = 320;

    private EmailAddresses() {
    }

    /** The address in canonical form (domain lower-cased), or an error naming the field. */
    public static String canonical(String field, String input) throws InvalidInputException {
        if (input == null || input.isBlank()) {
            throw new InvalidInputException(field, field + " is required");
        }
        String email = input.strip();
        if (email.length() > MAX_LENGTH || email.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new InvalidInputException(field, field + " is not a valid email address");
        }
        try {
            InternetAddress parsed = new InternetAddress(email, true);
            parsed.validate();
            // Only a bare address: no display name, no group, no route.
            if (!parsed.getAddress().equals(email) || parsed.isGroup()) {
                throw new AddressException("not a bare address");
            }
        } catch (AddressException e) {
            throw new InvalidInputException(field, field + " is not a valid email address");
        }
        int at = email.lastIndexOf('@');
        if (at < 1 || at == email.length() - 1 || email.indexOf('@') != at) {
            throw new InvalidInputException(field, field + " is not a valid email address");
        }
        return email.substring(0, at) + "@" + email.substring(at + 1).toLowerCase(Locale.ROOT);
    }
}
