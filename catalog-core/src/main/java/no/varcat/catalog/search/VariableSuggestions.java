package no.varcat.catalog.search;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

/**
 * Suggestions for a search box as it is typed into: a technical name starting with the text first,
 * then labels whose words start with the words typed (edge n-grams, folded, so "fods" finds «Fødselsvekt»).
 */
public final class VariableSuggestions {

    public static final int MAX = 8;
    /** One letter matches too much to be of help, and costs the most. */
    public static final int MIN_LENGTH = 2;
    private static final int MAX_LENGTH = 100;

    private final SearchConnection connection;
    private final String alias;

    public VariableSuggestions(SearchConnection connection, String alias) {
        this.connection = connection;
        this.alias = alias;
    }

    public List<VariableSuggestion> suggest(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.length() < MIN_LENGTH || text.length() > MAX_LENGTH) {
            return List.of();
        }
        Query notationPrefix = Query.of(b -> b.prefix(p -> p.field("notation").value(text).caseInsensitive(true).boost(10f)));
        Query labelPrefix = Query.of(b -> b.match(m -> m.field("labelNb.autocomplete").query(text).operator(Operator.And)));
        try {
            SearchResponse<VariableSuggestion> response = connection.client().search(s -> s
                    .index(alias)
                    .query(q -> q.bool(bool -> bool.should(notationPrefix, labelPrefix).minimumShouldMatch("1")))
                    .source(src -> src.filter(f -> f.includes("iri", "notation", "labelNb", "labelEn", "registerTitleNb",
                            "registerTitleEn")))
                    .sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
                    .sort(o -> o.field(f -> f.field("labelNb.sort")))
                    .size(MAX),
                    VariableSuggestion.class);
            return response.hits().hits().stream().map(Hit::source).filter(Objects::nonNull).toList();
        } catch (ElasticsearchException e) {
            throw SearchConnection.outageOr(e, "Elasticsearch at " + connection.endpoint() + " cannot search " + alias + " now");
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch at " + connection.endpoint() + " did not answer for suggestions: "
                    + SearchConnection.describe(e), e);
        }
    }
}
