package no.varcat.catalog.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;

/**
 * Which registers hold which concepts, for the coverage matrix: per concept an aggregation of the
 * matching variables by register (how many, the years they span, the best few), all concepts in one
 * multi-search. Nothing is read per variable: the cost is a bounded number of aggregations over the
 * index, whatever the catalog's size.
 */
public final class ConceptCoverageSearch {

    /** Concepts compared at once: each is one search of the multi-search. */
    public static final int MAX_CONCEPTS = 10;
    /** Registers per concept; Norway has about 70 national and quality registers. */
    public static final int MAX_REGISTERS = 100;
    /** Matching variables shown (and added to the list) per register and concept. */
    public static final int VARIABLES_SHOWN = 5;

    private static final String REGISTERS = "registers";
    private static final String[] SHOWN_FIELDS = {"iri", "notation", "labelNb", "labelEn", "firstYear", "lastYear",
        "registerTitleNb", "registerTitleEn"};

    private final SearchConnection connection;
    private final String alias;

    public ConceptCoverageSearch(SearchConnection connection, String alias) {
        this.connection = connection;
        this.alias = alias;
    }

    /**
     * For each concept (at most {@link #MAX_CONCEPTS}; more are left out), in the order given, the
     * registers holding it with variables whose years overlap {@code years}; one request to
     * Elasticsearch. A concept without a term or variables holds nothing.
     */
    public List<List<RegisterCell>> find(List<ConceptColumn> concepts, YearRange years) {
        List<ConceptColumn> asked = concepts.stream().limit(MAX_CONCEPTS).toList();
        if (asked.isEmpty()) {
            return List.of();
        }
        Query inYears = VariableSearch.yearFilter(years == null ? YearRange.ANY : years);
        List<RequestItem> searches = asked.stream().map(c -> search(holds(c), inYears)).toList();
        try {
            MsearchResponse<Void> response = connection.client().msearch(m -> m.searches(searches), Void.class);
            List<List<RegisterCell>> columns = new ArrayList<>();
            for (MultiSearchResponseItem<Void> item : response.responses()) {
                if (item.isFailure()) {
                    throw new SearchUnavailableException("Elasticsearch could not aggregate a concept over " + alias + ": "
                            + item.failure().error().reason());
                }
                columns.add(cells(item.result().aggregations().get(REGISTERS)));
            }
            return columns;
        } catch (ElasticsearchException e) {
            throw SearchConnection.outageOr(e, "Elasticsearch at " + connection.endpoint() + " cannot aggregate " + alias + " now");
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch at " + connection.endpoint() + " did not answer a coverage matrix: "
                    + SearchConnection.describe(e), e);
        }
    }

    private RequestItem search(Query concept, Query inYears) {
        return RequestItem.of(r -> r
                .header(h -> h.index(alias))
                .body(b -> b
                        .size(0)
                        .query(q -> q.bool(bool -> bool.must(concept).filter(inYears)))
                        .aggregations(REGISTERS, a -> a
                                .terms(t -> t.field("registerIri").size(MAX_REGISTERS))
                                .aggregations("firstYear", f -> f.min(m -> m.field("firstYear")))
                                .aggregations("lastYear", f -> f.max(m -> m.field("lastYear")))
                                .aggregations("stillCollected", f -> f.missing(m -> m.field("lastYear")))
                                .aggregations("best", f -> f.topHits(th -> th
                                        .size(VARIABLES_SHOWN)
                                        .source(s -> s.filter(sf -> sf.includes(List.of(SHOWN_FIELDS)))))))));
    }

    /**
     * A variable holds a term when its name says it: labels in any language and the notation, every
     * word of the term (with the synonyms and health terms), or the notation typed exactly. Not the
     * definitions: "fødselsvekt under 1000 gram" in a definition does not make a variable a birth weight.
     */
    static Query holds(ConceptColumn concept) {
        if (concept.text() != null) {
            String term = concept.text();
            Query names = Query.of(b -> b.multiMatch(m -> m
                    .query(term)
                    .type(TextQueryType.BestFields)
                    .operator(Operator.And)
                    .fields("labelNb^4", "labelNn^3", "labelEn^3", "notation.text^3")));
            return Query.of(b -> b.bool(bool -> bool.should(VariableSearch.exactNotation(term), names).minimumShouldMatch("1")));
        }
        if (concept.variableIris().isEmpty()) {
            return Query.of(b -> b.matchNone(n -> n));
        }
        List<FieldValue> iris = concept.variableIris().stream().map(FieldValue::of).toList();
        return Query.of(b -> b.terms(t -> t.field("iri").terms(v -> v.value(iris))));
    }

    private static List<RegisterCell> cells(Aggregate registers) {
        List<RegisterCell> cells = new ArrayList<>();
        for (StringTermsBucket bucket : registers.sterms().buckets().array()) {
            List<RegisterCell.CellVariable> shown = new ArrayList<>();
            String titleNb = null;
            String titleEn = null;
            for (Hit<JsonData> hit : bucket.aggregations().get("best").topHits().hits().hits()) {
                Shown v = hit.source().to(Shown.class);
                shown.add(new RegisterCell.CellVariable(v.iri(), v.notation(), v.labelNb(), v.labelEn(), v.firstYear(), v.lastYear()));
                titleNb = titleNb == null ? v.registerTitleNb() : titleNb;
                titleEn = titleEn == null ? v.registerTitleEn() : titleEn;
            }
            boolean stillCollected = bucket.aggregations().get("stillCollected").missing().docCount() > 0;
            Integer first = year(bucket.aggregations().get("firstYear").min().value());
            Integer last = stillCollected ? null : year(bucket.aggregations().get("lastYear").max().value());
            String iri = bucket.key().stringValue();
            cells.add(new RegisterCell(iri, titleNb == null ? iri : titleNb, titleEn, bucket.docCount(), first, last,
                    stillCollected, shown));
        }
        return cells;
    }

    /** The fields of a variable document the matrix shows ({@link #SHOWN_FIELDS}). */
    record Shown(String iri, String notation, String labelNb, String labelEn, Integer firstYear, Integer lastYear,
            String registerTitleNb, String registerTitleEn) {
    }

    /** A min or max over no values is absent (null or not finite). */
    private static Integer year(Double value) {
        return value == null || value.isNaN() || value.isInfinite() ? null : (int) Math.round(value);
    }
}
