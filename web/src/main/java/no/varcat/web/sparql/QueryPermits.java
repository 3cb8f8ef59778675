package no.varcat.web.sparql;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * At most so many queries run at once. The time limit bounds one query; this bounds how many cores
 * a burst of them can take from the rest of the site. A query over the bound waits for nothing: it
 * is answered 503 with {@code Retry-After} at once, so no request thread queues behind it.
 */
final class QueryPermits {

    private final Semaphore permits;
    private final int max;
    private final Duration retryAfter;

    QueryPermits(int max, Duration retryAfter) {
        if (max < 1) {
            throw new IllegalArgumentException("varcat.sparql.max-concurrent must be at least 1, was " + max);
        }
        this.permits = new Semaphore(max);
        this.max = max;
        this.retryAfter = retryAfter;
    }

    <T> T run(Supplier<T> query) {
        if (!permits.tryAcquire()) {
            throw SparqlProblem.of(HttpStatus.SERVICE_UNAVAILABLE, "Busy",
                    "The endpoint is already running as many queries as it runs at once (" + max + "). Try again shortly.")
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())));
        }
        try {
            return query.get();
        } finally {
            permits.release();
        }
    }
}
