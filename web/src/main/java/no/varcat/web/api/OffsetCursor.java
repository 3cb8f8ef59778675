package no.varcat.web.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Where a page of registers starts. Registers are few (Norway has about 70), so their pages are
 * found by skipping; the cursor only hides that, so that both searches page the same way.
 */
record OffsetCursor(int offset) {

    private static final String PREFIX = "offset:";

    String token() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    /** Empty for a token that is not one of ours or points past {@code max}. */
    static Optional<OffsetCursor> parse(String token, int max) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (!text.matches(PREFIX + "\\d{1,9}")) {
                return Optional.empty();
            }
            int offset = Integer.parseInt(text.substring(PREFIX.length()));
            return offset <= max ? Optional.of(new OffsetCursor(offset)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
