package no.varcat.harvest.schedule;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import no.varcat.harvest.HarvestHistory;
import no.varcat.harvest.HarvestProgress;
import no.varcat.harvest.HarvestReport;
import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.Harvester;
import no.varcat.harvest.fetch.FetchState;

/**
 * Each source's last {@link FetchState}, so that its next scheduled harvest is a conditional GET.
 * Kept in memory; with a {@link HarvestHistory}, a source it knows nothing of yet (the first run
 * after a restart) gets the validators its newest successful run recorded in the store.
 */
public final class FetchStates {

    private final Map<String, FetchState> states = new ConcurrentHashMap<>();
    private final HarvestHistory history;

    /** In memory only: after a restart each source's first run fetches in full. */
    public FetchStates() {
        this(null);
    }

    /** Falls back on what {@code history} recorded for a source not yet harvested since start. */
    public FetchStates(HarvestHistory history) {
        this.history = history;
    }

    /** What to pass to the next harvest of {@code source}; {@link FetchState#NONE} when nothing is known. */
    public FetchState get(HarvestSource source) {
        FetchState known = states.get(source.id());
        if (known != null) {
            return known;
        }
        return history == null ? FetchState.NONE : history.lastFetchState(source.id());
    }

    /** Keeps what {@code report} says to pass to the next run of its source. */
    public void remember(HarvestReport report) {
        states.put(report.sourceId(), report.fetchState());
    }

    /** Harvests {@code source} conditionally on its last fetch and remembers the new state. */
    public HarvestReport harvest(Harvester harvester, HarvestSource source) {
        return harvest(harvester, source, HarvestProgress.NONE);
    }

    /** As {@link #harvest(Harvester, HarvestSource)}, telling {@code progress} the run's phases. */
    public HarvestReport harvest(Harvester harvester, HarvestSource source, HarvestProgress progress) {
        return harvest(harvester, source, get(source), progress);
    }

    /** Harvests {@code source} unconditionally, whatever its last fetch said, and remembers the new state. */
    public HarvestReport harvestInFull(Harvester harvester, HarvestSource source, HarvestProgress progress) {
        return harvest(harvester, source, FetchState.NONE, progress);
    }

    private HarvestReport harvest(Harvester harvester, HarvestSource source, FetchState previous, HarvestProgress progress) {
        HarvestReport report = harvester.harvest(source, previous, progress);
        remember(report);
        return report;
    }
}
