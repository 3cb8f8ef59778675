package no.varcat.web.harvest;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.Trigger;
import org.springframework.scheduling.support.CronTrigger;

import no.varcat.harvest.HarvestReport;
import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.Harvester;
import no.varcat.harvest.schedule.FetchStates;
import no.varcat.harvest.schedule.SourceRuns;

/**
 * Harvests each configured source on its cron schedule, each a fixed few minutes late (derived from
 * its id) so that sources sharing a schedule do not all start at once. A run goes through
 * {@link SourceRuns}, so a source is never harvested twice at the same time, and through
 * {@link FetchStates}, so it is a conditional GET. Only a run that changed the store
 * ({@code SUCCEEDED}) updates the search indices.
 */
public final class SourceScheduler {

    /** The largest delay added to a source's schedule. */
    static final Duration MAX_STAGGER = Duration.ofMinutes(5);

    private static final Logger log = LoggerFactory.getLogger(SourceScheduler.class);

    private final Map<String, ScheduledSource> sources = new LinkedHashMap<>();
    private final Harvester harvester;
    private final SourceRuns runs;
    private final FetchStates fetchStates;
    private final Runnable afterChange;

    /** @param afterChange what to do after a run changed the store: update the search indices */
    public SourceScheduler(List<ScheduledSource> sources, Harvester harvester, SourceRuns runs, FetchStates fetchStates,
            Runnable afterChange) {
        sources.forEach(s -> this.sources.put(s.source().id(), s));
        this.harvester = harvester;
        this.runs = runs;
        this.fetchStates = fetchStates;
        this.afterChange = afterChange;
    }

    public List<ScheduledSource> sources() {
        return List.copyOf(sources.values());
    }

    /** Schedules every source on {@code scheduler}; cancel the futures to stop. */
    public List<ScheduledFuture<?>> scheduleOn(TaskScheduler scheduler) {
        return sources.values().stream().<ScheduledFuture<?>>map(s -> {
            log.info("Harvesting {} on '{}', {} s after each time", s.source().id(), s.schedule(), stagger(s.source().id()).toSeconds());
            return scheduler.schedule(() -> runScheduled(s.source()), trigger(s));
        }).toList();
    }

    /**
     * Harvests the source with this id now, unless it is being harvested already.
     *
     * @return the run's report, or empty when a run of the source was in progress
     * @throws IllegalArgumentException when no configured source has this id
     */
    public Optional<HarvestReport> runNow(String sourceId) {
        ScheduledSource scheduled = sources.get(sourceId);
        if (scheduled == null) {
            throw new IllegalArgumentException("No configured source has the id '" + sourceId + "'");
        }
        return run(scheduled.source());
    }

    /** The source's cron schedule, each time plus the source's {@link #stagger}. */
    static Trigger trigger(ScheduledSource scheduled) {
        CronTrigger cron = new CronTrigger(scheduled.schedule().toString());
        Duration stagger = stagger(scheduled.source().id());
        return context -> {
            Instant next = cron.nextExecution(context);
            return next == null ? null : next.plus(stagger);
        };
    }

    /** A delay below {@link #MAX_STAGGER}, the same for an id on every start (String.hashCode is specified). */
    static Duration stagger(String sourceId) {
        return Duration.ofSeconds(Math.floorMod(sourceId.hashCode(), MAX_STAGGER.toSeconds()));
    }

    private void runScheduled(HarvestSource source) {
        try {
            run(source);
        } catch (RuntimeException e) {
            // The schedule goes on; the next run tries again.
            log.error("Scheduled harvest of {} failed", source.id(), e);
        }
    }

    private Optional<HarvestReport> run(HarvestSource source) {
        Optional<HarvestReport> report = runs.runExclusively(source, progress -> fetchStates.harvest(harvester, source, progress));
        if (report.isEmpty()) {
            log.info("{} is being harvested already; this run is skipped", source.id());
        } else if (report.get().succeeded()) {
            afterChange.run();
        }
        return report;
    }
}
