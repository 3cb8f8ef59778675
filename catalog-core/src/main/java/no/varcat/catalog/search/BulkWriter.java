package no.varcat.catalog.search;

import java.io.IOException;
import java.util.List;

import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;

/** Sends index and delete operations in batches, failing on the first document Elasticsearch rejects. */
final class BulkWriter {

    private static final int BATCH = 1_000;

    private BulkWriter() {
    }

    static BulkOperation index(IndexedDocument doc) {
        return BulkOperation.of(op -> op.index(i -> i.id(doc.id()).document(doc)));
    }

    static void write(SearchConnection connection, String target, List<BulkOperation> operations) {
        for (int from = 0; from < operations.size(); from += BATCH) {
            List<BulkOperation> batch = operations.subList(from, Math.min(operations.size(), from + BATCH));
            try {
                BulkResponse response = connection.client().bulk(BulkRequest.of(b -> b.index(target).operations(batch)));
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
}
