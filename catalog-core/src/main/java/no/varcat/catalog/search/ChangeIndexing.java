package no.varcat.catalog.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

import no.varcat.catalog.change.ChangeFilter;
import no.varcat.catalog.change.ChangeLog;
import no.varcat.catalog.change.ChangeType;
import no.varcat.catalog.change.LoggedChange;
import no.varcat.catalog.register.RegisterFacts;
import no.varcat.catalog.register.RegisterFactsRepository;
import no.varcat.catalog.register.RegisterRepository;
import no.varcat.catalog.register.RegisterSummary;
import no.varcat.catalog.resource.ResourceKind;
import no.varcat.catalog.variable.VariableRepository;
import no.varcat.catalog.variable.VariableSummary;

/**
 * Brings the search indices up to the change log from the {@link IndexCursor} on: the registers and
 * variables the changes after it name are read again from the store, a batch at a time, and written
 * with one bulk per batch; those the store no longer has are deleted. A changed register's document
 * and all its variables are written (they carry the register's facts): work in proportion to the
 * changes and the registers they touch, never to the catalog. The registers changed anywhere in the
 * range are written first, with their variables as the store has them then (every change of the range
 * included), so the pages of the log skip their variables instead of writing them a second time (a
 * register described after part of its variables once cost those variables twice). A register whose
 * facts alone changed (rates, indicators: not in the log) has them set in its variables' documents by
 * partial updates, listing those documents from the index: nothing is read from the store but the
 * facts. The cursor moves after each page of the log that Elasticsearch confirmed, so a failure leaves
 * it where the work stopped.
 */
public final class ChangeIndexing {

    /** Variables and registers read from the store and sent in one bulk. */
    static final int BATCH = 500;

    private final ChangeLog log;
    private final IndexCursor cursor;
    private final VariableRepository variables;
    private final RegisterRepository registers;
    private final RegisterFactsRepository registerFacts;
    private final VariableIndexer variableIndexer;
    private final RegisterIndexer registerIndexer;

    public ChangeIndexing(ChangeLog log, IndexCursor cursor, VariableRepository variables, RegisterRepository registers,
            RegisterFactsRepository registerFacts, VariableIndexer variableIndexer, RegisterIndexer registerIndexer) {
        this.log = log;
        this.cursor = cursor;
        this.variables = variables;
        this.registers = registers;
        this.registerFacts = registerFacts;
        this.variableIndexer = variableIndexer;
        this.registerIndexer = registerIndexer;
    }

    /**
     * Indexes the changes after the cursor and moves it to the last; the indices must exist and be current.
     *
     * @param alsoRegisters registers whose facts changed with no entry in the log (coverage rates, quality
     *                      indicators): their documents and their variables are written too
     * @return what was done; empty when the indices have no cursor, so only a full rebuild can bring them up
     * @throws SearchUnavailableException when Elasticsearch failed; the cursor stays at the last page it confirmed
     */
    public Optional<ChangesIndexed> catchUp(Collection<String> alsoRegisters) {
        OptionalLong position = cursor.position();
        if (position.isEmpty()) {
            return Optional.empty();
        }
        long last = log.lastSequence();
        ChangesIndexed done = ChangesIndexed.at(position.getAsLong());
        // Before the cursor moves: a failure here leaves the whole range to be done again.
        Set<String> rewritten = registersIn(position.getAsLong(), last);
        if (!rewritten.isEmpty()) {
            ChangesIndexed registersDone = registers(rewritten, Set.of());
            makeSearchable(registersDone);
            done = done.plus(registersDone);
        }
        // The cursor is written once, after the last page confirmed: a write to the store waits while a
        // compaction copies it (minutes at 1M), and the pages after the first would wait with it.
        long confirmed = position.getAsLong();
        try {
            for (long at = position.getAsLong(); at < last;) {
                long to = Math.min(last, at + ChangeLog.MAX_RANGE);
                ChangesIndexed page = take(log.range(at + 1, to, ChangeFilter.ALL), rewritten);
                makeSearchable(page);
                done = done.plus(page).movedTo(to);
                confirmed = to;
                at = to;
            }
        } finally {
            if (confirmed > position.getAsLong()) {
                cursor.moveTo(confirmed);
            }
        }
        if (!alsoRegisters.isEmpty()) {
            done = done.plus(registerFacts(new TreeSet<>(alsoRegisters)).movedTo(done.to()));
        }
        return Optional.of(done);
    }

    /**
     * One refresh per index for a page of the log, however many bulks it took: a refresh makes a
     * segment, so one per bulk made many small ones for Elasticsearch to merge. (The bulks themselves
     * are durable once confirmed; the refresh only makes them searchable.)
     */
    private void makeSearchable(ChangesIndexed page) {
        if (page.variablesWritten() + page.variablesDeleted() > 0) {
            variableIndexer.index().refresh();
        }
        if (page.registersWritten() + page.registersDeleted() > 0) {
            registerIndexer.index().refresh();
        }
    }

