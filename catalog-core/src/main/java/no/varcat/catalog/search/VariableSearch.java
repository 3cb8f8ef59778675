package no.varcat.catalog.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;

import no.varcat.vocab.ControlledTerms;

/** Full-text search over variables: codes first, then Norwegian-analysed labels and definitions. */
public final class VariableSearch {

    public static final int MAX_PAGE_SIZE = 100;
    static final String REGISTER_FACET = "register";
    static final String CODE_LIST_FACET = "codeList";
    static final String PUBLISHER_FACET = "publisher";
    static final String VALUE_TYPE_FACET = "valueType";
    static final String THEME_FACET = "theme";
    static final String COVERAGE_FACET = "coverage";
    static final String INDICATORS_FACET = "indicators";
    static final String TEMPORALITY_FACET = "temporality";
    static final String UNIT_TYPE_FACET = "unitType";
    private static final String YEARS = "years";
    /** Norway has about 70 national and quality registers; room for all of them and more. */
    private static final int MAX_FACET_VALUES = 200;

    private final SearchConnection connection;
    private final String alias;

    public VariableSearch(SearchConnection connection, String alias) {
        this.connection = connection;
        this.alias = alias;
    }

    public VariableSearchResult search(String text, int from, int size) {
        return search(VariableQuery.text(text, from, size));
    }

    /**
     * Facet filters go in the post filter and each facet is counted under the other facets'
     * filters only, so choosing a register still shows what the other registers would give. A
     * cursor that does not fit the order (a URL edited by hand, or from before a change of the
     * sort) gives the first page rather than an error.
     */
    public VariableSearchResult search(VariableQuery request) {
        PageCursor cursor = request.cursor();
        if (cursor == null) {
            return run(request);
        }
        if (cursor.sortValues().size() != sortOptions(request.sort()).size()) {
            return run(request.at(null));
        }
        try {
            return run(request);
        } catch (ElasticsearchException e) {
            // A cursor from a URL someone edited, or from an older version of the sort: start from the top.
            return run(request.at(null));
        }
    }

