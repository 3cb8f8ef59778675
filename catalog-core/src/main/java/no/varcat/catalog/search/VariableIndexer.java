package no.varcat.catalog.search;

import java.util.List;

import no.varcat.catalog.variable.VariableSummary;

/** Writes variables to the variables index. */
public final class VariableIndexer {

    private final FullReindex reindex;
    private final IndexSync sync;
    private final AliasedIndex index;

    public VariableIndexer(SearchConnection connection, AliasedIndex index) {
        this.reindex = new FullReindex(connection, index);
        this.sync = new IndexSync(connection, index);
        this.index = index;
    }

    /** Replaces the index's content with exactly {@code variables}; returns the number indexed. */
    public int reindexAll(List<VariableSummary> variables) {
        return reindex.run(variables.stream().map(VariableDocument::from).toList());
    }

    /**
     * Writes only what differs from the index: new and changed variables (by content hash), and
     * deletes those no longer in {@code variables}. Builds the index when there is none.
     */
    public IndexChanges sync(List<VariableSummary> variables) {
        return sync.run(variables.stream().map(VariableDocument::from).toList());
    }

    public AliasedIndex index() {
        return index;
    }
}
