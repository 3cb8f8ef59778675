package no.varcat.catalog.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Short, stable names derived from text: document ids, skolem IRIs, directory names. */
public final class Sha256 {

    private Sha256() {
    }

    /** A new SHA-256 digest; every JVM has one, so its absence is not a case to handle. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM has no SHA-256", e);
        }
    }

    /** The first {@code bytes} bytes of the SHA-256 of the text's UTF-8, as lower-case hex. */
    public static String hex(String text, int bytes) {
        return hex(text.getBytes(StandardCharsets.UTF_8), bytes);
    }

    /** The first {@code bytes} bytes of the SHA-256 of {@code content}, as lower-case hex. */
    public static String hex(byte[] content, int bytes) {
        return HexFormat.of().formatHex(digest().digest(content), 0, bytes);
    }
}
