package no.varcat.catalog.search;

/** What an incremental reindex did: documents written new, rewritten, left alone, deleted. */
public record IndexChanges(int added, int changed, int unchanged, int removed) {

    public boolean any() {
        return added + changed + removed > 0;
    }
}
