package no.varcat.catalog.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

/**
 * One register's variables a page at a time, from the variables index: in technical-name order,
 * narrowed by what a researcher typed, with the counts the register page needs (how many variables
 * the register has, how many have a definition and a described value domain) as aggregations of
 * the same request. The cost of a page does not grow with the register: search_after from a
 * {@link PageCursor}, or skipping for the first pages.
 */
public final class RegisterVariables {

    public static final int MAX_PAGE_SIZE = 100;
    /** Elasticsearch skips at most this many hits (index.max_result_window); deeper pages need a cursor. */
    public static final int MAX_SKIPPED = 10_000;
    /** Words beyond these are ignored: nobody narrows a list with more, and each costs a clause. */
    static final int MAX_WORDS = 16;
    /** Variables handed out beside the page in technical-name order, unfiltered (top_hits allows 100). */
    public static final int SAMPLE_SIZE = 100;

    private static final String ALL = "all";
    private static final String DEFINED = "defined";
    private static final String VALUE_DOMAIN = "valueDomain";
    private static final String SAMPLE = "sample";

    private final SearchConnection connection;
    private final String alias;

    public RegisterVariables(SearchConnection connection, String alias) {
        this.connection = connection;
        this.alias = alias;
    }

    /**
     * A page of the register's variables matching {@code filter} (every word must match the technical
     * name, a label or a definition, in any language; blank keeps all).
     *
     * @param from   variables to skip, ignored with a cursor; at most {@link #MAX_SKIPPED} minus {@code size}
     * @param cursor where the page starts ({@link RegisterVariablePage#lastCursor()} of the page before,
     *               or backward from {@link RegisterVariablePage#firstCursor()} of the page after); null pages by {@code from}
     * @throws IllegalArgumentException for a size, an offset or a cursor that cannot give a page
     */
    public RegisterVariablePage page(String registerIri, String filter, int from, PageCursor cursor, int size) {
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("A page holds 1 to " + MAX_PAGE_SIZE + " variables, not " + size);
        }
        if (cursor == null && (from < 0 || from + size > MAX_SKIPPED)) {
            throw new IllegalArgumentException("Pages past " + MAX_SKIPPED + " variables are reached with a cursor");
        }
        if (cursor != null && !fits(cursor)) {
            throw new IllegalArgumentException("The cursor is not one of this list's");
        }
        boolean backward = cursor != null && cursor.backward();
        Query inRegister = Query.of(b -> b.term(t -> t.field("registerIri").value(registerIri)));
        Query matching = matching(filter);
        try {
            SearchResponse<VariableDocument> response = connection.client().search(s -> {
                s.index(alias)
                        .query(inRegister)
                        .postFilter(matching)
                        .sort(order(backward))
                        .size(size)
                        .trackTotalHits(t -> t.enabled(true))
                        .aggregations(ALL, a -> a.filter(f -> f.matchAll(m -> m)))
                        .aggregations(DEFINED, a -> a.filter(f -> f.bool(b -> b
                                .should(exists("definitionNb"), exists("definitionNn"), exists("definitionEn"))
                                .minimumShouldMatch("1"))))
                        .aggregations(VALUE_DOMAIN, a -> a.filter(f -> f.bool(b -> b
                                .mustNot(n -> n.term(t -> t.field("valueType").value(ValueType.OTHER.param()))))))
                        .aggregations(SAMPLE, a -> a.topHits(t -> t.size(SAMPLE_SIZE).sort(order(false))
                                .source(src -> src.filter(f -> f.includes("iri", "notation", "labelNb", "labelNn", "labelEn")))));
                return cursor == null ? s.from(from) : s.searchAfter(cursor.sortValues());
            }, VariableDocument.class);
            List<Hit<VariableDocument>> hits = new ArrayList<>(response.hits().hits());
            if (backward) {
                Collections.reverse(hits);
            }
            Map<String, Aggregate> aggregations = response.aggregations();
            List<RegisterVariablePage.Named> sample = aggregations.get(SAMPLE).topHits().hits().hits().stream()
                    .map(h -> h.source().to(RegisterVariablePage.Named.class)).toList();
            long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
            return new RegisterVariablePage(aggregations.get(ALL).filter().docCount(), total,
                    hits.stream().map(Hit::source).toList(),
                    aggregations.get(DEFINED).filter().docCount(), aggregations.get(VALUE_DOMAIN).filter().docCount(),
                    sample,
                    hits.isEmpty() ? null : PageCursor.after(hits.get(0).sort()).token(),
                    hits.isEmpty() ? null : PageCursor.after(hits.get(hits.size() - 1).sort()).token());
        } catch (ElasticsearchException e) {
            // Only a cursor a client made up gets past the checks above to be refused here.
            throw new IllegalArgumentException("Elasticsearch refused the page: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch at " + connection.endpoint()
                    + " did not answer for a register's variables: " + SearchConnection.describe(e), e);
        }
    }

    /** How many variables the index holds of the register: Elasticsearch counts them from its terms, not one by one. */
    public long count(String registerIri) {
        try {
            return connection.client().count(c -> c.index(alias)
                    .query(q -> q.term(t -> t.field("registerIri").value(registerIri)))).count();
        } catch (ElasticsearchException e) {
            throw SearchConnection.outageOr(e, "Elasticsearch at " + connection.endpoint() + " cannot count in " + alias + " now");
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch at " + connection.endpoint()
                    + " did not answer for a register's variables: " + SearchConnection.describe(e), e);
        }
    }

    /** Technical name, then IRI, so that no two variables tie and a cursor says exactly where a page starts. */
    private static List<SortOptions> order(boolean backward) {
        SortOrder direction = backward ? SortOrder.Desc : SortOrder.Asc;
        return List.of(SortOptions.of(o -> o.field(f -> f.field("notation").order(direction))),
                SortOptions.of(o -> o.field(f -> f.field("iri").order(direction))));
    }

    /** Our sort has two string values; anything else came from another list or was made up. */
    private static boolean fits(PageCursor cursor) {
        return cursor.sortValues().size() == 2 && cursor.sortValues().stream().allMatch(FieldValue::isString);
    }

    /**
     * Every word typed must match somewhere: the start of the technical name (any case), the analysed
     * labels and definitions (Norwegian stemming, æøå folding, synonyms), or the start of a word of
     * the bokmål label ("fodsel" finds «Fødselsvekt»).
     */
    static Query matching(String filter) {
        List<String> words = words(filter);
        if (words.isEmpty()) {
            return Query.of(b -> b.matchAll(m -> m));
        }
        List<Query> each = words.stream().map(RegisterVariables::word).toList();
        return Query.of(b -> b.bool(bool -> bool.filter(each)));
    }

    private static Query word(String word) {
        return Query.of(b -> b.bool(bool -> bool
                .should(s -> s.prefix(p -> p.field("notation").value(word).caseInsensitive(true)))
                .should(s -> s.multiMatch(m -> m.query(word).type(TextQueryType.BestFields).operator(Operator.And)
                        .fields("notation.text", "labelNb", "labelNn", "labelEn", "definitionNb", "definitionNn", "definitionEn")))
                .should(s -> s.match(m -> m.field("labelNb.autocomplete").query(word).operator(Operator.And)))
                .minimumShouldMatch("1")));
    }

    static List<String> words(String filter) {
        if (filter == null || filter.isBlank()) {
            return List.of();
        }
        return Arrays.stream(filter.strip().split("\\s+")).limit(MAX_WORDS).map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    private static Query exists(String field) {
        return Query.of(b -> b.exists(e -> e.field(field)));
    }
}
