package no.varcat.web.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import no.varcat.catalog.search.ConceptCoverageSearch;
import no.varcat.catalog.search.YearRange;

class MatrixRequestTest {

    @Test
    void termsAreSplitOnCommasAndSemicolonsAndAnIriIsKeptWhole() {
        MatrixRequest request = MatrixRequest.parse(List.of("fødselsvekt,  røykestatus; a", " a ",
                "https://sample.varcat.no/concept/sex"), null, null, null);
        assertThat(request.concepts()).containsExactly("fødselsvekt", "røykestatus", "a", "https://sample.varcat.no/concept/sex");
        assertThat(request.conceptsText()).isEqualTo("fødselsvekt, røykestatus, a, https://sample.varcat.no/concept/sex");
    }

    @Test
    void yearsAndCoverageThatCannotBeUsedAreLeftOut() {
        MatrixRequest request = MatrixRequest.parse(List.of("x"), "2020", "2015", "101");
        assertThat(request.years()).isEqualTo(new YearRange(2015, 2020));
        assertThat(request.minCoverage()).isNull();
        assertThat(MatrixRequest.parse(List.of("x"), "abc", "", "90").years()).isEqualTo(YearRange.ANY);
        assertThat(MatrixRequest.parse(List.of("x"), null, null, "90").minCoverage()).isEqualTo(90);
        assertThat(MatrixRequest.parse(List.of("x"), null, null, "-5").minCoverage()).isNull();
    }

    @Test
    void atMostTenConceptsAndNoEmptyOrOverlongTerms() {
        String[] many = IntStream.rangeClosed(1, 12).mapToObj(i -> "t" + i).toArray(String[]::new);
        assertThat(MatrixRequest.parse(List.of(String.join(",", many)), null, null, null).concepts())
                .hasSize(ConceptCoverageSearch.MAX_CONCEPTS).containsExactly(Arrays.copyOf(many, ConceptCoverageSearch.MAX_CONCEPTS));
        assertThat(MatrixRequest.parse(Arrays.asList(null, "", " , ;", "y".repeat(101)), null, null, null).isEmpty()).isTrue();
        assertThat(MatrixRequest.parse(null, null, null, null).isEmpty()).isTrue();
    }
}
