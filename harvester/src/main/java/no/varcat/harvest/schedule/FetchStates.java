package no.varcat.harvest.schedule;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import no.varcat.harvest.HarvestReport;
import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.Harvester;
import no.varcat.harvest.fetch.FetchState;

/**
 * Each source's last {@link FetchState}, so that its next scheduled harvest is a conditional GET.
 * Kept in memory only, for now: after a restart every source's first run fetches in full (and, when
 * the content is the same, {@link Harvester} still writes nothing).
 */
public final class FetchStates {

    private final Map<String, FetchState> states = new ConcurrentHashMap<>();

    /** What to pass to the next harvest of {@code source}; {@link FetchState#NONE} when nothing is known. */
    public FetchState get(HarvestSource source) {
        return states.getOrDefault(source.id(), FetchState.NONE);
    }

    /** Keeps what {@code report} says to pass to the next run of its source. */
    public void remember(HarvestReport report) {
        states.put(report.sourceId(), report.fetchState());
    }

    /** Harvests {@code source} conditionally on its last fetch and remembers the new state. */
    public HarvestReport harvest(Harvester harvester, HarvestSource source) {
        HarvestReport report = harvester.harvest(source, get(source));
        remember(report);
        return report;
    }
}
