package no.varcat.web.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Counts failed logins per user name and client address: after {@value #MAX_FAILURES} failures
 * within {@link #WINDOW}, that user cannot log in from that address for {@link #LOCK}, whatever
 * password is tried, so guessing the admin's password is slowed to a few tries an hour per
 * address. Another address, or the same address with another user name, is not held up, so an
 * attacker cannot lock the admin out from everywhere.
 *
 * <p>Kept in this instance's memory, in a cache bounded to {@value #MAX_ENTRIES} entries (the
 * oldest go first), so a flood of made-up user names cannot exhaust memory. Several instances
 * behind a load balancer each count on their own, which at most multiplies the tries by the
 * number of instances; a shared store would close that, and is not needed for one instance.
 */
public final class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);
    static final long MAX_ENTRIES = 10_000;
    /** A user name longer than this is counted by its beginning: no key grows with what a client sends. */
    private static final int MAX_NAME = 100;

    private record Key(String username, String address) {
    }

    /** Failures since {@code since}; {@code lockedUntil} is set once they reach the limit. */
    private record Failures(int count, Instant since, Instant lockedUntil) {
    }

    private final Clock clock;
    private final Cache<Key, Failures> failures = Caffeine.newBuilder().maximumSize(MAX_ENTRIES)
            .expireAfterWrite(WINDOW.plus(LOCK)).build();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How much longer {@code username} is locked out from {@code address}, or empty when it may try. */
    public Optional<Duration> lockedFor(String username, String address) {
        Failures known = failures.getIfPresent(key(username, address));
        if (known == null || known.lockedUntil() == null) {
            return Optional.empty();
        }
        Duration left = Duration.between(clock.instant(), known.lockedUntil());
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        failures.asMap().compute(key(username, address), (key, known) -> {
            if (known == null || (known.lockedUntil() == null ? now.isAfter(known.since().plus(WINDOW)) : !now.isBefore(known.lockedUntil()))) {
                return new Failures(1, now, null);
            }
            int count = known.count() + 1;
            return new Failures(count, known.since(), count >= MAX_FAILURES ? now.plus(LOCK) : null);
        });
    }

    public void succeeded(String username, String address) {
        failures.invalidate(key(username, address));
    }

    /** User names are matched without regard to case, as the admin's account is. */
    private static Key key(String username, String address) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return new Key(name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name, address == null ? "" : address);
    }
}
