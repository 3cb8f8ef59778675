package no.varcat.web.admin;

import java.util.List;

import no.varcat.harvest.HarvestReport;
import no.varcat.harvest.schedule.RunningHarvest;
import no.varcat.web.harvest.ManagedSource;

/**
 * A source with how its harvests went, for the admin pages and the API.
 *
 * @param busy    a run is asked for or going on
 * @param running the run going on now, with its phase; null when none has started (a run asked for
 *                waits in the queue for a free harvest thread)
 * @param runs    its recorded runs, newest first (a run that found the source unchanged is not recorded);
 *                in lists of sources only the newest, without its issues
 */
public record SourceStatus(ManagedSource source, boolean busy, RunningHarvest running, List<HarvestReport> runs) {

    public SourceStatus {
        runs = List.copyOf(runs);
    }

    /** A run is asked for and waits for a free harvest thread. */
    public boolean queued() {
        return busy && running == null;
    }

    /** The newest recorded run, or null. */
    public HarvestReport lastRun() {
        return runs.isEmpty() ? null : runs.get(0);
    }
}
