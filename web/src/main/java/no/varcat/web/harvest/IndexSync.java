package no.varcat.web.harvest;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import no.varcat.catalog.change.ChangeLog;
import no.varcat.catalog.register.RegisterFactsRepository;
import no.varcat.catalog.register.RegisterRepository;
import no.varcat.catalog.search.ChangeIndexing;
import no.varcat.catalog.search.ChangesIndexed;
import no.varcat.catalog.search.IndexCursor;
import no.varcat.catalog.search.RegisterIndexer;
import no.varcat.catalog.search.VariableIndexer;
import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.variable.VariableRepository;
import no.varcat.harvest.HarvestSource;

/**
 * Brings the search indices up to the store. After a harvest, and at start, it indexes the changes
 * the change log holds after the {@link IndexCursor}: work in proportion to what changed. The whole
 * store is read and compared with the index (content hashes, {@link #syncAll}) only when an index is
 * missing or built from an older definition, or when the store has no cursor yet.
 */
@Component
public class IndexSync {

    private static final Logger log = LoggerFactory.getLogger(IndexSync.class);
    /** Variables read from the store and written to the index at a time when the whole catalog is: never all at once. */
    private static final int PAGE = 500;

    private final VariableRepository variables;
    private final RegisterFactsRepository registerFacts;
    private final VariableIndexer variableIndexer;
    private final RegisterRepository registers;
    private final RegisterIndexer registerIndexer;
    private final ChangeLog changeLog;
    private final IndexCursor cursor;
    private final ChangeIndexing changes;
    /** Held by the harvest thread catching up for the harvests that ended meanwhile. */
    private final ReentrantLock followingHarvests = new ReentrantLock();
    private final AtomicInteger catchUpsAsked = new AtomicInteger();

    IndexSync(VariableRepository variables, RegisterFactsRepository registerFacts, VariableIndexer variableIndexer,
            RegisterRepository registers, RegisterIndexer registerIndexer, CatalogStore store) {
        this.variables = variables;
        this.registerFacts = registerFacts;
        this.variableIndexer = variableIndexer;
        this.registers = registers;
        this.registerIndexer = registerIndexer;
        this.changeLog = new ChangeLog(store);
        this.cursor = new IndexCursor(store);
        this.changes = new ChangeIndexing(changeLog, cursor, variables, registers, registerFacts, variableIndexer, registerIndexer);
    }

    /**
     * Compares the whole store with the indices and writes what differs (content hashes), rebuilding
     * an index that is missing or older; then the cursor stands at the log's end. For what the log
     * cannot tell: an older store, a source deleted with its coverage rates, a store changed by hand.
     * One at a time: two callers would otherwise both write the same changes.
     */
    public synchronized void syncAll() {
        // Read before the store is: a change committed meanwhile is taken in again at the next catch-up.
        long logEnd = changeLog.lastSequence();
        log.info("Variables in {}: {}", variableIndexer.index().alias(),
                variableIndexer.sync(page -> variables.forEachPage(PAGE, page), registerFacts.findAll()));
        log.info("Registers in {}: {}", registerIndexer.index().alias(), registerIndexer.sync(registers.findAll()));
        cursor.moveTo(logEnd);
        cursor.clearPending();
    }

    /**
     * Builds both indices anew from the store, each behind its alias (searches use the old one until
     * the new one is complete), and puts the cursor at the log's end: what an admin asks for when
     * the index is suspect. Harvests meanwhile wait to index their changes until it is done.
     */
    public synchronized Rebuilt rebuild() {
        long logEnd = changeLog.lastSequence();
        int variableCount = variableIndexer.reindexAll(page -> variables.forEachPage(PAGE, page), registerFacts.findAll());
        int registerCount = registerIndexer.reindexAll(registers.findAll());
        cursor.moveTo(logEnd);
        cursor.clearPending();
        log.info("Rebuilt {} with {} variables and {} with {} registers", variableIndexer.index().alias(), variableCount,
                registerIndexer.index().alias(), registerCount);
        return new Rebuilt(variableCount, registerCount);
    }

    /** What a {@link #rebuild} indexed. */
    public record Rebuilt(int variables, int registers) {
    }

    /**
     * After a harvest of {@code source} wrote to the store: its changes, and the registers whose
     * coverage rates or quality indicators its graph gives (the log does not name them). When
     * another harvest's thread is catching up already, this one only asks it to go round once more
     * and returns to its next harvest: that catch-up, or its next round, takes these changes in too.
     * Harvests running at once thus index together, instead of waiting in turn to index a source each.
     */
    public void afterHarvest(HarvestSource source) {
        catchUpsAsked.incrementAndGet();
        // Read before trying the lock: a thread that leaves the lock after its round sees this
        // request, or this thread gets the lock once it has left (no request is left unserved).
        while (catchUpsAsked.get() > 0 && followingHarvests.tryLock()) {
            try {
                catchUpsAsked.set(0);
                catchUpAfter(List.of(source));
            } finally {
                followingHarvests.unlock();
            }
        }
    }

    /**
     * At start: after the harvests of {@code harvested}, or after a stop or an Elasticsearch outage
     * that left the index behind the store.
     */
    synchronized void catchUpAfter(Collection<HarvestSource> harvested) {
        // The registers whose facts the harvests changed are already pending: each harvest recorded
        // them in its own transaction (PendingRegisterFacts), so neither a crash nor an outage loses them.
        catchUp();
    }

    /**
     * Before the source with this id is deleted: the registers its graph gives coverage rates or
     * indicators for are recorded, to be indexed again without them by the {@link #catchUp} after
     * the deletion (which logs its registers and variables as removed).
     */
    public synchronized void beforeDeletion(String sourceId) {
        cursor.sourceGoes(sourceId, registerFacts.registersWithFactsIn(HarvestSource.graphNameFor(sourceId)));
    }

    /** Indexes the log's changes after the cursor, or the whole store when only that can bring the indices up. */
    public synchronized void catchUp() {
        if (!variableIndexer.index().isCurrent() || !registerIndexer.index().isCurrent()) {
            syncAll();
            return;
        }
        Set<String> pending = cursor.pending();
        Optional<ChangesIndexed> done = changes.catchUp(pending);
        if (done.isEmpty()) {
            log.info("The search indices have not followed the change log before: comparing the whole store with them");
            syncAll();
            return;
        }
        if (!pending.isEmpty()) {
            cursor.clearPending();
        }
        if (done.get().from() != done.get().to() || !pending.isEmpty()) {
            log.info("Indexed the changes after {} up to {} and {} registers' facts: {}", done.get().from(), done.get().to(), pending.size(),
                    done.get());
        }
    }
}
