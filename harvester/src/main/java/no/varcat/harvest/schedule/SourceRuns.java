package no.varcat.harvest.schedule;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import no.varcat.harvest.HarvestReport;
import no.varcat.harvest.HarvestSource;

/**
 * At most one harvest run per source at a time. A run asked for while one of the same source is in
 * progress does not wait and does not run: "harvest now" pressed twice, or a scheduled run meeting a
 * manual one, harvests once. Runs of different sources go on side by side.
 */
public final class SourceRuns {

    private final Set<String> running = ConcurrentHashMap.newKeySet();

    /**
     * Runs {@code run} unless a run of {@code source} is in progress.
     *
     * @return the run's report, or empty when the source was already being harvested
     */
    public Optional<HarvestReport> runExclusively(HarvestSource source, Supplier<HarvestReport> run) {
        if (!running.add(source.id())) {
            return Optional.empty();
        }
        try {
            return Optional.of(run.get());
        } finally {
            running.remove(source.id());
        }
    }

    /** Whether a run of the source with this id is in progress. */
    public boolean isRunning(String sourceId) {
        return running.contains(sourceId);
    }
}
