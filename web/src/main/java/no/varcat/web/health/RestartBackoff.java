package no.varcat.web.health;

import java.time.Duration;

/** Waits that double after each failed attempt, from {@code first} up to {@code max}, and start over after a success. */
final class RestartBackoff {

    private final Duration first;
    private final Duration max;
    private Duration next;

    RestartBackoff(Duration first, Duration max) {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("Backoff from " + first + " up to " + max);
        }
        this.first = first;
        this.max = max;
        this.next = first;
    }

    /** 1 s, 2 s, 4 s, ... up to a minute: soon after a crash, without a loop of failing starts hogging the machine. */
    static RestartBackoff standard() {
        return new RestartBackoff(Duration.ofSeconds(1), Duration.ofSeconds(60));
    }

    /** The wait before the next attempt; the one after will be twice as long, up to the maximum. */
    Duration next() {
        Duration wait = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(max) > 0 ? max : doubled;
        return wait;
    }

    /** An attempt succeeded: the next failure waits {@code first} again. */
    void reset() {
        next = first;
    }
}
