package no.varcat.web.harvest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.Trigger;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;

import no.varcat.harvest.HarvestReport;
import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.Harvester;
import no.varcat.harvest.schedule.FetchStates;
import no.varcat.harvest.schedule.RunningHarvest;
import no.varcat.harvest.schedule.SourceRuns;
import no.varcat.harvest.source.RegisteredSource;

/**
 * Harvests the catalog's sources: each scheduled one on its cron schedule, each a fixed few minutes
 * late (derived from its id) so that sources sharing a schedule do not all start at once, and any
 * one when an admin asks. A run goes through {@link SourceRuns}, so a source is never harvested
 * twice at the same time, and through {@link FetchStates}, so it is a conditional GET. Only a run
 * that changed the store ({@code SUCCEEDED}) updates the search indices.
 */
public final class SourceScheduler {

    /** The largest delay added to a source's schedule. */
    static final Duration MAX_STAGGER = Duration.ofMinutes(5);

    private static final Logger log = LoggerFactory.getLogger(SourceScheduler.class);

    private final SourceCatalog sources;
    private final Harvester harvester;
    private final SourceRuns runs;
    private final FetchStates fetchStates;
    private final UnaryOperator<String> environment;
    private final Consumer<HarvestSource> afterChange;
    private final RunEnded reported;
    /** Sources asked for by "harvest now" whose run has not ended: a second ask is refused, even before the run starts. */
    private final Set<String> requested = ConcurrentHashMap.newKeySet();

    /**
     * @param environment looks up the environment variables auth headers are kept in, {@code System::getenv} in production
     * @param afterChange what to do after a run of a source changed the store: update the search indices
     */
    public SourceScheduler(SourceCatalog sources, Harvester harvester, SourceRuns runs, FetchStates fetchStates,
            UnaryOperator<String> environment, Consumer<HarvestSource> afterChange) {
        this(sources, harvester, runs, fetchStates, environment, afterChange, (report, othersGoingOn) -> { });
    }

    /** @param reported told of every run's report, whatever its outcome: the harvest metrics, the store's compaction */
    public SourceScheduler(SourceCatalog sources, Harvester harvester, SourceRuns runs, FetchStates fetchStates,
            UnaryOperator<String> environment, Consumer<HarvestSource> afterChange, RunEnded reported) {
        this.sources = sources;
        this.harvester = harvester;
        this.runs = runs;
        this.fetchStates = fetchStates;
        this.environment = environment;
        this.afterChange = afterChange;
        this.reported = reported;
    }

    /** Schedules every source that has a schedule on {@code scheduler}; cancel the futures to stop. */
    public List<ScheduledFuture<?>> scheduleOn(TaskScheduler scheduler) {
        List<ScheduledFuture<?>> futures = new ArrayList<>();
        for (ManagedSource managed : sources.all()) {
            String schedule = managed.registration().schedule();
            if (schedule == null) {
                continue;
            }
            String id = managed.id();
            if (!CronExpression.isValidExpression(schedule)) {
                log.error("Source {} has the schedule '{}', which is not a cron expression; it is harvested only when asked to", id, schedule);
                continue;
            }
            log.info("Harvesting {} on '{}', {} s after each time", id, schedule, stagger(id).toSeconds());
            futures.add(scheduler.schedule(() -> runScheduled(id), trigger(id, schedule)));
        }
        return futures;
    }

    /**
     * Harvests the source with this id now, in this thread, unless it is being harvested already.
     *
     * @return the run's report, or empty when a run of the source was in progress
     * @throws IllegalArgumentException when no source has this id
     */
    public Optional<HarvestReport> runNow(String sourceId) {
        return run(resolve(sourceId), false);
    }

