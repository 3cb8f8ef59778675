package no.varcat.web.list;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A saved list's id: 128 random bits, base64url (22 characters). Whoever has it can read and change
 * the list, so it is made to be unguessable and is the list's link: {@code /list/{id}}.
 */
public record ListId(String value) {

    /** What {@link #value} looks like; the pattern of the link's path too. */
    static final String PATTERN = "[A-Za-z0-9_-]{22}";
    private static final Pattern VALID = Pattern.compile(PATTERN);
    private static final SecureRandom RANDOM = new SecureRandom();

    public ListId {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("not a list id");
        }
    }

    static ListId random() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return new ListId(Base64.getUrlEncoder().withoutPadding().encodeToString(bits));
    }

    /** The id in {@code text}, if it is one; anything else (from a cookie or a path) is none. */
    static Optional<ListId> parse(String text) {
        return text != null && VALID.matcher(text).matches() ? Optional.of(new ListId(text)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
