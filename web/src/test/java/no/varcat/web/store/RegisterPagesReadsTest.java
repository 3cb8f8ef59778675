package no.varcat.web.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import no.varcat.catalog.variable.VariableRepository;
import no.varcat.catalog.variable.VariableSummary;

/**
 * Walking a register page by page (what indexing a changed register does) matches and orders the
 * register once, then reads each page by its IRIs: one query over the register however many pages,
 * where paging by a key made every page's query match and sort the whole register again.
 */
class RegisterPagesReadsTest {

    private static final String REGISTER = "https://test.varcat.no/pages/register";

    @Test
    void oneQueryOverTheRegisterAndOneForEachPage() {
        try (CountingStore store = CountingStore.withRegister(REGISTER, 1_201)) {
            VariableRepository variables = new VariableRepository(store);
            store.queriesSinceLast();
            List<List<VariableSummary>> pages = new ArrayList<>();

            variables.forEachPageOfRegister(REGISTER, 500, pages::add);

            assertThat(store.queriesSinceLast()).isEqualTo(1 + 3);
            assertThat(pages).extracting(List::size).containsExactly(500, 500, 201);
            List<String> expected = IntStream.range(0, 1_201).mapToObj(i -> "V" + i).sorted().toList();
            assertThat(pages.stream().flatMap(List::stream).map(VariableSummary::notation).toList()).isEqualTo(expected);
            assertThat(pages.get(2).get(200).label().in("nb")).isEqualTo("Variabel " + expected.get(1_200).substring(1));
        }
    }

    @Test
    void aRegisterOfOnePageIsTwoQueries() {
        try (CountingStore store = CountingStore.withRegister(REGISTER, 3)) {
            VariableRepository variables = new VariableRepository(store);
            store.queriesSinceLast();
            List<List<VariableSummary>> pages = new ArrayList<>();

            variables.forEachPageOfRegister(REGISTER, 500, pages::add);

            assertThat(store.queriesSinceLast()).isEqualTo(2);
            assertThat(pages).extracting(List::size).containsExactly(3);
        }
    }
}
