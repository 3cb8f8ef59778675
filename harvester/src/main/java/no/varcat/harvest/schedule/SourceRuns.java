package no.varcat.harvest.schedule;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import no.varcat.harvest.HarvestPhase;
import no.varcat.harvest.HarvestProgress;
import no.varcat.harvest.HarvestReport;
import no.varcat.harvest.HarvestSource;

/**
 * At most one harvest run per source at a time. A run asked for while one of the same source is in
 * progress does not wait and does not run: "harvest now" pressed twice, or a scheduled run meeting a
 * manual one, harvests once. Runs of different sources go on side by side. What is running, and in
 * which phase, is {@link #running}.
 */
public final class SourceRuns {

    private final Map<String, Slot> running = new ConcurrentHashMap<>();
    private final Clock clock;

    public SourceRuns() {
        this(Clock.systemUTC());
    }

    public SourceRuns(Clock clock) {
        this.clock = clock;
    }

    /**
     * Runs {@code run} unless a run of {@code source} is in progress, handing it a
     * {@link HarvestProgress} that {@link #running} shows.
     *
     * @return the run's report, or empty when the source was already being harvested
     */
    public Optional<HarvestReport> runExclusively(HarvestSource source, Function<HarvestProgress, HarvestReport> run) {
        Slot slot = new Slot(source.id(), clock.instant());
        if (running.putIfAbsent(source.id(), slot) != null) {
            return Optional.empty();
        }
        try {
            return Optional.of(run.apply(slot::enter));
        } finally {
            running.remove(source.id(), slot);
        }
    }

    /** The run of the source with this id in progress, if any, with the phase it last reported. */
    public Optional<RunningHarvest> running(String sourceId) {
        return Optional.ofNullable(running.get(sourceId)).map(Slot::view);
    }

    /** Whether a run of any source is in progress. */
    public boolean anyRunning() {
        return !running.isEmpty();
    }

    /** Whether a run of the source with this id is in progress. */
    public boolean isRunning(String sourceId) {
        return running.containsKey(sourceId);
    }

    /** One run's entry; a progress kept past its run only updates this entry, never a later run's. */
    private static final class Slot {

        private final String sourceId;
        private final Instant started;
        private volatile HarvestPhase phase = HarvestPhase.FETCHING;

        Slot(String sourceId, Instant started) {
            this.sourceId = sourceId;
            this.started = started;
        }

        void enter(HarvestPhase next) {
            if (next != null) {
                phase = next;
            }
        }

        RunningHarvest view() {
            return new RunningHarvest(sourceId, started, phase);
        }
    }
}
