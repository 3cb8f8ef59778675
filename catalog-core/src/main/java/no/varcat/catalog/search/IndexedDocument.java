package no.varcat.catalog.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A document in one of our indices, identified by the IRI of the resource it describes. */
public interface IndexedDocument {

    String iri();

    /** Digest of the content, so a sync can skip documents that did not change. */
    String contentHash();

    /** Document id: a hash of the IRI, since IRIs can be longer than the 512 bytes an id may have. */
    default String id() {
        return idFor(iri());
    }

    static String idFor(String iri) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(iri.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
