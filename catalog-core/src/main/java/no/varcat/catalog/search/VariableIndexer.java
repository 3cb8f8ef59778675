package no.varcat.catalog.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import no.varcat.catalog.register.RegisterFacts;
import no.varcat.catalog.variable.VariableSummary;

/** Writes variables to the variables index. */
public final class VariableIndexer {

    private final FullReindex reindex;
    private final IndexSync sync;
    private final AliasedIndex index;
    private final SearchConnection connection;

    public VariableIndexer(SearchConnection connection, AliasedIndex index) {
        this.connection = connection;
        this.reindex = new FullReindex(connection, index);
        this.sync = new IndexSync(connection, index);
        this.index = index;
    }

    /** Replaces the index's content with exactly {@code variables}; returns the number indexed. */
    public int reindexAll(List<VariableSummary> variables) {
        return reindexAll(variables, Map.of());
    }

    /** Like {@link #reindexAll(List)}, with the facts of the variables' registers by register IRI. */
    public int reindexAll(List<VariableSummary> variables, Map<String, RegisterFacts> registers) {
        return reindex.run(documents(variables, registers));
    }

    /**
     * Like {@link #reindexAll(List, Map)}, the variables handed over a page at a time and each page
     * written before the next is read: the whole catalog is never in memory.
     */
    public int reindexAll(DocumentPages<VariableSummary> variables, Map<String, RegisterFacts> registers) {
        return reindex.run(documents(variables, registers));
    }

    /** Writes documents as they are, for callers that build them without a store. */
    public int reindexDocuments(List<VariableDocument> documents) {
        return reindex.run(documents);
    }

    /**
     * Writes only what differs from the index: new and changed variables (by content hash), and
     * deletes those no longer in {@code variables}. Builds the index when there is none.
     */
    public IndexChanges sync(List<VariableSummary> variables) {
        return sync(variables, Map.of());
    }

    /**
     * Like {@link #sync(List)}, with the facts of the variables' registers by register IRI: a
     * register's new coverage rate changes the content hash of each of its variables, so they are rewritten.
     */
    public IndexChanges sync(List<VariableSummary> variables, Map<String, RegisterFacts> registers) {
        return sync.run(documents(variables, registers));
    }

    /** Like {@link #sync(List, Map)}, the variables handed over a page at a time (the index's hashes are held meanwhile). */
    public IndexChanges sync(DocumentPages<VariableSummary> variables, Map<String, RegisterFacts> registers) {
        return sync.run(documents(variables, registers));
    }

    /**
     * Writes these variables, with the facts of their registers by register IRI, and deletes the
     * documents of {@code removedIris}, in bulk, without looking at the rest of the index; the index
     * must exist ({@link AliasedIndex#isCurrent}). Keep the lists to a batch. They become searchable
     * at the index's next refresh ({@link AliasedIndex#refresh} for at once).
     *
     * @return the number of documents written or deleted
     */
    public int write(List<VariableSummary> variables, Map<String, RegisterFacts> registers, Collection<String> removedIris) {
        return IndexWrites.apply(connection, index, documents(variables, registers), removedIris);
    }

    /**
     * Sets the facts of one register in the documents of its variables, from the index alone: no
     * variable is read from the store, and only the documents not yet up to date get a partial
     * update of those fields; the index must exist.
     *
     * @return how many documents changed
     */
    public long updateRegisterFacts(String registerIri, RegisterFacts facts) {
        return RegisterFactsUpdate.apply(connection, index, registerIri, facts);
    }

    private static DocumentPages<VariableDocument> documents(DocumentPages<VariableSummary> variables, Map<String, RegisterFacts> registers) {
        return page -> variables.forEach(summaries -> page.accept(documents(summaries, registers)));
    }

    private static List<VariableDocument> documents(List<VariableSummary> variables, Map<String, RegisterFacts> registers) {
        return variables.stream()
                .map(v -> VariableDocument.from(v, registers.getOrDefault(v.registerIri(), RegisterFacts.NONE)))
                .toList();
    }

    public AliasedIndex index() {
        return index;
    }
}
