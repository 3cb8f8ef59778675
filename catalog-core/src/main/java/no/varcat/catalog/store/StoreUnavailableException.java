package no.varcat.catalog.store;

/** The store cannot be opened or written; the message says which directory or endpoint and why. */
public class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreUnavailableException(String message) {
        super(message);
    }
}
