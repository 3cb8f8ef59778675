package no.varcat.catalog.search;

import java.util.List;

/**
 * Builds a new concrete index with exactly the given documents and swaps the alias to it, so
 * searches keep using the old index until the new one is complete; a failure leaves the old one.
 */
final class FullReindex {

    private final SearchConnection connection;
    private final AliasedIndex index;

    FullReindex(SearchConnection connection, AliasedIndex index) {
        this.connection = connection;
        this.index = index;
    }

    int run(List<? extends IndexedDocument> documents) {
        return run(DocumentPages.of(documents));
    }

    /** As {@link #run(List)}, a page at a time: each page is written before the next is asked for. */
    int run(DocumentPages<? extends IndexedDocument> documents) {
        String target = index.createConcreteIndex();
        try {
            int[] written = {0};
            documents.forEach(page -> {
                BulkWriter.write(connection, target, page.stream().map(BulkWriter::index).toList());
                written[0] += page.size();
            });
            index.promote(target);
            index.refresh();
            return written[0];
        } catch (RuntimeException e) {
            index.discard(target);
            throw e;
        }
    }
}
