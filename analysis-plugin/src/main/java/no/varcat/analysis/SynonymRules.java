package no.varcat.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/** Turns Solr-format synonym rules into a {@link SynonymMap}. */
final class SynonymRules {

    private SynonymRules() {
    }

    /**
     * Rules are tokenized like the text they will meet (standard tokenizer + lowercase), so they
     * are case-insensitive. Each rule is parsed on its own so an error can quote the offending rule
     * instead of Lucene's line number.
     *
     * @return the map, or {@code null} when there are no rules (SynonymGraphFilter rejects an empty map)
     */
    static SynonymMap parse(List<String> rules, boolean expand) {
        try (Analyzer ruleAnalyzer = ruleAnalyzer()) {
            SolrSynonymParser parser = new SolrSynonymParser(true, expand, ruleAnalyzer);
            for (String rule : rules) {
                parseRule(parser, rule);
            }
            SynonymMap map = parser.build();
            return map.fst == null ? null : map;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not build synonym map", e);
        }
    }

    private static void parseRule(SolrSynonymParser parser, String rule) throws IOException {
        try {
            parser.parse(new StringReader(rule));
        } catch (ParseException | IllegalArgumentException e) {
            // Lucene puts the useful detail ("term: x analyzed to a zero-length token") in the cause.
            Throwable detail = e.getCause() != null ? e.getCause() : e;
            throw new IllegalArgumentException(
                    "Invalid synonym rule [" + rule + "] in [synonyms]: " + detail.getMessage(), e);
        }
    }

    private static Analyzer ruleAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
            }
        };
    }
}
