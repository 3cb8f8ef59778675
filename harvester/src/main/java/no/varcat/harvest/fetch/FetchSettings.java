package no.varcat.harvest.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits of {@link HttpFetcher}. A fetch follows at most {@value #MAX_REDIRECTS} redirects.
 *
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long one attempt may take, from sending the request to the last byte of the body
 * @param maxBytes       the size cap, counted on the body as sent and again after decompression
 * @param maxAttempts    attempts per request on 5xx, 429, timeouts and connection errors (1: no retry)
 * @param firstBackoff   the wait before the second attempt; it doubles before each further one
 * @param guard          which targets requests may go to
 */
public record FetchSettings(Duration connectTimeout, Duration requestTimeout, long maxBytes, int maxAttempts,
        Duration firstBackoff, TargetGuard guard) {

    public static final int MAX_REDIRECTS = 5;

    private static final long MB = 1024 * 1024;

    public FetchSettings {
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxBytes must be 1 byte to 2 GB, was " + maxBytes);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be 1 or more, was " + maxAttempts);
        }
        if (firstBackoff == null || firstBackoff.isNegative()) {
            throw new IllegalArgumentException("firstBackoff must be zero or more, was " + firstBackoff);
        }
        Objects.requireNonNull(guard, "guard");
    }

    /** 10 s to connect, 60 s per attempt, 100 MB, 3 attempts 1 s and 2 s apart, any target. */
    public static FetchSettings defaults() {
        return new FetchSettings(Duration.ofSeconds(10), Duration.ofSeconds(60), 100 * MB, 3, Duration.ofSeconds(1), TargetGuard.ANY);
    }

    public FetchSettings withTimeouts(Duration connect, Duration request) {
        return new FetchSettings(connect, request, maxBytes, maxAttempts, firstBackoff, guard);
    }

    public FetchSettings withMaxBytes(long bytes) {
        return new FetchSettings(connectTimeout, requestTimeout, bytes, maxAttempts, firstBackoff, guard);
    }

    public FetchSettings withRetries(int attempts, Duration backoff) {
        return new FetchSettings(connectTimeout, requestTimeout, maxBytes, attempts, backoff, guard);
    }

    public FetchSettings withGuard(TargetGuard targetGuard) {
        return new FetchSettings(connectTimeout, requestTimeout, maxBytes, maxAttempts, firstBackoff, targetGuard);
    }

    /** The cap for messages: "100 MB", or bytes when it is not whole megabytes. */
    String capText() {
        return maxBytes % MB == 0 ? maxBytes / MB + " MB" : maxBytes + " bytes";
    }

    static String text(Duration duration) {
        long ms = duration.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive, was " + duration);
        }
    }
}
