package no.varcat.web.compaction;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import no.varcat.catalog.store.CatalogStore;
import no.varcat.web.system.OneAtATime;
import no.varcat.web.system.VarcatProperties;

/**
 * Compacts the store ({@link CatalogStore#compact}) on a thread of its own, one compaction at a time:
 * when an admin asks, and by itself when the store's files have grown past {@code compact-at-growth}
 * times their size after the last compaction (or at the first look after the start) and past
 * {@code compact-above}. TDB2 writes every change to new blocks and keeps the replaced ones, so a
 * first load of a large catalog grows its files many times beyond its data (docs/BENCHMARKS.md);
 * without this, a million variables do not fit on the disk they need a tenth of. The look comes after
 * every harvest run, the only writer that grows the store, and lists the store's directory: nothing
 * in proportion to the catalog. Harvests wait while a compaction copies; readers do not: so while
 * harvests go on, it waits for a pause in them, within limits ({@link #afterRun}). Per
 * application instance, for a store of its own (a remote store compacts itself: nothing to do).
 */
@Component
public class StoreCompactions implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(StoreCompactions.class);

    private final CatalogStore store;
    private final VarcatProperties.Store settings;
    private final Clock clock;
    private final Supplier<OptionalLong> freeSpace;
    private final OneAtATime<Compaction> jobs = new OneAtATime<>("store-compaction");
    /** The bytes on disk after the last compaction, or at the first look; -1 before that look. */
    private volatile long baseline = -1;

    @Autowired
    StoreCompactions(CatalogStore store, VarcatProperties properties) {
        this(store, properties.store(), Clock.systemUTC());
    }

    StoreCompactions(CatalogStore store, VarcatProperties.Store settings, Clock clock) {
        this(store, settings, clock, store::freeSpace);
    }

    /** @param freeSpace the room left on the store's disk (the store's own, but for a test of a full disk) */
    StoreCompactions(CatalogStore store, VarcatProperties.Store settings, Clock clock, Supplier<OptionalLong> freeSpace) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.freeSpace = freeSpace;
    }

    /**
     * Starts a compaction in the background, unless one is going on.
     *
     * @param reason why, for the log and the status: an admin's request, or the growth seen
     * @return whether one was started
     * @throws IllegalStateException when the application is stopping
     */
    public boolean start(String reason) {
        return jobs.start(Compaction.started(clock.instant(), reason), this::run);
    }

    /**
     * After a harvest run: compacts when auto-compaction is on and the files have grown past both
     * limits. While other runs go on or wait, a compaction would hold their writes for minutes (12 in
     * the 1M load of docs/BENCHMARKS.md), so it waits for the pause after them, the last run's look,
     * unless the files have grown past {@code compact-busy-at-growth} times, or the disk has less room
     * left than the files take (a compaction writes a copy of what is live, which may be that much).
     *
     * @param harvestsGoingOn whether other runs are going on or asked for
     */
    public void afterRun(boolean harvestsGoingOn) {
        if (!settings.autoCompact() || jobs.going().isPresent()) {
            return;
        }
        OptionalLong bytes = store.bytesOnDisk();
        if (bytes.isEmpty()) {
            return;
        }
        long now = bytes.getAsLong();
        if (baseline < 0) {
            baseline = now;
        }
        long limit = limit(settings.compactAtGrowth());
        if (now <= limit) {
            return;
        }
        if (!harvestsGoingOn) {
            start(String.format("the store's files grew to %,d bytes, past %,d (%.1f times %,d after the last compaction or at the start)",
                    now, limit, settings.compactAtGrowth(), baseline));
            return;
        }
        long ceiling = limit(Math.max(settings.compactBusyAtGrowth(), settings.compactAtGrowth()));
        OptionalLong free = freeSpace.get();
        if (now > ceiling) {
            start(String.format("the store's files grew to %,d bytes while harvests went on, past %,d (%.1f times %,d after the last"
                    + " compaction or at the start)", now, ceiling, settings.compactBusyAtGrowth(), baseline));
        } else if (free.isPresent() && free.getAsLong() < now) {
            start(String.format("the store's files grew to %,d bytes, past %,d, and the disk has %,d bytes left, less than they take:"
                    + " compacted without waiting for a pause in the harvests", now, limit, free.getAsLong()));
        }
    }

    /** The size the files may grow to at {@code growth} times their size after the last compaction, and above compact-above. */
    private long limit(double growth) {
        return Math.max(settings.compactAbove().toBytes(), (long) (growth * baseline));
    }

    private Compaction run(Compaction started) {
        try {
            log.info("Compacting the store: {}", started.reason());
            Optional<CatalogStore.Compacted> compacted = store.compact();
            compacted.ifPresent(c -> baseline = c.bytesAfter());
            Compaction done = started.done(clock.instant(), compacted);
            log.info("Compacted the store in {} s: {}", (done.finished().toEpochMilli() - started.started().toEpochMilli()) / 1000.0,
                    compacted.map(c -> String.format("%,d bytes before, %,d after", c.bytesBefore(), c.bytesAfter()))
                            .orElse("a store of this kind has nothing to compact"));
            return done;
        } catch (RuntimeException e) {
            log.error("Compacting the store failed; it goes on as it was", e);
            return started.failed(clock.instant(), e.getMessage());
        }
    }

    /** The compaction going on, if any. */
    public Optional<Compaction> going() {
        return jobs.going();
    }

    /** The last compaction that ended since the application started, if any. */
    public Optional<Compaction> last() {
        return jobs.last();
    }

    /** The bytes the store takes on disk now; empty for a store without local files. */
    public OptionalLong bytesOnDisk() {
        return store.bytesOnDisk();
    }

    @Override
    public void destroy() throws InterruptedException {
        // A compaction going on finishes before the store closes; one cut short leaves only a temporary directory TDB2 ignores.
        if (!jobs.stop(Duration.ofMinutes(10))) {
            log.warn("A compaction of the store did not end within 10 minutes of the stop; the store stays as it was");
        }
    }

    /**
     * One compaction.
     *
     * @param bytesBefore null while going on, or for a store with nothing to compact
     * @param error       why it failed; null otherwise
     */
    public record Compaction(Instant started, Instant finished, String reason, Long bytesBefore, Long bytesAfter,
            boolean succeeded, String error) {

        static Compaction started(Instant at, String reason) {
            return new Compaction(at, null, reason, null, null, false, null);
        }

        Compaction done(Instant at, Optional<CatalogStore.Compacted> compacted) {
            return new Compaction(started, at, reason, compacted.map(CatalogStore.Compacted::bytesBefore).orElse(null),
                    compacted.map(CatalogStore.Compacted::bytesAfter).orElse(null), true, null);
        }

        Compaction failed(Instant at, String why) {
            return new Compaction(started, at, reason, null, null, false, why);
        }
    }
}
