package no.varcat.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.elasticsearch.plugin.analysis.AnalysisMode;
import org.junit.jupiter.api.Test;

/** The filters without settings: lowercase and ASCII folding. */
class SimpleFilterFactoriesTest {

    @Test
    void lowercase() {
        LowercaseFilterFactory lowercase = new LowercaseFilterFactory();
        assertThat(lowercase.name()).isEqualTo("varcat_lowercase");
        assertThat(Tokens.terms("Kroppsmasseindeks BMI Ø", lowercase))
                .containsExactly("kroppsmasseindeks", "bmi", "ø");
    }

    @Test
    void folding() {
        FoldingFilterFactory folding = new FoldingFilterFactory();
        assertThat(folding.name()).isEqualTo("varcat_folding");
        assertThat(Tokens.terms("dødsårsak Ærlig blåbær", folding))
                .containsExactly("dodsarsak", "AErlig", "blabaer");
    }

    @Test
    void lowercaseAndFoldingAlsoNormalizeMultiTermQueries() {
        Tokenizer keyword = new KeywordTokenizer();
        keyword.setReader(new StringReader("DØDSÅR"));
        var normalized = new FoldingFilterFactory().normalize(new LowercaseFilterFactory().normalize(keyword));
        assertThat(Tokens.terms(normalized)).containsExactly("dodsar");
    }

    @Test
    void bothCanRunAtIndexAndSearchTime() {
        assertThat(new LowercaseFilterFactory().getAnalysisMode()).isEqualTo(AnalysisMode.ALL);
        assertThat(new FoldingFilterFactory().getAnalysisMode()).isEqualTo(AnalysisMode.ALL);
    }
}
