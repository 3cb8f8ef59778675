package no.varcat.web.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;

import no.varcat.catalog.quality.CoverageRepository;
import no.varcat.catalog.variable.VariableDetails;
import no.varcat.catalog.variable.VariableRepository;
import no.varcat.web.store.CountingStore;

/** The compare page reads its variables together and each register's coverage once. */
class CompareReadsTest {

    private static final String REGISTER = "https://test.varcat.no/counting";

    private final CountingStore store = CountingStore.withRegister(REGISTER, 10);
    private final CompareController controller = new CompareController(new VariableRepository(store),
            new RegisterCoverage(new CoverageRepository(store)));

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void fourVariablesOfOneRegisterCostWhatOneDoes() {
        List<String> four = List.of(CountingStore.variable(REGISTER, 3), CountingStore.variable(REGISTER, 1),
                CountingStore.variable(REGISTER, 4), CountingStore.variable(REGISTER, 2));
        store.queriesSinceLast();
        ExtendedModelMap model = new ExtendedModelMap();
        controller.compare(four, model);
        int forFour = store.queriesSinceLast();

        controller.compare(List.of(CountingStore.variable(REGISTER, 1), "not an iri"), new ExtendedModelMap());
        int forOne = store.queriesSinceLast();

        assertThat(forFour).isEqualTo(forOne).isLessThanOrEqualTo(4);
        @SuppressWarnings("unchecked")
        List<VariableDetails> variables = (List<VariableDetails>) model.get("variables");
        assertThat(variables).extracting(v -> v.summary().notation()).containsExactly("V3", "V1", "V4", "V2");
        assertThat(variables.get(0).codes()).hasSize(2);
    }
}
