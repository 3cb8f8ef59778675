package no.varcat.web.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import no.varcat.web.harvest.IndexSync;
import no.varcat.web.system.OneAtATime;
import no.varcat.web.harvest.IndexSync.Rebuilt;

/**
 * "Rebuild the search index now": runs {@link IndexSync#rebuild} in the background, one at a time,
 * on a thread of its own (not in the harvest pool, where it would wait behind an import's queue).
 * Remembers the rebuild going on and the last one, for the admin page and the API. Per
 * application instance: two instances could each run one, and the later alias swap wins.
 */
@Component
class IndexRebuilds implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(IndexRebuilds.class);

    private final Supplier<Rebuilt> rebuild;
    private final Clock clock;
    private final OneAtATime<Rebuild> jobs = new OneAtATime<>("index-rebuild");

    @Autowired
    IndexRebuilds(IndexSync indexSync) {
        this(indexSync::rebuild, Clock.systemUTC());
    }

    IndexRebuilds(Supplier<Rebuilt> rebuild, Clock clock) {
        this.rebuild = rebuild;
        this.clock = clock;
    }

    /**
     * Starts a rebuild in the background, unless one is going on.
     *
     * @return whether one was started
     * @throws IllegalStateException when the application is stopping
     */
    boolean start() {
        return jobs.start(new Rebuild(clock.instant(), null, null, null), this::run);
    }

    private Rebuild run(Rebuild started) {
        try {
            return started.done(clock.instant(), rebuild.get());
        } catch (RuntimeException e) {
            log.error("The rebuild of the search indices failed; the old ones stay", e);
            return started.failed(clock.instant(), e.getMessage());
        }
    }

    /** The rebuild going on, if any. */
    Optional<Rebuild> going() {
        return jobs.going();
    }

    /** The last rebuild that ended since the application started, if any. */
    Optional<Rebuild> last() {
        return jobs.last();
    }

    @Override
    public void destroy() throws InterruptedException {
        // A rebuild going on finishes, or is left for the next start to find (the old indices stay behind their aliases).
        jobs.stop(Duration.ofSeconds(60));
    }

    /**
     * A rebuild of the search indices.
     *
     * @param finished null while it goes on
     * @param indexed  what it indexed; null while it goes on or when it failed
     * @param error    why it failed; null otherwise
     */
    public record Rebuild(Instant started, Instant finished, Rebuilt indexed, String error) {

        Rebuild done(Instant at, Rebuilt result) {
            return new Rebuild(started, at, result, null);
        }

        Rebuild failed(Instant at, String why) {
            return new Rebuild(started, at, null, why == null ? "unknown" : why);
        }

        public boolean succeeded() {
            return indexed != null;
        }
    }
}
