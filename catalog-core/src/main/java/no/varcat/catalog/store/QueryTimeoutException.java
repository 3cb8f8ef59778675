package no.varcat.catalog.store;

import java.time.Duration;

/** A query ran past its time limit and was stopped; nothing of its answer is kept. */
public class QueryTimeoutException extends RuntimeException {

    private final transient Duration limit;

    public QueryTimeoutException(Duration limit, Throwable cause) {
        super("The query ran past the time limit of " + limit.toMillis() + " ms and was stopped", cause);
        this.limit = limit;
    }

    public Duration limit() {
        return limit;
    }
}
