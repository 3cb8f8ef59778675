package no.varcat.catalog.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import no.varcat.catalog.register.RegisterSummary;

/** Writes registers to the registers index. */
public final class RegisterIndexer {

    private final FullReindex reindex;
    private final IndexSync sync;
    private final AliasedIndex index;
    private final SearchConnection connection;
    private final Function<Collection<String>, Map<String, Integer>> qualityScores;

    public RegisterIndexer(SearchConnection connection, AliasedIndex index) {
        this(connection, index, iris -> Map.of());
    }

    /** With {@code qualityScores} giving the registers' quality scores in percent, those measured. */
    public RegisterIndexer(SearchConnection connection, AliasedIndex index,
            Function<Collection<String>, Map<String, Integer>> qualityScores) {
        this.qualityScores = qualityScores;
        this.connection = connection;
        this.reindex = new FullReindex(connection, index);
        this.sync = new IndexSync(connection, index);
        this.index = index;
    }

    /** Replaces the index's content with exactly {@code registers}; returns the number indexed. */
    public int reindexAll(List<RegisterSummary> registers) {
        return reindex.run(documents(registers));
    }

    /**
     * Writes only what differs from the index: new and changed registers (by content hash), and
     * deletes those no longer in {@code registers}. Builds the index when there is none.
     */
    public IndexChanges sync(List<RegisterSummary> registers) {
        return sync.run(documents(registers));
    }

    /**
     * Writes these registers and deletes the documents of {@code removedIris}, in bulk, without
     * looking at the rest of the index; the index must exist. Keep the lists to a batch. They become
     * searchable at the index's next refresh ({@link AliasedIndex#refresh} for at once).
     *
     * @return the number of documents written or deleted
     */
    public int write(List<RegisterSummary> registers, Collection<String> removedIris) {
        return IndexWrites.apply(connection, index, documents(registers), removedIris);
    }

    private List<RegisterDocument> documents(List<RegisterSummary> registers) {
        Map<String, Integer> scores = registers.isEmpty() ? Map.of()
                : qualityScores.apply(registers.stream().map(RegisterSummary::iri).toList());
        return registers.stream().map(r -> RegisterDocument.from(r, scores.get(r.iri()))).toList();
    }

    public AliasedIndex index() {
        return index;
    }
}
