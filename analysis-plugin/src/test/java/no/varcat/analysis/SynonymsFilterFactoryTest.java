package no.varcat.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Map;
import org.elasticsearch.plugin.analysis.AnalysisMode;
import org.junit.jupiter.api.Test;

class SynonymsFilterFactoryTest {

    private static final LowercaseFilterFactory LOWERCASE = new LowercaseFilterFactory();

    private static SynonymsFilterFactory synonyms(Map<String, ?> settings) {
        return new SynonymsFilterFactory(TestSettings.of(SynonymsFilterFactory.Settings.class, settings));
    }

    private static SynonymsFilterFactory synonyms(String... rules) {
        return synonyms(Map.of("synonyms", List.of(rules)));
    }

    @Test
    void isSearchTimeOnly() {
        SynonymsFilterFactory factory = synonyms("bmi, kroppsmasseindeks");
        assertThat(factory.name()).isEqualTo("varcat_synonyms");
        assertThat(factory.getAnalysisMode()).isEqualTo(AnalysisMode.SEARCH_TIME);
    }

    @Test
    void equivalentSynonymsShareThePosition() {
        assertThat(Tokens.positioned("BMI høy", LOWERCASE, synonyms("bmi, kroppsmasseindeks")))
                .extracting(Tokens.Token::term, Tokens.Token::position)
                .containsExactlyInAnyOrder(tuple("bmi", 0), tuple("kroppsmasseindeks", 0), tuple("høy", 1));
    }

    @Test
    void rulesAreCaseInsensitive() {
        assertThat(Tokens.terms("kroppsmasseindeks", LOWERCASE, synonyms("BMI, Kroppsmasseindeks")))
                .containsExactlyInAnyOrder("kroppsmasseindeks", "bmi");
    }

    @Test
    void explicitMappingReplacesTheInput() {
        assertThat(Tokens.terms("hjerteinfarkt", LOWERCASE, synonyms("hjerteinfarkt => infarkt, ami")))
                .containsExactlyInAnyOrder("infarkt", "ami");
    }

    @Test
    void withoutExpandEquivalentsCollapseToTheFirst() {
        var factory = synonyms(Map.of("synonyms", List.of("bmi, kroppsmasseindeks"), "expand", false));
        assertThat(Tokens.terms("kroppsmasseindeks", LOWERCASE, factory)).containsExactly("bmi");
    }

    @Test
    void multiWordSynonymsBecomeAGraph() {
        assertThat(Tokens.terms("kols", LOWERCASE, synonyms("kols, kronisk obstruktiv lungesykdom")))
                .containsExactlyInAnyOrder("kronisk", "obstruktiv", "lungesykdom", "kols");
    }

    @Test
    void noRulesIsAPassThrough() {
        assertThat(Tokens.terms("BMI vekt", synonyms(Map.of()))).containsExactly("BMI", "vekt");
        assertThat(Tokens.terms("BMI vekt", synonyms("# only a comment"))).containsExactly("BMI", "vekt");
    }

    @Test
    void badRuleIsNamedInTheMessage() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> synonyms("bmi, kroppsmasseindeks", "a => b => c"))
                .withMessageStartingWith("Invalid synonym rule [a => b => c] in [synonyms]: ");
    }

    @Test
    void ruleThatAnalyzesToNothingIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> synonyms("bmi, !!!"))
                .withMessageStartingWith("Invalid synonym rule [bmi, !!!] in [synonyms]: ")
                .withMessageContaining("!!!");
    }
}
