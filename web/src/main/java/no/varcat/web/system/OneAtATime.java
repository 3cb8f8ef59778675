package no.varcat.web.system;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * An admin's long job (an index rebuild, a store compaction) run in the background on a daemon thread
 * of its own, one at a time: a second start while one goes on starts nothing. Remembers the one going
 * on and the last that ended, for the admin page and the API. Per application instance.
 *
 * @param <J> what the job's status is: a record made when it starts and another when it ends
 */
public final class OneAtATime<J> {

    private final ExecutorService thread;
    private final AtomicReference<J> going = new AtomicReference<>();
    private volatile J last;

    /** @param threadName the name of its thread, as thread dumps and logs show it */
    public OneAtATime(String threadName) {
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts {@code work} in the background, unless a job goes on.
     *
     * @param started the status while it goes on
     * @param work    does the job and returns its status at the end, failed or not (it catches what it can recover from)
     * @return whether it was started
     * @throws IllegalStateException when the application is stopping
     */
    public boolean start(J started, UnaryOperator<J> work) {
        if (!going.compareAndSet(null, started)) {
            return false;
        }
        try {
            thread.execute(() -> {
                try {
                    last = work.apply(started);
                } finally {
                    going.set(null);
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            going.set(null);
            throw new IllegalStateException("The application is stopping", e);
        }
    }

    /** The job going on, if any. */
    public Optional<J> going() {
        return Optional.ofNullable(going.get());
    }

    /** The last job that ended since the application started, if any. */
    public Optional<J> last() {
        return Optional.ofNullable(last);
    }

    /** Starts nothing more and waits up to {@code wait} for the job going on; whether it ended. */
    public boolean stop(Duration wait) throws InterruptedException {
        thread.shutdown();
        return thread.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
    }
}
