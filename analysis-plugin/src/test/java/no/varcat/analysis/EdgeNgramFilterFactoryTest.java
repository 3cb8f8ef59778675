package no.varcat.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.Map;
import org.elasticsearch.plugin.analysis.AnalysisMode;
import org.junit.jupiter.api.Test;

class EdgeNgramFilterFactoryTest {

    private static EdgeNgramFilterFactory edgeNgram(Map<String, ?> settings) {
        return new EdgeNgramFilterFactory(TestSettings.of(EdgeNgramFilterFactory.Settings.class, settings));
    }

    @Test
    void defaultsToTwoToTwenty() {
        EdgeNgramFilterFactory factory = edgeNgram(Map.of());
        assertThat(factory.name()).isEqualTo("varcat_edge_ngram");
        assertThat(factory.range()).isEqualTo(new GramRange(2, 20));
        assertThat(factory.getAnalysisMode()).isEqualTo(AnalysisMode.ALL);
    }

    @Test
    void emitsWordPrefixesAtTheWordsPosition() {
        assertThat(Tokens.positioned("bmi vekt", edgeNgram(Map.of())))
                .extracting(Tokens.Token::term, Tokens.Token::position)
                .containsExactly(
                        tuple("bm", 0),
                        tuple("bmi", 0),
                        tuple("ve", 1),
                        tuple("vek", 1),
                        tuple("vekt", 1));
    }

    @Test
    void honoursConfiguredLengths() {
        assertThat(Tokens.terms("fodselsvekt", edgeNgram(Map.of("min_gram", 3, "max_gram", 5))))
                .containsExactly("fod", "fods", "fodse");
    }

    @Test
    void dropsWordsShorterThanMinGram() {
        assertThat(Tokens.terms("a bc", edgeNgram(Map.of()))).containsExactly("bc");
    }

    @Test
    void rejectsMinGramBelowOne() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> edgeNgram(Map.of("min_gram", 0)))
                .withMessage("[min_gram] must be at least 1, got [0]");
    }

    @Test
    void rejectsMaxGramBelowMinGram() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> edgeNgram(Map.of("min_gram", 4, "max_gram", 3)))
                .withMessage("[max_gram] must be greater than or equal to [min_gram], got min_gram [4] and max_gram [3]");
    }
}
