package no.varcat.catalog.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;

/** Full-text search over registers: identifiers first, then Norwegian-analysed titles and descriptions. */
public final class RegisterSearch {

    private final SearchConnection connection;
    private final String alias;

    public RegisterSearch(SearchConnection connection, String alias) {
        this.connection = connection;
        this.alias = alias;
    }

    /** The order of the registers tab. */
    public enum Sort {
        /** Best match first; without text, by title. */
        RELEVANCE("relevance"),
        /** Highest quality score first (docs/quality.md); registers not yet scored last. */
        QUALITY("quality");

        private final String param;

        Sort(String param) {
            this.param = param;
        }

        public String param() {
            return param;
        }

        /** The sort a URL parameter names; anything else is relevance. */
        public static Sort fromParam(String param) {
            for (Sort sort : values()) {
                if (sort.param.equals(param)) {
                    return sort;
                }
            }
            return RELEVANCE;
        }
    }

    /** Best match first; without text, every register by title. */
    public RegisterSearchResult search(String text, int from, int size) {
        return search(text, from, size, Sort.RELEVANCE, null);
    }

    /**
     * @param minQuality only registers with at least this quality score in percent; null: all, scored or not
     */
    public RegisterSearchResult search(String text, int from, int size, Sort sort, Integer minQuality) {
        String q = text == null ? "" : text.strip();
        int start = Math.max(0, from);
        int pageSize = Math.max(1, Math.min(size, VariableSearch.MAX_PAGE_SIZE));
        Query matching = q.isEmpty() ? Query.of(b -> b.matchAll(m -> m)) : relevance(q);
        Query query = minQuality == null ? matching : Query.of(b -> b.bool(bool -> bool.must(matching)
                .filter(f -> f.range(r -> r.number(n -> n.field("qualityScore").gte((double) minQuality))))));
        List<SortOptions> order = new java.util.ArrayList<>();
        if (sort == Sort.QUALITY) {
            order.add(SortOptions.of(o -> o.field(f -> f.field("qualityScore").order(SortOrder.Desc)
                    .missing(co.elastic.clients.elasticsearch._types.FieldValue.of("_last")))));
        }
        order.add(SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc))));
        order.add(SortOptions.of(o -> o.field(f -> f.field("titleNb.sort").order(SortOrder.Asc))));
        order.add(SortOptions.of(o -> o.field(f -> f.field("iri").order(SortOrder.Asc))));
        try {
            SearchResponse<RegisterDocument> response = connection.client().search(s -> s
                    .index(alias)
                    .query(query)
                    .sort(order)
                    .from(start)
                    .size(pageSize)
                    .trackTotalHits(t -> t.enabled(true))
                    .highlight(h -> h
                            // Marks what the text matched, not the typos: see VariableSearch.typoTolerant.
                            .highlightQuery(q.isEmpty() ? null : analysedText(q))
                            .encoder(HighlighterEncoder.Html)
                            .preTags("<mark>").postTags("</mark>")
                            .fields("titleNb", f -> f.numberOfFragments(0))
                            .fields("descriptionNb", f -> f.fragmentSize(200).numberOfFragments(1))),
                    RegisterDocument.class);
            List<RegisterHit> hits = response.hits().hits().stream().map(RegisterSearch::toHit).toList();
            long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
            return new RegisterSearchResult(q, total, start, hits);
        } catch (ElasticsearchException e) {
            throw SearchConnection.outageOr(e, "Elasticsearch at " + connection.endpoint() + " cannot search " + alias + " now");
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch at " + connection.endpoint() + " did not answer a search: "
                    + SearchConnection.describe(e), e);
        }
    }

    /** A register's identifier typed exactly ranks above anything found in the text. */
    static Query exactIdentifier(String q) {
        return Query.of(b -> b.term(t -> t.field("identifier").value(q).caseInsensitive(true).boost(20f)));
    }

    /** Titles, keywords and descriptions, Norwegian-stemmed and folded, with search-time synonyms. */
    static Query analysedText(String q) {
        return Query.of(b -> b.multiMatch(m -> m
                .query(q)
                .type(TextQueryType.BestFields)
                .fields("titleNb^4", "titleEn^3", "keywords^2", "descriptionNb", "descriptionEn", "publisherName")));
    }

    /** Forgives one or two typos, ranked below exact analysed matches. */
    static Query typoTolerant(String q) {
        return Query.of(b -> b.multiMatch(m -> m
                .query(q)
                .type(TextQueryType.BestFields)
                .fields("titleNb^2", "titleEn", "descriptionNb^0.5")
                .fuzziness("AUTO")
                .prefixLength(1)
                .boost(0.3f)));
    }

    /** Words being typed: prefixes of title words. */
    static Query titlePrefix(String q) {
        return Query.of(b -> b.match(m -> m.field("titleNb.autocomplete").query(q).boost(0.5f)));
    }

    private static Query relevance(String q) {
        return Query.of(b -> b.bool(bool -> bool
                .should(exactIdentifier(q), analysedText(q), typoTolerant(q), titlePrefix(q))
                .minimumShouldMatch("1")));
    }

    private static RegisterHit toHit(Hit<RegisterDocument> hit) {
        Map<String, List<String>> highlight = hit.highlight();
        return new RegisterHit(hit.source(), first(highlight, "titleNb"), first(highlight, "descriptionNb"));
    }

    private static String first(Map<String, List<String>> highlight, String field) {
        List<String> fragments = highlight == null ? null : highlight.get(field);
        return fragments == null || fragments.isEmpty() ? null : fragments.get(0);
    }
}
