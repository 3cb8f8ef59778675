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
        String target = index.createConcreteIndex();
        try {
            BulkWriter.write(connection, target, documents.stream().map(BulkWriter::index).toList());
            index.promote(target);
            index.refresh();
            return documents.size();
        } catch (RuntimeException e) {
            index.discard(target);
            throw e;
        }
    }
}
