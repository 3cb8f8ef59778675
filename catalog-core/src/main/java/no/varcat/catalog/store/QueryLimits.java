package no.varcat.catalog.store;

import java.time.Duration;

/**
 * How far a query from outside may go: it is stopped after {@code timeout}, and at most
 * {@code maxResults} rows (SELECT), triples (CONSTRUCT, DESCRIBE) or described resources
 * (DESCRIBE) come back.
 */
public record QueryLimits(Duration timeout, int maxResults) {

    public QueryLimits {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("A query time limit must be positive, was " + timeout);
        }
        if (maxResults < 1) {
            throw new IllegalArgumentException("A query result limit must be at least 1, was " + maxResults);
        }
    }
}
