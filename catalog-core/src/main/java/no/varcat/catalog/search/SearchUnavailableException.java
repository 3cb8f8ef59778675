package no.varcat.catalog.search;

/** Elasticsearch cannot be reached or refused a request; the message says which cluster and why. */
public class SearchUnavailableException extends RuntimeException {

    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public SearchUnavailableException(String message) {
        super(message);
    }
}
