package no.varcat.web.harvest;

import java.util.List;
import java.util.concurrent.ScheduledFuture;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Runs the {@link SourceScheduler}'s schedules and the admins' "harvest now" while the application
 * runs, on a thread pool of its own of {@code varcat.harvest.threads} threads (not a bean: a
 * scheduler bean would also replace Spring Boot's task executor). The pool is fixed: runs asked for
 * beyond it, say the 300 new sources of an import, wait in its queue (asked for, in
 * {@link SourceScheduler#isBusy}, but not yet {@link SourceScheduler#running}), and a schedule that comes due while every thread is busy runs
 * when one is free. After an admin changes the sources, {@link #reschedule()} puts the schedules in
 * line with them.
 */
public class ScheduledHarvests implements SmartLifecycle {

    private final SourceScheduler scheduler;
    private final int threads;
    private ThreadPoolTaskScheduler tasks;
    private List<ScheduledFuture<?>> scheduled = List.of();
    private volatile boolean running;

    /** @param threads how many harvests run at once, at least 1 */
    public ScheduledHarvests(SourceScheduler scheduler, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("varcat.harvest.threads is " + threads + "; it must be at least 1");
        }
        this.scheduler = scheduler;
        this.threads = threads;
    }

    /** How many harvests run at once. */
    public int threads() {
        return threads;
    }

    /**
     * Starts a run of the source in the background, unless one is asked for or going on.
     *
     * @return whether a run was started
     * @see SourceScheduler#requestRun
     */
    public synchronized boolean harvestNow(String sourceId, boolean inFull) {
        if (tasks == null) {
            throw new IllegalStateException("Harvests are not running (the application is stopping)");
        }
        return scheduler.requestRun(sourceId, tasks, inFull);
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
        tasks.setPoolSize(threads);
        tasks.setThreadNamePrefix("harvest-");
        // A run in progress finishes its transaction before the store and the index close; the runs
        // still queued (an import's, say) are dropped rather than started while they close.
        tasks.setWaitForTasksToCompleteOnShutdown(true);
        tasks.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
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
