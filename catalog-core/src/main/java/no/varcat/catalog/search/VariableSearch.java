package no.varcat.catalog.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;

/** Full-text search over variables: codes first, then Norwegian-analysed labels and definitions. */
public final class VariableSearch {

    public static final int MAX_PAGE_SIZE = 100;

    private final SearchConnection connection;
    private final String alias;

    public VariableSearch(SearchConnection connection, String alias) {
        this.connection = connection;
        this.alias = alias;
    }

    public VariableSearchResult search(String text, int from, int size) {
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int offset = Math.max(0, from);
        String q = text == null ? "" : text.strip();
        Query query = q.isEmpty() ? Query.of(b -> b.matchAll(m -> m)) : relevance(q);
        try {
            SearchResponse<VariableDocument> response = connection.client().search(s -> s
                    .index(alias)
                    .query(query)
                    .from(offset)
                    .size(pageSize)
                    .trackTotalHits(t -> t.enabled(true))
                    .highlight(h -> h
                            .encoder(HighlighterEncoder.Html)
                            .preTags("<mark>").postTags("</mark>")
                            .fields("labelNb", f -> f.numberOfFragments(0))
                            .fields("definitionNb", f -> f.fragmentSize(200).numberOfFragments(1))),
                    VariableDocument.class);
            List<VariableHit> hits = response.hits().hits().stream().map(VariableSearch::toHit).toList();
            long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
            return new VariableSearchResult(q, total, offset, hits);
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch at " + connection.endpoint() + " did not answer a search: "
                    + SearchConnection.describe(e), e);
        }
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

    /** Forgives one or two typos, ranked below exact analysed matches. */
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

    private static Query relevance(String q) {
        return Query.of(b -> b.bool(bool -> bool
                .should(exactNotation(q), analysedText(q), typoTolerant(q), labelPrefix(q))
                .minimumShouldMatch("1")));
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
