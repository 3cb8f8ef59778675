package no.varcat.catalog.search;

import java.util.List;

import no.varcat.catalog.register.RegisterSummary;

/** Writes registers to the registers index. */
public final class RegisterIndexer {

    private final FullReindex reindex;
    private final AliasedIndex index;

    public RegisterIndexer(SearchConnection connection, AliasedIndex index) {
        this.reindex = new FullReindex(connection, index);
        this.index = index;
    }

    /** Replaces the index's content with exactly {@code registers}; returns the number indexed. */
    public int reindexAll(List<RegisterSummary> registers) {
        return reindex.run(registers.stream().map(RegisterDocument::from).toList());
    }

    public AliasedIndex index() {
        return index;
    }
}
