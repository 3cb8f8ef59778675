package no.varcat.catalog.search;

import java.util.Collection;
import java.util.List;

import no.varcat.catalog.register.RegisterSummary;

/** Writes registers to the registers index. */
public final class RegisterIndexer {

    private final FullReindex reindex;
    private final IndexSync sync;
    private final AliasedIndex index;
    private final SearchConnection connection;

    public RegisterIndexer(SearchConnection connection, AliasedIndex index) {
        this.connection = connection;
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

    /**
     * Writes these registers and deletes the documents of {@code removedIris}, in bulk, without
     * looking at the rest of the index; the index must exist. Keep the lists to a batch.
     *
     * @return the number of documents written or deleted
     */
    public int write(List<RegisterSummary> registers, Collection<String> removedIris) {
        return IndexWrites.apply(connection, index, registers.stream().map(RegisterDocument::from).toList(), removedIris);
    }

    public AliasedIndex index() {
        return index;
    }
}
