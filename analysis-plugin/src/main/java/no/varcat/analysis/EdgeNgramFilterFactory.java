package no.varcat.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.IntSetting;

/**
 * Word-prefix grams for search-as-you-type. Meant for index-time analyzers only: the query side
 * should use the same chain without this filter, or "ab" would match everything starting "a".
 */
@NamedComponent("varcat_edge_ngram")
public class EdgeNgramFilterFactory implements TokenFilterFactory {

    @AnalysisSettings
    public interface Settings {
        @IntSetting(path = "min_gram", defaultValue = 2)
        int minGram();

        @IntSetting(path = "max_gram", defaultValue = 20)
        int maxGram();
    }

    private final GramRange range;

    @Inject
    public EdgeNgramFilterFactory(Settings settings) {
        this.range = new GramRange(settings.minGram(), settings.maxGram());
    }

    public GramRange range() {
        return range;
    }

    @Override
    public TokenStream create(TokenStream input) {
        // preserveOriginal=false: words shorter than min_gram are dropped, as in Elasticsearch's own filter.
        return new EdgeNGramTokenFilter(input, range.minGram(), range.maxGram(), false);
    }
}