    /**
     * Registers whose facts changed with no entry in the log: their own documents are written, and
     * their facts set in their variables' documents by partial updates of those fields, without
     * reading the variables from the store.
     */
    private ChangesIndexed registerFacts(Set<String> changed) {
        ChangesIndexed done = registers(Set.of(), changed);
        makeSearchable(done);
        Map<String, RegisterFacts> facts = registerFacts.find(changed);
        for (String register : changed) {
            long updated = variableIndexer.updateRegisterFacts(register, facts.getOrDefault(register, RegisterFacts.NONE));
            done = done.plus(new ChangesIndexed(0, 0, 0, 0, 0, 0, updated));
        }
        return done;
    }

    /** The registers changed from after {@code position} to {@code last}, a page of the log at a time. */
    private Set<String> registersIn(long position, long last) {
        Set<String> changed = new TreeSet<>();
        for (long at = position; at < last; at += ChangeLog.MAX_RANGE) {
            changed.addAll(log.registersIn(at + 1, Math.min(last, at + ChangeLog.MAX_RANGE)));
        }
        return changed;
    }

    /**
     * One page of the log (newest first, as the log gives it): each resource's latest change counts.
     *
     * @param rewritten the registers already written with all their variables for this range
     */
    private ChangesIndexed take(List<LoggedChange> page, Set<String> rewritten) {
        Map<String, LoggedChange> variableChanges = new LinkedHashMap<>();
        Set<String> touchedRegisters = new TreeSet<>();
        for (LoggedChange logged : page) {
            if (logged.change().kind() == ResourceKind.VARIABLE) {
                variableChanges.putIfAbsent(logged.change().resource(), logged);
                if (logged.change().register() != null) {
                    // Its variable count moved: the register's own document, not its variables.
                    touchedRegisters.add(logged.change().register());
                }
            }
        }
        touchedRegisters.removeAll(rewritten);
        // A rewritten register's variables were written with it; only its removed ones need their own
        // look (the store may have removed them after the rewrite read it, or added them again since).
        List<String> variableIris = variableChanges.values().stream()
                .filter(c -> c.change().type() == ChangeType.REMOVED || c.change().register() == null
                        || !rewritten.contains(c.change().register()))
                .map(c -> c.change().resource()).toList();
        return variables(variableIris).plus(registers(Set.of(), touchedRegisters));
    }

    private ChangesIndexed variables(List<String> iris) {
        ChangesIndexed done = ChangesIndexed.at(0);
        for (List<String> batch : batches(iris)) {
            List<VariableSummary> found = variables.findByIris(batch);
            Set<String> gone = new TreeSet<>(batch);
            Set<String> theirRegisters = new HashSet<>();
            for (VariableSummary variable : found) {
                gone.remove(variable.iri());
                if (variable.registerIri() != null) {
                    theirRegisters.add(variable.registerIri());
                }
            }
            variableIndexer.write(found, registerFacts.find(theirRegisters), gone);
            done = done.plus(new ChangesIndexed(0, 0, found.size(), gone.size(), 0, 0, 0));
        }
        return done;
    }

    /** {@code changed}: their documents and their variables; {@code touched}: their documents only. */
    private ChangesIndexed registers(Set<String> changed, Set<String> touched) {
        List<String> all = new ArrayList<>(changed);
        all.addAll(touched);
        ChangesIndexed done = ChangesIndexed.at(0);
        for (List<String> batch : batches(all)) {
            List<RegisterSummary> found = registers.findByIris(batch);
            Set<String> gone = new TreeSet<>(batch);
            found.forEach(r -> gone.remove(r.iri()));
            registerIndexer.write(found, gone);
            done = done.plus(new ChangesIndexed(0, 0, 0, 0, found.size(), gone.size(), 0));
        }
        for (String register : changed) {
            Map<String, RegisterFacts> facts = registerFacts.find(List.of(register));
            int[] written = {0};
            variables.forEachPageOfRegister(register, BATCH, page -> {
                variableIndexer.write(page, facts, List.of());
                written[0] += page.size();
            });
            done = done.plus(new ChangesIndexed(0, 0, written[0], 0, 0, 0, 0));
        }
        return done;
    }

    private static List<List<String>> batches(List<String> iris) {
        List<List<String>> batches = new ArrayList<>();
        for (int from = 0; from < iris.size(); from += BATCH) {
            batches.add(iris.subList(from, Math.min(iris.size(), from + BATCH)));
        }
        return batches;
    }
}
