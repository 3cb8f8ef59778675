package no.varcat.web.admin;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;

import no.varcat.harvest.HarvestHistory;
import no.varcat.harvest.HarvestReport;
import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.source.RegisteredSource;
import no.varcat.web.harvest.IndexSync;
import no.varcat.web.harvest.ManagedSource;
import no.varcat.web.harvest.ScheduledHarvests;
import no.varcat.web.harvest.SourceCatalog;
import no.varcat.web.harvest.SourceScheduler;

/**
 * What an admin does to sources, the same from the admin pages and the JSON API: each change to the
 * sources is followed by what it implies (schedules follow the sources; a deleted source's
 * variables leave the search index).
 */
@Component
class SourceAdministration {

    private final SourceCatalog sources;
    private final SourceScheduler scheduler;
    private final ScheduledHarvests harvests;
    private final HarvestHistory history;
    private final IndexSync indexSync;

    SourceAdministration(SourceCatalog sources, SourceScheduler scheduler, ScheduledHarvests harvests, HarvestHistory history,
            IndexSync indexSync) {
        this.sources = sources;
        this.scheduler = scheduler;
        this.harvests = harvests;
        this.history = history;
        this.indexSync = indexSync;
    }

    /** Every source with its newest run only (without issues). */
    List<SourceStatus> all() {
        return sources.all().stream().map(s -> status(s, history.latest(s.id()).stream().toList())).toList();
    }

    Optional<SourceStatus> find(String id) {
        return sources.find(id).map(s -> status(s, history.runs(id)));
    }

    private SourceStatus status(ManagedSource source, List<HarvestReport> runs) {
        String id = source.id();
        return new SourceStatus(source, scheduler.isBusy(id), scheduler.running(id).orElse(null), runs);
    }

    boolean exists(String id) {
        return sources.find(id).isPresent();
    }

    /**
     * Adds or replaces the source and puts the schedules in line. A source whose location or way of
     * reading changed is harvested again at once, in full: its content may be the same bytes (a 304
     * on the last run's validators) and yet give other triples.
     */
    void save(RegisteredSource source) {
        Optional<RegisteredSource> before = sources.find(source.id()).map(ManagedSource::registration);
        sources.save(source);
        harvests.reschedule();
        if (before.isPresent() && readsDifferently(before.get().source(), source.source())) {
            harvests.harvestNow(source.id());
        }
    }

    private static boolean readsDifferently(HarvestSource before, HarvestSource after) {
        return !(before.location().equals(after.location()) && before.format().equals(after.format())
                && Objects.equals(before.preset(), after.preset()) && Objects.equals(before.register(), after.register()));
    }

    /**
     * Deletes the source and what was harvested from it, from the store and the search index.
     *
     * @throws SourceBusyException while a run of the source is asked for or going on: it would write
     *                             the source's graph back after the delete
     */
    boolean delete(String id) {
        if (!exists(id)) {
            // Nothing to delete; and an id that is no source's never reaches the index's bookkeeping.
            return false;
        }
        if (scheduler.isBusy(id)) {
            throw new SourceBusyException(id);
        }
        indexSync.beforeDeletion(id);
        boolean deleted = sources.delete(id);
        if (deleted) {
            harvests.reschedule();
            indexSync.catchUp();
        }
        return deleted;
    }

    /** Whether a run of the source is asked for or going on, and its phase; without reading its history. */
    Optional<SourceStatus> progress(String id) {
        return sources.find(id).map(s -> status(s, List.of()));
    }

    /** "Harvest now": whether a run was started (false: one is asked for or going on already). */
    boolean harvestNow(String id) {
        return harvests.harvestNow(id);
    }

    /** A source that cannot be deleted now, as it is being harvested. */
    static final class SourceBusyException extends RuntimeException {

        SourceBusyException(String id) {
            super("The source '" + id + "' is being harvested; delete it when the run has ended");
        }
    }
}
