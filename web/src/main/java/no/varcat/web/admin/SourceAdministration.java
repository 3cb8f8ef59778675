package no.varcat.web.admin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import no.varcat.harvest.HarvestHistory;
import no.varcat.harvest.HarvestReport;
import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.schedule.RunningHarvest;
import no.varcat.harvest.source.RegisteredSource;
import no.varcat.web.harvest.IndexSync;
import no.varcat.web.harvest.ManagedSource;
import no.varcat.web.harvest.ScheduledHarvests;
import no.varcat.web.harvest.SourceCatalog;
import no.varcat.web.harvest.SourceCatalog.SourceManagedElsewhereException;
import no.varcat.web.harvest.SourceScheduler;

/**
 * What an admin does to sources, the same from the admin pages, the JSON API and an import: each
 * change to the sources is followed by what it implies (schedules follow the sources; a new source
 * is harvested; a deleted source's variables leave the search index).
 */
@Component
class SourceAdministration {

    private static final Logger log = LoggerFactory.getLogger(SourceAdministration.class);

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

    /** Every source with its newest run only (without issues): two reads, the sources and their newest runs. */
    List<SourceStatus> all() {
        Map<String, HarvestReport> latest = history.latestOfAll();
        return sources.all().stream().map(s -> status(s, Optional.ofNullable(latest.get(s.id())).stream().toList())).toList();
    }

    Optional<SourceStatus> find(String id) {
        return sources.find(id).map(s -> status(s, history.runs(id)));
    }

    private SourceStatus status(ManagedSource source, List<HarvestReport> runs) {
        String id = source.id();
        // The run first, then whether one is asked for: a run starting in between shows as queued, not as idle.
        RunningHarvest running = scheduler.running(id).orElse(null);
        return new SourceStatus(source, scheduler.isBusy(id), running, runs);
    }

    boolean exists(String id) {
        return sources.find(id).isPresent();
    }

    /** How many harvests run at once; more wait in the queue. */
    int harvestThreads() {
        return harvests.threads();
    }

    /** Adds or replaces the source; see {@link #saveAll}. */
    Saved save(RegisteredSource source) {
        return saveAll(List.of(source)).get(0);
    }

    /**
     * Adds or replaces these sources in one transaction (those equal to what is stored are not
     * written) and puts the schedules in line once. A new source is harvested at once, and so is one
     * whose location or way of reading changed, in full: its content may be the same bytes (a 304 on
     * the last run's validators) and yet give other triples. The runs wait in the harvest pool's queue.
     *
     * @return what happened to each source, in the order given
     * @throws SourceManagedElsewhereException when one of them is a source of the sources file (none is saved)
     */
    List<Saved> saveAll(List<RegisteredSource> saved) {
        Set<String> ids = saved.stream().map(RegisteredSource::id).collect(Collectors.toSet());
        Map<String, RegisteredSource> before = new HashMap<>();
        for (ManagedSource existing : sources.findAll(ids)) {
            before.put(existing.id(), existing.registration());
            if (!existing.editable() && ids.contains(existing.id())) {
                // Refused even when equal: the sources file is where it changes.
                throw new SourceManagedElsewhereException(existing.id());
            }
        }
        List<RegisteredSource> changed = saved.stream().filter(s -> !s.equals(before.get(s.id()))).toList();
        if (!changed.isEmpty()) {
            sources.saveAll(changed);
            // Only a schedule added, changed or dropped puts the schedules in line (which reads every source).
            if (changed.stream().anyMatch(s -> !Objects.equals(s.schedule(), scheduleOf(before.get(s.id()))))) {
                harvests.reschedule();
            }
        }
        List<Saved> outcomes = new ArrayList<>();
        for (RegisteredSource source : saved) {
            RegisteredSource previous = before.get(source.id());
            Change change = previous == null ? Change.CREATED : previous.equals(source) ? Change.UNCHANGED : Change.UPDATED;
            boolean harvest = previous == null || readsDifferently(previous.source(), source.source());
            outcomes.add(new Saved(source.id(), change, harvest && startHarvest(source.id())));
        }
        return outcomes;
    }

    private static String scheduleOf(RegisteredSource source) {
        return source == null ? null : source.schedule();
    }

    private boolean startHarvest(String id) {
        try {
            // In full: it is new, or read another way, and the same bytes may give other triples.
            return harvests.harvestNow(id, true);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // Saved all the same: an auth header variable set wrongly, or the application stopping.
            log.warn("Source {} is saved but not harvested now: {}", id, e.getMessage());
            return false;
        }
    }

    private static boolean readsDifferently(HarvestSource before, HarvestSource after) {
        return !(before.location().equals(after.location()) && before.format().equals(after.format())
                && Objects.equals(before.preset(), after.preset()) && Objects.equals(before.columns(), after.columns())
                && Objects.equals(before.register(), after.register()));
    }

    /** What saving did to a source. */
    enum Change { CREATED, UPDATED, UNCHANGED }

    /**
     * @param harvestStarted whether a run of it was asked for (new, or read another way), now waiting in the queue or going on
     */
    record Saved(String id, Change change, boolean harvestStarted) {
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

    /**
     * "Harvest now": whether a run was started (false: one is asked for or going on already).
     *
     * @param inFull fetch in full; otherwise a conditional GET on the last run's validators, as a scheduled run
     */
    boolean harvestNow(String id, boolean inFull) {
        return harvests.harvestNow(id, inFull);
    }

    /** A source that cannot be deleted now, as it is being harvested. */
    static final class SourceBusyException extends RuntimeException {

        SourceBusyException(String id) {
            super("The source '" + id + "' is being harvested; delete it when the run has ended");
        }
    }
}
