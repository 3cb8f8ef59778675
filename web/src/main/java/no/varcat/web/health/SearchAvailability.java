package no.varcat.web.health;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What this instance last saw of its search: up, down (Elasticsearch cannot be reached, or the
 * local node is being restarted), or catching up (reachable again, the index not yet brought up to
 * the store). Set by {@link SearchSupervisor}; read by readiness and the metrics, so that neither
 * has to call Elasticsearch itself.
 */
@Component
public class SearchAvailability {

    public enum State { UP, DOWN, CATCHING_UP }

    /** The state, since when, and why it is not up. */
    public record Snapshot(State state, Instant since, String reason) {
    }

    private static final Logger log = LoggerFactory.getLogger(SearchAvailability.class);

    private final Clock clock = Clock.systemUTC();
    private volatile Snapshot current = new Snapshot(State.UP, Instant.now(), null);

    public Snapshot snapshot() {
        return current;
    }

    public boolean isUp() {
        return current.state() == State.UP;
    }

    synchronized void down(String reason) {
        if (current.state() != State.DOWN) {
            log.warn("Search is down: {}", reason);
            current = new Snapshot(State.DOWN, clock.instant(), reason);
        }
    }

    /** Reachable again: up only once the index has caught up with what the store took in meanwhile. */
    synchronized void reachable() {
        if (current.state() == State.DOWN) {
            log.info("Elasticsearch answers again; bringing the index up to the store");
            current = new Snapshot(State.CATCHING_UP, clock.instant(), "bringing the index up to the store after an outage");
        }
    }

    synchronized void caughtUp() {
        if (current.state() != State.UP) {
            log.info("Search is up again: the index has caught up with the store");
            current = new Snapshot(State.UP, clock.instant(), null);
        }
    }
}
