package no.varcat.catalog.search;

import java.io.IOException;
import java.util.List;

import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;

/**
 * Builds a new concrete index with exactly the given documents and swaps the alias to it, so
 * searches keep using the old index until the new one is complete; a failure leaves the old one.
 */
final class FullReindex {

    private static final int BATCH = 1_000;

    private final SearchConnection connection;
    private final AliasedIndex index;

    FullReindex(SearchConnection connection, AliasedIndex index) {
        this.connection = connection;
        this.index = index;
    }

    int run(List<? extends IndexedDocument> documents) {
        String target = index.createConcreteIndex();
        try {
            for (int from = 0; from < documents.size(); from += BATCH) {
                bulk(target, documents.subList(from, Math.min(documents.size(), from + BATCH)));
            }
            index.promote(target);
            index.refresh();
            return documents.size();
        } catch (RuntimeException e) {
            index.discard(target);
            throw e;
        }
    }

    private void bulk(String target, List<? extends IndexedDocument> batch) {
        BulkRequest.Builder request = new BulkRequest.Builder().index(target);
        for (IndexedDocument doc : batch) {
            request.operations(op -> op.index(i -> i.id(doc.id()).document(doc)));
        }
        try {
            BulkResponse response = connection.client().bulk(request.build());
            if (response.errors()) {
                BulkResponseItem failed = response.items().stream().filter(i -> i.error() != null).findFirst().orElseThrow();
                throw new SearchUnavailableException("Elasticsearch rejected document " + failed.id()
                        + " in " + target + ": " + failed.error().reason());
            }
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch at " + connection.endpoint() + " failed during bulk indexing: "
                    + SearchConnection.describe(e), e);
        }
    }
}
