package no.varcat.catalog.search;

import java.util.List;

import no.varcat.catalog.register.RegisterSummary;

/** Writes registers to the registers index. */
public final class RegisterIndexer {

    private final FullReindex reindex;
    private final IndexSync sync;
    private final AliasedIndex index;

    public RegisterIndexer(SearchConnection connection, AliasedIndex index) {
        this.reindex = new FullReindex(connection, index);
        this.sync = new IndexSync(connection, index);
        this.index = index;
    }

    /** Replaces the index's content with exactly {@code registers}; returns the number indexed. */
    public int reindexAll(List<RegisterSummary> registers) {
        return reindex.run(registers.stream().map(RegisterDocument::from).toList());
    }

    /**
     * Writes only what differs from the index: new and changed registers (by content hash), and
     * deletes those no longer in {@code registers}. Builds the index when there is none.
     */
    public IndexChanges sync(List<RegisterSummary> registers) {
        return sync.run(registers.stream().map(RegisterDocument::from).toList());
    }

    public AliasedIndex index() {
        return index;
    }
}
