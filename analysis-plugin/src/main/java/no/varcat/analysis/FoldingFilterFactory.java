package no.varcat.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** ASCII folding (ø to o, å to a, æ to ae, ...) so queries typed without Norwegian letters match. */
@NamedComponent("varcat_folding")
public class FoldingFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream input) {
        return new ASCIIFoldingFilter(input);
    }

    // Same reason as for lowercasing: prefix and wildcard terms must be folded as well.
    @Override
    public TokenStream normalize(TokenStream input) {
        return create(input);
    }
}
