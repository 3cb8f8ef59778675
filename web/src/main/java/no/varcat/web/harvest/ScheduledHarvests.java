package no.varcat.web.harvest;

import java.util.List;
import java.util.concurrent.ScheduledFuture;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Runs the {@link SourceScheduler}'s schedules and the admins' "harvest now" while the application
 * runs, on a small thread pool of its own (not a bean: a scheduler bean would also replace Spring
 * Boot's task executor). After an admin changes the sources, {@link #reschedule()} puts the
 * schedules in line with them.
 */
public class ScheduledHarvests implements SmartLifecycle {

    private static final int THREADS = 2;

    private final SourceScheduler scheduler;
    private ThreadPoolTaskScheduler tasks;
    private List<ScheduledFuture<?>> scheduled = List.of();
    private volatile boolean running;

    ScheduledHarvests(SourceScheduler scheduler) {
        this.scheduler = scheduler;
    }

    /**
     * Starts a run of the source in the background, unless one is asked for or going on.
     *
     * @return whether a run was started
     * @see SourceScheduler#requestRun
     */
    public synchronized boolean harvestNow(String sourceId) {
        if (tasks == null) {
            throw new IllegalStateException("Harvests are not running (the application is stopping)");
        }
        return scheduler.requestRun(sourceId, tasks);
    }

    /** Cancels every schedule and schedules the sources as they are now. */
    public synchronized void reschedule() {
        if (tasks != null) {
            scheduled.forEach(f -> f.cancel(false));
            scheduled = scheduler.scheduleOn(tasks);
        }
    }

    @Override
    public synchronized void start() {
        tasks = new ThreadPoolTaskScheduler();
        tasks.setPoolSize(THREADS);
        tasks.setThreadNamePrefix("harvest-");
        // A run in progress finishes its transaction before the store and the index close.
        tasks.setWaitForTasksToCompleteOnShutdown(true);
        tasks.setAwaitTerminationSeconds(60);
        tasks.initialize();
        scheduled = scheduler.scheduleOn(tasks);
        running = true;
    }

    @Override
    public synchronized void stop() {
        scheduled.forEach(f -> f.cancel(false));
        scheduled = List.of();
        if (tasks != null) {
            tasks.shutdown();
            tasks = null;
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