    /**
     * "Harvest now": starts a run of the source on {@code executor} and returns at once. Asked
     * again before that run has ended, it starts nothing.
     *
     * @param inFull fetch the source whatever its last run's validators say; otherwise the run is a
     *               conditional GET like a scheduled one, and an unchanged source costs one 304
     * @return whether a run was started
     * @throws IllegalArgumentException when no source has this id
     * @throws IllegalStateException    when the source's auth header variable is not set
     */
    public boolean requestRun(String sourceId, Executor executor, boolean inFull) {
        resolve(sourceId);
        if (runs.isRunning(sourceId) || !requested.add(sourceId)) {
            return false;
        }
        try {
            executor.execute(() -> {
                try {
                    // Looked up again when the run starts: the source may have changed or gone meanwhile.
                    Optional<ManagedSource> now = sources.find(sourceId);
                    if (now.isEmpty()) {
                        log.info("{} was deleted before its requested run started; nothing to do", sourceId);
                        return;
                    }
                    // In full when the admin asks, or after a change of how the source is read: the same
                    // bytes may then give other triples (equal content still writes nothing).
                    run(now.get().registration().resolve(environment), inFull);
                } catch (RuntimeException e) {
                    log.error("Harvest of {} failed", sourceId, e);
                } finally {
                    requested.remove(sourceId);
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            requested.remove(sourceId);
            throw new IllegalStateException("Harvests are not running (the application is stopping)", e);
        }
    }

    /** The run of the source going on now, with its phase; empty before it starts and after it ends. */
    public Optional<RunningHarvest> running(String sourceId) {
        return runs.running(sourceId);
    }

    /** Whether a run of the source is asked for or going on. */
    public boolean isBusy(String sourceId) {
        return requested.contains(sourceId) || runs.isRunning(sourceId);
    }

    /** The source's cron schedule, each time plus the source's {@link #stagger}. */
    static Trigger trigger(String sourceId, String schedule) {
        CronTrigger cron = new CronTrigger(schedule);
        Duration stagger = stagger(sourceId);
        return context -> {
            Instant next = cron.nextExecution(context);
            return next == null ? null : next.plus(stagger);
        };
    }

    /** A delay below {@link #MAX_STAGGER}, the same for an id on every start (String.hashCode is specified). */
    static Duration stagger(String sourceId) {
        return Duration.ofSeconds(Math.floorMod(sourceId.hashCode(), MAX_STAGGER.toSeconds()));
    }

    private HarvestSource resolve(String sourceId) {
        return sources.find(sourceId)
                .orElseThrow(() -> new IllegalArgumentException("No source has the id '" + sourceId + "'"))
                .registration().resolve(environment);
    }

    private void runScheduled(String sourceId) {
        try {
            // Looked up at each run: an admin may have changed the source since it was scheduled.
            run(resolve(sourceId), false);
        } catch (RuntimeException e) {
            // The schedule goes on; the next run tries again.
            log.error("Scheduled harvest of {} failed", sourceId, e);
        }
    }

    /**
     * Harvests the source now, in this thread, on the validators of its last run, without updating
     * the search indices: for the start-up, which updates them once after all its runs.
     *
     * @return the run's report, or empty when a run of the source was in progress
     */
    public Optional<HarvestReport> runWithoutIndexing(HarvestSource source) {
        return harvest(source, false);
    }

    /** A run that changed the store ({@code SUCCEEDED}) updates the search indices. */
    private Optional<HarvestReport> run(HarvestSource source, boolean inFull) {
        Optional<HarvestReport> report = harvest(source, inFull);
        if (report.isPresent() && report.get().succeeded()) {
            afterChange.accept(source);
        }
        return report;
    }

    /** @param inFull fetch whatever the last run's validators say, rather than conditionally on them */
    private Optional<HarvestReport> harvest(HarvestSource source, boolean inFull) {
        Optional<HarvestReport> report = runs.runExclusively(source, progress -> inFull
                ? fetchStates.harvestInFull(harvester, source, progress)
                : fetchStates.harvest(harvester, source, progress));
        if (report.isEmpty()) {
            log.info("{} is being harvested already; this run is skipped", source.id());
        }
        report.ifPresent(ended -> reported.ended(ended, othersGoingOn(source.id())));
        return report;
    }

    /** Whether a run of another source is going on or asked for. */
    private boolean othersGoingOn(String sourceId) {
        return runs.anyRunning() || requested.stream().anyMatch(other -> !other.equals(sourceId));
    }

    /** What is told when a run has ended. */
    @FunctionalInterface
    public interface RunEnded {

        /**
         * @param report        the run's report, whatever its outcome
         * @param othersGoingOn whether runs of other sources are going on or asked for: this was not the last of a burst
         */
        void ended(HarvestReport report, boolean othersGoingOn);
    }
}
