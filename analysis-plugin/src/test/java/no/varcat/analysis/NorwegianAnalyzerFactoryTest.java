package no.varcat.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NorwegianAnalyzerFactoryTest {

    private final Analyzer analyzer = new NorwegianAnalyzerFactory().create();

    @AfterEach
    void close() {
        analyzer.close();
    }

    @Test
    void namedAfterTheComponent() {
        assertThat(new NorwegianAnalyzerFactory().name()).isEqualTo("varcat_norwegian");
    }

    @Test
    void lowercasesStemsAndFolds() {
        assertThat(Tokens.terms(analyzer, "Fødselsvekten")).containsExactly("fodselsvekt");
    }

    @Test
    void queryWithoutNorwegianLettersMatchesTheRealSpelling() {
        assertThat(Tokens.terms(analyzer, "dødsårsaker"))
                .containsExactly("dodsarsak")
                .isEqualTo(Tokens.terms(analyzer, "dodsarsaker"));
    }

    @Test
    void foldsAeToTwoLetters() {
        assertThat(Tokens.terms(analyzer, "Ærverdig")).containsExactly("aerverdig");
    }

    @Test
    void stemsBokmaalAndNynorskPlurals() {
        // "sykdommer" (bokmål) and "sjukdomar" (nynorsk) both lose their plural ending.
        assertThat(Tokens.terms(analyzer, "sykdommer sjukdomar gutane"))
                .containsExactly("sykdomm", "sjukdom", "gut");
    }

    @Test
    void splitsOnPunctuationLikeTheStandardTokenizer() {
        // The light stemmer is aggressive: -te and -dom are treated as endings too.
        assertThat(Tokens.terms(analyzer, "Kreft, hjerte- og karsykdom"))
                .containsExactly("kreft", "hjer", "og", "karsyk");
    }

    @Test
    void normalizationForPrefixQueriesFoldsButDoesNotStem() {
        BytesRef normalized = analyzer.normalize("field", "Dødsårsaker");
        assertThat(normalized.utf8ToString()).isEqualTo("dodsarsaker");
    }
}
