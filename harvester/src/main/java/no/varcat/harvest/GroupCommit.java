package no.varcat.harvest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.store.GraphChange;

/**
 * Commits the writes of harvest runs going on at the same time in one store transaction: a group
 * commit, as databases do for their log. TDB2 copies every block a transaction touches, and a
 * source's new variables touch blocks all over its hash-keyed indexes, so one transaction per
 * source grows the store by far more than its data (the 100k catalog: 4.6 GB on disk for 1.3 GB of
 * data, written a source at a time; 2.2 GB in groups of 8, 1.6 GB in groups of 32, and a quarter
 * faster). Each run still returns only once its own writes are committed, so nothing that follows a
 * run (its report, the index) sees less than before.
 *
 * <p>A run says it is going on ({@link #begin}) before it fetches. A run ready to write waits while
 * other runs are still going on, so that they commit together; it waits at most
 * {@code maxWait}, and not at all when it is the only run (a single "harvest now" is committed at
 * once), and a group is committed as soon as it holds {@code maxTriples}.
 */
public final class GroupCommit {

    /** Long enough for runs started together to finish their reading and checking, short beside a run. */
    public static final Duration DEFAULT_MAX_WAIT = Duration.ofSeconds(5);
    /** A few hundred thousand triples: a group's graphs are held in memory until it is committed. */
    public static final long DEFAULT_MAX_TRIPLES = 500_000;

    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

    private final CatalogStore store;
    private final long maxWaitNanos;
    private final long maxTriples;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    /** Guarded by {@link #lock}: the runs begun that have neither asked to commit nor ended. */
    private int preparing;
    /** Guarded by {@link #lock}: the writes waiting for the next group, in the order they came. */
    private List<Pending> queue = new ArrayList<>();
    private long queuedTriples;
    private boolean committing;
    /** The transactions committed and the runs' writes they held, since the start. */
    private final AtomicLong transactions = new AtomicLong();
    private final AtomicLong runsCommitted = new AtomicLong();

    public GroupCommit(CatalogStore store) {
        this(store, DEFAULT_MAX_WAIT, DEFAULT_MAX_TRIPLES);
    }

    public GroupCommit(CatalogStore store, Duration maxWait, long maxTriples) {
        if (maxWait.isNegative() || maxTriples < 1) {
            throw new IllegalArgumentException("The longest wait must not be negative and a group must hold at least one triple");
        }
        this.store = store;
        this.maxWaitNanos = maxWait.toNanos();
        this.maxTriples = maxTriples;
    }

    /** A run is going on that may write: runs ready before it wait for it (up to the longest wait). Close it when the run ends. */
    public Run begin() {
        lock.lock();
        try {
            preparing++;
            return new Run();
        } finally {
            lock.unlock();
        }
    }

    /** How many transactions the runs' writes took so far, and how many runs wrote. */
    public Committed committed() {
        return new Committed(transactions.get(), runsCommitted.get());
    }

    /** How many runs' writes wait for their group to be committed. */
    public int waiting() {
        lock.lock();
        try {
            return queue.size();
        } finally {
            lock.unlock();
        }
    }

    /** @param transactions the store transactions written; {@code runs} runs' writes went into them */
    public record Committed(long transactions, long runs) {
    }

    /** One run's part in the group commit. */
    public final class Run implements AutoCloseable {

        private boolean open = true;

        private Run() {
        }

        /**
         * Applies {@code changes} in order, in one transaction with the writes of the runs that commit
         * with it, and returns once they are committed.
         *
         * @throws RuntimeException what applying these changes, alone, threw: the rest of the group is committed without them
         */
        public void commit(List<GraphChange> changes) {
            Pending mine = new Pending(changes, System.nanoTime());
            boolean interrupted = false;
            lock.lock();
            try {
                if (!open) {
                    throw new IllegalStateException("This run has committed or ended already");
                }
                open = false;
                preparing--;
                queue.add(mine);
                queuedTriples += mine.triples;
                changed.signalAll();
                while (!mine.done) {
                    long wait = committing ? Long.MAX_VALUE : nanosUntilDue();
                    if (wait <= 0) {
                        commitQueued();
                    } else {
                        // Queued, the writes are committed with their group whatever this thread is told
                        // meanwhile: it waits for that, and passes an interrupt on afterwards.
                        try {
                            if (wait == Long.MAX_VALUE) {
                                changed.await();
                            } else {
                                changed.awaitNanos(wait);
                            }
                        } catch (InterruptedException e) {
                            interrupted = true;
                        }
                    }
                }
            } finally {
                lock.unlock();
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
            if (mine.failure != null) {
                throw mine.failure;
            }
        }

        /** The run has ended, having committed or not. */
        @Override
        public void close() {
            lock.lock();
            try {
                if (open) {
                    open = false;
                    preparing--;
                    changed.signalAll();
                }
            } finally {
                lock.unlock();
            }
        }
    }

    /** Guarded: 0 when the queue is to be committed now, else how long until it is (at most). */
    private long nanosUntilDue() {
        if (queue.isEmpty()) {
            return Long.MAX_VALUE;
        }
        if (preparing == 0 || queuedTriples >= maxTriples) {
            return 0;
        }
        return Math.max(0, queue.get(0).queued + maxWaitNanos - System.nanoTime());
    }

    /** Guarded; lets go of the lock while the store writes, so that the next group gathers meanwhile. */
    private void commitQueued() {
        List<Pending> group = queue;
        queue = new ArrayList<>();
        queuedTriples = 0;
        committing = true;
        lock.unlock();
        try {
            write(group);
        } finally {
            lock.lock();
            committing = false;
            group.forEach(p -> p.done = true);
            changed.signalAll();
        }
    }

    private void write(List<Pending> group) {
        if (group.size() == 1) {
            writeAlone(group.get(0));
            return;
        }
        List<GraphChange> all = new ArrayList<>();
        group.forEach(p -> all.addAll(p.changes));
        try {
            store.apply(all);
            counted(group.size());
            log.debug("Committed the writes of {} harvest runs together", group.size());
        } catch (RuntimeException e) {
            // The transaction was aborted as a whole: each run again on its own, so only the one at fault fails.
            log.warn("A group of {} harvest runs could not be committed together ({}); committing each on its own", group.size(), e.toString());
            group.forEach(this::writeAlone);
        }
    }

    private void writeAlone(Pending pending) {
        try {
            store.apply(pending.changes);
            counted(1);
        } catch (RuntimeException e) {
            pending.failure = e;
        }
    }

    private void counted(int runs) {
        transactions.incrementAndGet();
        runsCommitted.addAndGet(runs);
    }

    /** One run's writes and what became of them ({@code done} is guarded by the lock; {@code failure} is set before it). */
    private static final class Pending {
        final List<GraphChange> changes;
        final long queued;
        final long triples;
        boolean done;
        RuntimeException failure;

        Pending(List<GraphChange> changes, long queued) {
            this.changes = List.copyOf(changes);
            this.queued = queued;
            this.triples = changes.stream().mapToLong(c -> c.content().size()).sum();
        }
    }
}
