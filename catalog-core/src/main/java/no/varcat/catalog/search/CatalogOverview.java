package no.varcat.catalog.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;

/**
 * What the catalog holds, for the home page: counts, themes and the largest registers with their
 * latest national coverage. One aggregation over the variable index (no hits) and one count of the
 * register index, so its cost is Elasticsearch's and never grows with what a page shows.
 */
public final class CatalogOverview {

    /** Registers listed, largest first; Norway has about 70 national and quality registers. */
    static final int MAX_REGISTERS = 100;
    static final int MAX_THEMES = 30;

    private final SearchConnection connection;
    private final String variables;
    private final String registers;

    public CatalogOverview(SearchConnection connection, String variablesAlias, String registersAlias) {
        this.connection = connection;
        this.variables = variablesAlias;
        this.registers = registersAlias;
    }

    public CatalogSummary summary() {
        try {
            SearchResponse<Void> response = connection.client().search(s -> s
                    .index(variables)
                    .size(0)
                    .trackTotalHits(t -> t.enabled(true))
                    .aggregations("registers", a -> a
                            .terms(t -> t.field("registerIri").size(MAX_REGISTERS))
                            .aggregations("titleNb", t -> t.terms(tt -> tt.field("registerTitleNb.keyword").size(1)))
                            .aggregations("titleEn", t -> t.terms(tt -> tt.field("registerTitleEn.keyword").size(1)))
                            .aggregations("coverageRate", t -> t.max(m -> m.field("coverageRate")))
                            .aggregations("coverageYear", t -> t.max(m -> m.field("coverageYear"))))
                    .aggregations("themes", a -> a.terms(t -> t.field("themes").size(MAX_THEMES)))
                    .aggregations("publishers", a -> a.cardinality(c -> c.field("publisherName"))),
                    Void.class);
            long registerCount = connection.client().count(c -> c.index(registers)).count();
            long variableCount = response.hits().total() == null ? 0 : response.hits().total().value();
            return new CatalogSummary(variableCount, registerCount,
                    response.aggregations().get("publishers").cardinality().value(),
                    registers(response.aggregations().get("registers")), themes(response.aggregations().get("themes")));
        } catch (ElasticsearchException e) {
            throw SearchConnection.outageOr(e, "Elasticsearch at " + connection.endpoint() + " cannot summarise " + variables + " now");
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch at " + connection.endpoint() + " did not answer a summary: "
                    + SearchConnection.describe(e), e);
        }
    }

    private static List<CatalogSummary.RegisterCount> registers(Aggregate terms) {
        List<CatalogSummary.RegisterCount> counts = new ArrayList<>();
        for (StringTermsBucket bucket : terms.sterms().buckets().array()) {
            String iri = bucket.key().stringValue();
            Aggregate rate = bucket.aggregations().get("coverageRate");
            Aggregate year = bucket.aggregations().get("coverageYear");
            // A max over no values is absent (null or not finite), not zero: a register without coverage says nothing.
            Double coverage = finite(rate.max().value());
            Double coverageYear = finite(year.max().value());
            counts.add(new CatalogSummary.RegisterCount(iri, first(bucket.aggregations().get("titleNb"), iri),
                    first(bucket.aggregations().get("titleEn"), null), bucket.docCount(), coverage,
                    coverageYear == null ? null : coverageYear.intValue()));
        }
        return counts;
    }

    private static List<CatalogSummary.ThemeCount> themes(Aggregate terms) {
        return terms.sterms().buckets().array().stream().map(b -> new CatalogSummary.ThemeCount(b.key().stringValue(),
                ThemeLabels.nb(b.key().stringValue()), ThemeLabels.en(b.key().stringValue()), b.docCount())).toList();
    }

    private static Double finite(Double value) {
        return value == null || value.isNaN() || value.isInfinite() ? null : value;
    }

    private static String first(Aggregate terms, String fallback) {
        List<StringTermsBucket> buckets = terms.sterms().buckets().array();
        return buckets.isEmpty() ? fallback : buckets.get(0).key().stringValue();
    }
}
