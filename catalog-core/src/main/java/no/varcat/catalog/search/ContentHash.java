package no.varcat.catalog.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;

import no.varcat.catalog.text.Sha256;

/**
 * A digest of a document's content, stored with it, so an incremental reindex can tell which
 * documents changed without comparing them field by field.
 */
final class ContentHash {

    private ContentHash() {
    }

    /** Digest of the values in order; {@code null} and "" differ, and the separators cannot occur in values' own digests. */
    static String of(Object... values) {
        MessageDigest sha = Sha256.digest();
        for (Object value : values) {
            byte[] bytes = Objects.toString(value, "\u0000null").getBytes(StandardCharsets.UTF_8);
            sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) ':');
            sha.update(bytes);
        }
        return HexFormat.of().formatHex(sha.digest(), 0, 16);
    }
}
