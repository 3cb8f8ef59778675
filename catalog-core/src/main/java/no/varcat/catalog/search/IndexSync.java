package no.varcat.catalog.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import tools.jackson.databind.node.ObjectNode;

/**
 * Brings an index in line with the documents the store now has, touching only what changed:
 * new and changed documents (by content hash) are written, vanished ones deleted, the rest left
 * alone. Without an index built from the current definition, it builds one with {@link FullReindex}.
 */
final class IndexSync {

    private static final int PAGE = 5_000;

    private final SearchConnection connection;
    private final AliasedIndex index;

    IndexSync(SearchConnection connection, AliasedIndex index) {
        this.connection = connection;
        this.index = index;
    }

    IndexChanges run(List<? extends IndexedDocument> documents) {
        return run(DocumentPages.of(documents));
    }

    /**
     * As {@link #run(List)}, a page at a time: each page's new and changed documents are written
     * before the next page is asked for. The index's ids and content hashes are held meanwhile.
     */
    IndexChanges run(DocumentPages<? extends IndexedDocument> documents) {
        if (!index.isCurrent()) {
            int added = new FullReindex(connection, index).run(documents);
            return new IndexChanges(added, 0, 0, 0);
        }
        Map<String, String> indexed = indexedHashes();
        int[] counts = new int[3];
        documents.forEach(page -> {
            List<BulkOperation> operations = new ArrayList<>();
            for (IndexedDocument doc : page) {
                String before = indexed.remove(doc.id());
                if (before == null) {
                    counts[0]++;
                } else if (before.equals(doc.contentHash())) {
                    counts[2]++;
                    continue;
                } else {
                    counts[1]++;
                }
                operations.add(BulkWriter.index(doc));
            }
            BulkWriter.write(connection, index.alias(), operations);
        });
        List<BulkOperation> deletions = new ArrayList<>();
        for (String gone : indexed.keySet()) {
            deletions.add(BulkOperation.of(op -> op.delete(d -> d.id(gone))));
        }
        BulkWriter.write(connection, index.alias(), deletions);
        // Added and changed documents were written, page by page.
        if (counts[0] + counts[1] > 0 || !deletions.isEmpty()) {
            index.refresh();
        }
        return new IndexChanges(counts[0], counts[1], counts[2], indexed.size());
    }

    /** Document id to content hash of everything in the index, paged by id with search_after. */
    private Map<String, String> indexedHashes() {
        Map<String, String> hashes = new HashMap<>();
        List<FieldValue> after = null;
        try {
            while (true) {
                List<FieldValue> cursor = after;
                SearchResponse<ObjectNode> page = connection.client().search(s -> {
                    s.index(index.alias()).size(PAGE).source(src -> src.filter(f -> f.includes("contentHash")))
                            .sort(o -> o.field(f -> f.field("iri").order(SortOrder.Asc)));
                    if (cursor != null) {
                        s.searchAfter(cursor);
                    }
                    return s;
                }, ObjectNode.class);
                List<Hit<ObjectNode>> hits = page.hits().hits();
                for (Hit<ObjectNode> hit : hits) {
                    ObjectNode source = hit.source();
                    hashes.put(hit.id(), source == null || source.get("contentHash") == null ? "" : source.get("contentHash").asString());
                }
                if (hits.size() < PAGE) {
                    return hashes;
                }
                after = hits.get(hits.size() - 1).sort();
            }
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch at " + connection.endpoint() + " failed listing " + index.alias()
                    + ": " + SearchConnection.describe(e), e);
        }
    }
}
