package no.varcat.catalog.search;

import java.io.IOException;
import java.util.List;

import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import no.varcat.catalog.variable.VariableSummary;

/** Writes variables to the search index. */
public final class VariableIndexer {

    private static final int BATCH = 1_000;

    private final SearchConnection connection;
    private final AliasedIndex index;

    public VariableIndexer(SearchConnection connection, AliasedIndex index) {
        this.connection = connection;
        this.index = index;
    }

    /**
     * Builds a new index with exactly {@code variables} and swaps the alias to it; searches keep
     * using the old index until the new one is complete. Returns the number indexed.
     */
    public int reindexAll(List<VariableSummary> variables) {
        String target = index.createConcreteIndex();
        try {
            for (int from = 0; from < variables.size(); from += BATCH) {
                bulk(target, variables.subList(from, Math.min(variables.size(), from + BATCH)));
            }
            index.promote(target);
            index.refresh();
            return variables.size();
        } catch (RuntimeException e) {
            index.discard(target);
            throw e;
        }
    }

    private void bulk(String target, List<VariableSummary> batch) {
        BulkRequest.Builder request = new BulkRequest.Builder().index(target);
        for (VariableSummary v : batch) {
            VariableDocument doc = VariableDocument.from(v);
            request.operations(op -> op.index(i -> i.id(doc.id()).document(doc)));
        }
        try {
            BulkResponse response = connection.client().bulk(request.build());
            if (response.errors()) {
                BulkResponseItem failed = response.items().stream().filter(i -> i.error() != null).findFirst().orElseThrow();
                throw new SearchUnavailableException("Elasticsearch rejected variable document " + failed.id()
                        + " in " + target + ": " + failed.error().reason());
            }
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch at " + connection.endpoint() + " failed during bulk indexing: "
                    + SearchConnection.describe(e), e);
        }
    }
}
