package no.varcat.analysis;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

@NamedComponent("varcat_lowercase")
public class LowercaseFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream input) {
        return new LowerCaseFilter(input);
    }

    // Applied to prefix/wildcard/fuzzy query terms too, otherwise "BMI*" would never match.
    @Override
    public TokenStream normalize(TokenStream input) {
        return create(input);
    }
}
