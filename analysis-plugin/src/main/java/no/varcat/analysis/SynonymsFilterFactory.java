package no.varcat.analysis;

import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalysisMode;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.ListSetting;

/**
 * Query-time synonyms in Solr format ("bmi, kroppsmasseindeks", "hjerteinfarkt => infarkt").
 * Place it after lowercasing and before stemming/folding so the synonyms get the same treatment
 * as indexed text.
 */
@NamedComponent("varcat_synonyms")
public class SynonymsFilterFactory implements TokenFilterFactory {

    @AnalysisSettings
    public interface Settings {
        @ListSetting(path = "synonyms")
        List<String> synonyms();

        @BooleanSetting(path = "expand", defaultValue = true)
        boolean expand();
    }

    // Null when no rules are configured; the filter is then a pass-through.
    private final SynonymMap synonymMap;

    @Inject
    public SynonymsFilterFactory(Settings settings) {
        this.synonymMap = SynonymRules.parse(settings.synonyms(), settings.expand());
    }

    @Override
    public TokenStream create(TokenStream input) {
        return synonymMap == null ? input : new SynonymGraphFilter(input, synonymMap, true);
    }

    // Token graphs cannot be indexed faithfully (multi-word synonyms lose their positions). Declaring
    // search-time mode makes the server reject this filter in index analyzers with a clear error.
    @Override
    public AnalysisMode getAnalysisMode() {
        return AnalysisMode.SEARCH_TIME;
    }
}
