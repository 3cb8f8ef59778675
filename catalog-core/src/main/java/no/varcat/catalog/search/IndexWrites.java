package no.varcat.catalog.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;

/**
 * Writes given documents and deletes given IRIs' documents in the index behind an alias, in one bulk;
 * the caller refreshes the index once it has written what is to become searchable together.
 */
final class IndexWrites {

    private IndexWrites() {
    }

    /** @return the number of operations sent */
    static int apply(SearchConnection connection, AliasedIndex index, List<? extends IndexedDocument> documents,
            Collection<String> removedIris) {
        List<BulkOperation> operations = new ArrayList<>(documents.size() + removedIris.size());
        documents.forEach(doc -> operations.add(BulkWriter.index(doc)));
        removedIris.forEach(iri -> operations.add(BulkOperation.of(op -> op.delete(d -> d.id(IndexedDocument.idFor(iri))))));
        if (operations.isEmpty()) {
            return 0;
        }
        BulkWriter.write(connection, index.alias(), operations);
        return operations.size();
    }
}
