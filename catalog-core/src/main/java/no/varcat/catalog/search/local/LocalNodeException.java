package no.varcat.catalog.search.local;

/** The local Elasticsearch node could not be prepared, started or reached; the message says why. */
public class LocalNodeException extends RuntimeException {

    public LocalNodeException(String message) {
        super(message);
    }

    public LocalNodeException(String message, Throwable cause) {
        super(message, cause);
    }
}
