package no.varcat.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.no.NorwegianLightStemFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.StringSetting;

/** Norwegian light stemming; expects lowercased input, like the Lucene stemmer it wraps. */
@NamedComponent("varcat_norwegian_stem")
public class NorwegianStemFilterFactory implements TokenFilterFactory {

    @AnalysisSettings
    public interface Settings {
        @StringSetting(path = "variant", defaultValue = "both")
        String variant();
    }

    private final NorwegianVariant variant;

    // Parsing here, not in create(), makes a bad value fail index creation instead of the first
    // document or query that reaches the filter.
    @Inject
    public NorwegianStemFilterFactory(Settings settings) {
        this.variant = NorwegianVariant.fromSetting(settings.variant());
    }

    public NorwegianVariant variant() {
        return variant;
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new NorwegianLightStemFilter(input, variant.stemmerFlags());
    }
}
