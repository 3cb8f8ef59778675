package no.varcat.catalog.search;

import no.varcat.catalog.text.Sha256;


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
        return Sha256.hex(iri, 16);
    }
}
