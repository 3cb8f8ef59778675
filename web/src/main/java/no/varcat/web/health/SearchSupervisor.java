package no.varcat.web.health;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import no.varcat.catalog.search.SearchConnection;
import no.varcat.catalog.search.SearchUnavailableException;
import no.varcat.catalog.search.local.LocalElasticsearchNode;
import no.varcat.catalog.search.local.LocalNodeException;
import no.varcat.web.harvest.IndexSync;
import no.varcat.web.system.LocalNodeHolder;

/**
 * Keeps this instance's search working. Each second it looks at Elasticsearch: the local node's
 * process, if this instance runs one, and a cluster health request. A local node that died is
 * started again, after 1 s, then 2 s, 4 s, ... up to a minute between failed attempts. When
 * Elasticsearch answers again the index is caught up from the store ({@link IndexSync#catchUp}:
 * the change log after the cursor, and the pending registers), and only then is search up again.
 * Every 30 s it also catches up an index whose backlog was already there at the last look: a sync
 * after a harvest that failed against an external cluster is not left until the next harvest.
 *
 * <p>Its own thread, so that a restart (some seconds) never waits behind a harvest, nor a harvest
 * behind it. What it keeps is this instance's view only; several instances over one store and
 * cluster each catch up the same backlog, which is idempotent.
 */
@Component
public class SearchSupervisor implements SmartLifecycle {

    static final Duration TICK = Duration.ofSeconds(1);
    static final Duration BACKLOG_LOOK = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(SearchSupervisor.class);

    private final Optional<LocalElasticsearchNode> node;
    private final SearchConnection connection;
    private final IndexSync indexSync;
    private final IndexBacklog backlog;
    private final SearchAvailability availability;
    private final Clock clock = Clock.systemUTC();
    private final RestartBackoff restarts = RestartBackoff.standard();
    private final RestartBackoff catchUps = RestartBackoff.standard();

    // Touched by the supervisor's one thread only.
    private boolean nodeDown;
    private Instant nextRestart = Instant.MIN;
    private Instant nextCatchUp = Instant.MIN;
    private Instant nextBacklogLook;
    private IndexLag lastLook;

    private volatile ScheduledExecutorService executor;
    /** Until the start has harvested and caught up, a growing backlog is its work under way, not a stale index. */
    private volatile boolean started;

    SearchSupervisor(LocalNodeHolder localNode, SearchConnection connection, IndexSync indexSync, IndexBacklog backlog,
            SearchAvailability availability) {
        this.node = localNode.local();
        this.connection = connection;
        this.indexSync = indexSync;
        this.backlog = backlog;
        this.availability = availability;
    }

    /** The pid of the local node's server while it runs; empty with an external cluster or while it is down. */
    public Optional<Long> localNodePid() {
        return node.flatMap(LocalElasticsearchNode::process).map(ProcessHandle::pid);
    }

    void tick() {
        Instant now = clock.instant();
        if (node.isPresent() && node.get().process().isEmpty()) {
            localNodeDown(now);
            return;
        }
        try {
            connection.requireAvailable();
        } catch (SearchUnavailableException e) {
            availability.down(e.getMessage());
            return;
        }
        if (!availability.isUp()) {
            availability.reachable();
            if (!now.isBefore(nextCatchUp)) {
                recover();
            }
            return;
        }
        if (started && (nextBacklogLook == null || !now.isBefore(nextBacklogLook))) {
            nextBacklogLook = now.plus(BACKLOG_LOOK);
            lookAtBacklog();
        }
    }

    private void localNodeDown(Instant now) {
        if (!nodeDown) {
            nodeDown = true;
            availability.down("The local Elasticsearch node is not running; restarting it");
            nextRestart = now.plus(restarts.next());
            return;
        }
        if (now.isBefore(nextRestart)) {
            return;
        }
        try {
            URI uri = node.get().restart();
            connection.moveTo(uri);
            nodeDown = false;
            restarts.reset();
        } catch (LocalNodeException e) {
            Duration wait = restarts.next();
            nextRestart = clock.instant().plus(wait);
            log.warn("Restarting the local Elasticsearch node failed; trying again in {} s: {}", wait.toSeconds(), e.getMessage());
        }
    }

    private void recover() {
        try {
            indexSync.catchUp();
            catchUps.reset();
            lastLook = null;
            availability.caughtUp();
        } catch (RuntimeException e) {
            Duration wait = catchUps.next();
            nextCatchUp = clock.instant().plus(wait);
            log.warn("Catching up the index after the outage failed; trying again in {} s: {}", wait.toSeconds(), e.getMessage());
        }
    }

    private void lookAtBacklog() {
        IndexLag now = backlog.now();
        IndexLag earlier = lastLook;
        lastLook = now;
        if (earlier == null || !now.staleSince(earlier)) {
            return;
        }
        log.info("The index has been behind the store since the last look ({} changes, {} registers); catching up",
                now.changesBehind(), now.pendingRegisters());
        try {
            indexSync.catchUp();
            lastLook = backlog.now();
        } catch (RuntimeException e) {
            log.warn("Catching up the index failed; trying again in {} s: {}", BACKLOG_LOOK.toSeconds(), e.getMessage());
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void applicationReady() {
        started = true;
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "search-supervisor");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::tickSafely, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void tickSafely() {
        try {
            tick();
        } catch (RuntimeException e) {
            // The next tick tries again; an exception here would end the schedule.
            log.warn("Search supervision failed: {}", e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
