package no.varcat.catalog.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import no.varcat.catalog.register.RegisterFacts;

/**
 * Sets a register's facts (themes, coverage, quality indicators) in the documents of its variables,
 * from the index alone: the register's documents are listed from Elasticsearch (their ids and content
 * hashes, a page at a time) and those not yet up to date get a partial update of these fields only.
 * A source of rates or indicators that touches every register thus costs no read of its variables
 * from the store and no rebuilt document; and a document already up to date is not sent at all.
 * (An {@code _update_by_query} with a script would do it in one request, but the local node, the
 * integration-test distribution, has neither the painless nor the reindex module.)
 * The second part of each content hash ({@link VariableDocument#factsHash}) is set with the facts, so
 * a later comparison of hashes ({@link IndexSync}) sees the document as one written whole. The
 * register's {@code dct:modified}, which a variable without its own inherits, is not one of these
 * facts: it belongs to the register's description, whose change the change log names, and that
 * rewrites the register's variables whole.
 */
final class RegisterFactsUpdate {

    private static final int PAGE = 1_000;

    private RegisterFactsUpdate() {
    }

    /** @return how many documents of the register's variables were updated (those already up to date are not sent) */
    static long apply(SearchConnection connection, AliasedIndex index, String registerIri, RegisterFacts facts) {
        String factsHash = VariableDocument.FACTS_HASH_SEPARATOR + VariableDocument.factsHash(facts);
        long updated = 0;
        List<FieldValue> after = null;
        try {
            while (true) {
                List<FieldValue> cursor = after;
                SearchResponse<ObjectNode> page = connection.client().search(s -> {
                    s.index(index.alias()).size(PAGE).source(src -> src.filter(f -> f.includes("contentHash")))
                            .query(q -> q.term(t -> t.field("registerIri").value(registerIri)))
                            .sort(o -> o.field(f -> f.field("iri").order(SortOrder.Asc)));
                    if (cursor != null) {
                        s.searchAfter(cursor);
                    }
                    return s;
                }, ObjectNode.class);
                List<Hit<ObjectNode>> hits = page.hits().hits();
                List<BulkOperation> operations = new ArrayList<>();
                for (Hit<ObjectNode> hit : hits) {
                    String hash = hit.source() == null || hit.source().get("contentHash") == null ? ""
                            : hit.source().get("contentHash").asString();
                    int at = hash.lastIndexOf(VariableDocument.FACTS_HASH_SEPARATOR);
                    String now = (at < 0 ? hash : hash.substring(0, at)) + factsHash;
                    if (!now.equals(hash)) {
                        ObjectNode fields = fields(facts, now);
                        operations.add(BulkOperation.of(op -> op.update(u -> u.id(hit.id()).action(a -> a.doc(fields)))));
                    }
                }
                BulkWriter.write(connection, index.alias(), operations);
                updated += operations.size();
                if (hits.size() < PAGE) {
                    break;
                }
                after = hits.get(hits.size() - 1).sort();
            }
        } catch (ElasticsearchException e) {
            throw SearchConnection.outageOr(e, "Elasticsearch could not list the variables of " + registerIri + " in " + index.alias());
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch at " + connection.endpoint() + " failed while setting the facts of "
                    + registerIri + ": " + SearchConnection.describe(e), e);
        }
        if (updated > 0) {
            index.refresh();
        }
        return updated;
    }

    /** The fields {@link VariableDocument#from} takes from the register facts; a fact the register lost is set to null. */
    private static ObjectNode fields(RegisterFacts facts, String contentHash) {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        fields.putArray("themes").addAll(facts.themes().stream().map(JsonNodeFactory.instance::textNode).toList());
        if (facts.coverageRate() == null) {
            fields.putNull("coverageRate");
            fields.putNull("coverageYear");
        } else {
            fields.put("coverageRate", facts.coverageRate().doubleValue());
            if (facts.coverageYear() == null) {
                fields.putNull("coverageYear");
            } else {
                fields.put("coverageYear", facts.coverageYear().intValue());
            }
        }
        fields.put("coverageBand", CoverageBand.of(facts.coverageRate()).param());
        fields.put("hasQualityIndicators", facts.hasQualityIndicators());
        fields.put("contentHash", contentHash);
        return fields;
    }
}
