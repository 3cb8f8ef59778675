package no.varcat.web.harvest;

import java.util.List;
import java.util.concurrent.ScheduledFuture;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Runs the {@link SourceScheduler}'s schedules while the application runs, on a small thread pool of
 * its own (not a bean: a scheduler bean would also replace Spring Boot's task executor). Without
 * configured sources it starts nothing.
 */
class ScheduledHarvests implements SmartLifecycle {

    private static final int THREADS = 2;

    private final SourceScheduler scheduler;
    private ThreadPoolTaskScheduler tasks;
    private List<ScheduledFuture<?>> scheduled = List.of();
    private volatile boolean running;

    ScheduledHarvests(SourceScheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public synchronized void start() {
        if (!scheduler.sources().isEmpty()) {
            tasks = new ThreadPoolTaskScheduler();
            tasks.setPoolSize(THREADS);
            tasks.setThreadNamePrefix("harvest-");
            tasks.initialize();
            scheduled = scheduler.scheduleOn(tasks);
        }
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
