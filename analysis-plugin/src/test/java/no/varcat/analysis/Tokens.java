package no.varcat.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Runs text through analyzers and filter chains and collects what comes out. */
final class Tokens {

    /** A term and the position it ended up at (0-based). */
    record Token(String term, int position) {
    }

    private Tokens() {
    }

    static List<String> terms(Analyzer analyzer, String text) {
        return positioned(analyzer, text).stream().map(Token::term).toList();
    }

    /** Standard tokenizer followed by the given filters, in order. */
    static List<String> terms(String text, TokenFilterFactory... filters) {
        return positioned(text, filters).stream().map(Token::term).toList();
    }

    /** Consumes (and closes) an already built stream. */
    static List<String> terms(TokenStream stream) {
        return collect(stream).stream().map(Token::term).toList();
    }

    static List<Token> positioned(Analyzer analyzer, String text) {
        return collect(analyzer.tokenStream("field", text));
    }

    static List<Token> positioned(String text, TokenFilterFactory... filters) {
        Tokenizer tokenizer = new StandardTokenizer();
        tokenizer.setReader(new StringReader(text));
        TokenStream stream = tokenizer;
        for (TokenFilterFactory filter : filters) {
            stream = filter.create(stream);
        }
        return collect(stream);
    }

    private static List<Token> collect(TokenStream stream) {
        List<Token> tokens = new ArrayList<>();
        try (stream) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(new Token(term.toString(), position));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