    private VariableSearchResult run(VariableQuery request) {
        String q = request.text();
        Query query = q.isEmpty() ? Query.of(b -> b.matchAll(m -> m)) : relevance(q);
        Map<String, Query> filters = new LinkedHashMap<>();
        filters.put(REGISTER_FACET, termsFilter("registerIri", request.registers()));
        filters.put(CODE_LIST_FACET, booleanFilter("hasCodeList", request.hasCodeList()));
        filters.put(PUBLISHER_FACET, termsFilter("publisherName", request.publishers()));
        filters.put(VALUE_TYPE_FACET, termsFilter("valueType", request.valueTypes().stream().map(ValueType::param).toList()));
        filters.put(YEARS, yearFilter(request.years()));
        filters.put(THEME_FACET, termsFilter("themes", request.themes()));
        filters.put(COVERAGE_FACET, termsFilter("coverageBand", request.coverageBands().stream().map(CoverageBand::param).toList()));
        filters.put(INDICATORS_FACET, booleanFilter("hasQualityIndicators", request.hasQualityIndicators()));
        filters.put(TEMPORALITY_FACET, termsFilter("temporality", request.temporalities()));
        filters.put(UNIT_TYPE_FACET, termsFilter("unitType", request.unitTypes()));
        PageCursor cursor = request.cursor();
        boolean backward = cursor != null && cursor.backward();
        try {
            SearchResponse<VariableDocument> response = connection.client().search(s -> withCursor(s, cursor)
                    .index(alias)
                    .query(query)
                    .postFilter(allExcept(filters, null))
                    .aggregations(REGISTER_FACET, a -> a
                            .filter(allExcept(filters, REGISTER_FACET))
                            .aggregations("values", v -> v
                                    .terms(t -> t.field("registerIri").size(MAX_FACET_VALUES))
                                    .aggregations("titleNb", t -> t.terms(tt -> tt.field("registerTitleNb.keyword").size(1)))
                                    .aggregations("titleEn", t -> t.terms(tt -> tt.field("registerTitleEn.keyword").size(1)))))
                    .aggregations(CODE_LIST_FACET, a -> a
                            .filter(allExcept(filters, CODE_LIST_FACET))
                            .aggregations("values", v -> v.terms(t -> t.field("hasCodeList"))))
                    .aggregations(PUBLISHER_FACET, a -> a
                            .filter(allExcept(filters, PUBLISHER_FACET))
                            .aggregations("values", v -> v
                                    .terms(t -> t.field("publisherName").size(MAX_FACET_VALUES))
                                    .aggregations("nameEn", t -> t.terms(tt -> tt.field("publisherNameEn").size(1)))))
                    .aggregations(VALUE_TYPE_FACET, a -> a
                            .filter(allExcept(filters, VALUE_TYPE_FACET))
                            .aggregations("values", v -> v.terms(t -> t.field("valueType").size(ValueType.values().length))))
                    .aggregations(THEME_FACET, a -> a
                            .filter(allExcept(filters, THEME_FACET))
                            .aggregations("values", v -> v.terms(t -> t.field("themes").size(MAX_FACET_VALUES))))
                    .aggregations(COVERAGE_FACET, a -> a
                            .filter(allExcept(filters, COVERAGE_FACET))
                            .aggregations("values", v -> v.terms(t -> t.field("coverageBand").size(CoverageBand.values().length))))
                    .aggregations(INDICATORS_FACET, a -> a
                            .filter(allExcept(filters, INDICATORS_FACET))
                            .aggregations("values", v -> v.terms(t -> t.field("hasQualityIndicators"))))
                    .aggregations(TEMPORALITY_FACET, a -> a
                            .filter(allExcept(filters, TEMPORALITY_FACET))
                            .aggregations("values", v -> v.terms(t -> t.field("temporality").size(MAX_FACET_VALUES))))
                    .aggregations(UNIT_TYPE_FACET, a -> a
                            .filter(allExcept(filters, UNIT_TYPE_FACET))
                            .aggregations("values", v -> v.terms(t -> t.field("unitType").size(MAX_FACET_VALUES))))
                    .sort(sortOptions(request.sort(), backward))
                    .suggest(q.isEmpty() ? null : SpellingSuggestion.suggester(q, "labelNb.suggest"))
                    .from(cursor == null ? request.from() : null)
                    .size(request.size())
                    .trackTotalHits(t -> t.enabled(true))
                    // A first page (the search page opened, a facet picked) is asked for again and again between two
                    // refreshes: Elasticsearch answers it from the shard request cache, aggregations and all. It
                    // caches no request with hits unless asked; a page further on is seldom asked twice.
                    .requestCache(cursor == null && request.from() == 0)
                    .highlight(h -> h
                            .highlightQuery(q.isEmpty() ? null : analysedText(q))
                            .encoder(HighlighterEncoder.Html)
                            .preTags("<mark>").postTags("</mark>")
                            .fields("labelNb", f -> f.numberOfFragments(0))
                            .fields("definitionNb", f -> f.fragmentSize(200).numberOfFragments(1))),
                    VariableDocument.class);
            List<Hit<VariableDocument>> page = new ArrayList<>(response.hits().hits());
            if (backward) {
                Collections.reverse(page);
            }
            List<VariableHit> hits = page.stream().map(VariableSearch::toHit).toList();
            long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
            Map<String, Aggregate> facets = response.aggregations();
            return new VariableSearchResult(q, total, request.from(), hits,
                    VariableFacets.registers(facets.get(REGISTER_FACET), request.registers()),
                    VariableFacets.codeList(facets.get(CODE_LIST_FACET), request.hasCodeList()),
                    VariableFacets.publishers(facets.get(PUBLISHER_FACET), request.publishers()),
                    VariableFacets.valueTypes(facets.get(VALUE_TYPE_FACET), request.valueTypes()),
                    VariableFacets.themes(facets.get(THEME_FACET), request.themes()),
                    VariableFacets.coverageBands(facets.get(COVERAGE_FACET), request.coverageBands()),
                    VariableFacets.yesNo(facets.get(INDICATORS_FACET), request.hasQualityIndicators()),
                    total == 0 ? SpellingSuggestion.from(q, response.suggest()) : null,
                    page.isEmpty() ? null : PageCursor.after(page.get(0).sort()).token(),
                    page.isEmpty() ? null : PageCursor.after(page.get(page.size() - 1).sort()).token(),
                    cursor != null,
                    VariableFacets.concepts(facets.get(TEMPORALITY_FACET), request.temporalities(), ControlledTerms.TEMPORALITY),
                    VariableFacets.concepts(facets.get(UNIT_TYPE_FACET), request.unitTypes(), ControlledTerms.UNIT_TYPES));
        } catch (ElasticsearchException e) {
            throw SearchConnection.outageOr(e, "Elasticsearch at " + connection.endpoint() + " cannot search " + alias + " now");
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch at " + connection.endpoint() + " did not answer a search: "
                    + SearchConnection.describe(e), e);
        }
    }

    /**
     * Every sort ends with the IRI, so that no two hits tie: equal names keep one order from page
     * to page, and the sort values of a hit say exactly where a page after (or before) it starts.
     * Backward is the same order reversed, missing values included, for the page before a cursor.
     */
    static List<SortOptions> sortOptions(VariableSort sort, boolean backward) {
        SortOptions iri = field("iri", SortOrder.Asc, backward);
        SortOptions label = field("labelNb.sort", SortOrder.Asc, backward);
        return switch (sort) {
            case RELEVANCE -> List.of(SortOptions.of(o -> o.score(sc -> sc.order(backward ? SortOrder.Asc : SortOrder.Desc))), iri);
            case NAME -> List.of(label, iri);
            case REGISTER -> List.of(field("registerTitleNb.keyword", SortOrder.Asc, backward), label, iri);
            case CHANGED -> List.of(field("modified", SortOrder.Desc, backward), label, iri);
        };
    }

    static List<SortOptions> sortOptions(VariableSort sort) {
        return sortOptions(sort, false);
    }

    private static SearchRequest.Builder withCursor(SearchRequest.Builder search, PageCursor cursor) {
        return cursor == null ? search : search.searchAfter(cursor.sortValues());
    }

    /** Missing values last going forward, so first going backward. */
    private static SortOptions field(String field, SortOrder order, boolean backward) {
        SortOrder direction = backward ? (order == SortOrder.Asc ? SortOrder.Desc : SortOrder.Asc) : order;
        return SortOptions.of(o -> o.field(f -> f.field(field).order(direction).missing(backward ? "_first" : "_last")));
    }

    private static Query booleanFilter(String field, Boolean chosen) {
        if (chosen == null) {
            return Query.of(b -> b.matchAll(m -> m));
        }
        return Query.of(b -> b.term(t -> t.field(field).value(chosen)));
    }

    private static Query termsFilter(String field, List<String> chosen) {
        if (chosen.isEmpty()) {
            return Query.of(b -> b.matchAll(m -> m));
        }
        List<FieldValue> values = chosen.stream().map(FieldValue::of).toList();
        return Query.of(b -> b.terms(t -> t.field(field).terms(v -> v.value(values))));
    }

    /**
     * Variables whose years overlap the range: first year at most {@code to}, last year at least
     * {@code from} or open (still collected). Variables without a known first year never match.
     */
    static Query yearFilter(YearRange years) {
        if (years.isAny()) {
            return Query.of(b -> b.matchAll(m -> m));
        }
        Query starts = years.to() == null
                ? Query.of(b -> b.exists(e -> e.field("firstYear")))
                : Query.of(b -> b.range(r -> r.number(n -> n.field("firstYear").lte(years.to().doubleValue()))));
        if (years.from() == null) {
            return starts;
        }
        Query endsLate = Query.of(b -> b.range(r -> r.number(n -> n.field("lastYear").gte(years.from().doubleValue()))));
        Query stillCollected = Query.of(b -> b.bool(bool -> bool.mustNot(m -> m.exists(e -> e.field("lastYear")))));
        return Query.of(b -> b.bool(bool -> bool.filter(starts)
                .filter(f -> f.bool(ends -> ends.should(endsLate, stillCollected).minimumShouldMatch("1")))));
    }


    /** Every filter but the one named (null: every filter), so a facet counts under the others only. */
    private static Query allExcept(Map<String, Query> filters, String facet) {
        List<Query> others = filters.entrySet().stream().filter(e -> !e.getKey().equals(facet)).map(Map.Entry::getValue).toList();
        return Query.of(b -> b.bool(bool -> bool.filter(others)));
    }

    /** A technical name or code typed exactly ranks above anything found in the text. */
    static Query exactNotation(String q) {
        return Query.of(b -> b.term(t -> t.field("notation").value(q).caseInsensitive(true).boost(20f)));
    }

    /** Labels and definitions, Norwegian-stemmed and folded, with search-time synonyms. */
    static Query analysedText(String q) {
        return Query.of(b -> b.multiMatch(m -> m
                .query(q)
                .type(TextQueryType.BestFields)
                .fields("labelNb^4", "labelNn^3", "labelEn^3", "notation.text^3", "definitionNb", "definitionNn",
                        "definitionEn", "registerTitleNb^0.5")));
    }

    /**
     * Forgives one or two typos, ranked below exact analysed matches. It finds, but does not mark: the
     * highlighter builds a Levenshtein automaton for a fuzzy query on each field of each hit it marks,
     * which cost «blodtrykk» at 1M variables 930 of its 1,332 ms (Elasticsearch's profile, in
     * docs/BENCHMARKS.md); marking with {@link #analysedText} alone, the same search took 41 ms. A hit
     * found through a typo alone is shown unmarked.
     */
    static Query typoTolerant(String q) {
        return Query.of(b -> b.multiMatch(m -> m
                .query(q)
                .type(TextQueryType.BestFields)
                .fields("labelNb^2", "labelNn", "labelEn", "definitionNb^0.5")
                .fuzziness("AUTO")
                .prefixLength(1)
                .boost(0.3f)));
    }

    /** Words being typed: prefixes of label words. */
    static Query labelPrefix(String q) {
        return Query.of(b -> b.match(m -> m.field("labelNb.autocomplete").query(q).boost(0.5f)));
    }

    /**
     * A variable is found by its own text; its register's keywords only add to the score, so that a
     * query matching a keyword ranks the register's variables higher without listing all of them.
     */
    private static Query relevance(String q) {
        Query ownText = Query.of(b -> b.bool(bool -> bool
                .should(exactNotation(q), analysedText(q), typoTolerant(q), labelPrefix(q))
                .minimumShouldMatch("1")));
        return Query.of(b -> b.bool(bool -> bool.must(ownText).should(registerKeyword(q))));
    }

    /** The register's keywords, Norwegian-analysed with the synonyms, weighted like the register title. */
    static Query registerKeyword(String q) {
        return Query.of(b -> b.match(m -> m.field("registerKeywords").query(q).boost(0.5f)));
    }

    private static VariableHit toHit(Hit<VariableDocument> hit) {
        Map<String, List<String>> highlight = hit.highlight();
        return new VariableHit(hit.source(), hit.score() == null ? 0 : hit.score(),
                first(highlight, "labelNb"), first(highlight, "definitionNb"));
    }

    private static String first(Map<String, List<String>> highlight, String field) {
        List<String> fragments = highlight == null ? null : highlight.get(field);
        return fragments == null || fragments.isEmpty() ? null : fragments.get(0);
    }
}
