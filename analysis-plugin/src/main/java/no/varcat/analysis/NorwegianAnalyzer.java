package no.varcat.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.no.NorwegianLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Standard tokenizer, lowercase, Norwegian light stemming (bokmål and nynorsk), ASCII folding.
 *
 * <p>Stemming runs before folding because the stemmer's suffix rules are written for the real
 * spelling; folding afterwards lets "dodsarsak" typed on a non-Norwegian keyboard meet "dødsårsak".
 */
public final class NorwegianAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        stream = new NorwegianLightStemFilter(stream, NorwegianVariant.BOTH.stemmerFlags());
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    // Prefix, wildcard and fuzzy terms bypass createComponents; they still need case and
    // diacritics normalised, but must not be stemmed (a stemmed prefix would miss matches).
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
