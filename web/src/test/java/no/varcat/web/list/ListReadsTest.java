package no.varcat.web.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.varcat.catalog.variable.VariableRepository;
import no.varcat.web.store.CountingStore;

/**
 * The list page reads the whole list's variables in a fixed number of store queries: a full list
 * costs what a list of one does, where per-entry reads would cost three queries an entry.
 */
class ListReadsTest {

    private static final String REGISTER = "https://test.varcat.no/counting";

    /** Enough to tell one query from one per entry; the list holds up to {@link SavedLists#MAX_ENTRIES}. */
    private static final int LISTED = 120;

    private static CountingStore store;
    private static VariableRepository variables;
    private static Concepts concepts;

    @BeforeAll
    static void load() {
        store = CountingStore.withRegister(REGISTER, LISTED);
        variables = new VariableRepository(store);
        concepts = new Concepts(store, variables);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void theListPageIsOneQueryWhateverItsLength() {
        List<ListEntry> listed = new ArrayList<>();
        for (int i = LISTED - 1; i >= 1; i--) {
            listed.add(ListEntry.of(ListEntry.Kind.VARIABLE, CountingStore.variable(REGISTER, i)));
        }
        listed.add(ListEntry.of(ListEntry.Kind.VARIABLE, REGISTER + "/variable/gone"));
        store.queriesSinceLast();

        ListPage page = ListPage.of(listed, variables, concepts, Map.of());

        assertThat(store.queriesSinceLast()).isEqualTo(1);
        assertThat(page.groups()).singleElement().satisfies(g -> {
            assertThat(g.rows()).hasSize(LISTED - 1);
            // In the order listed within the register; the one the catalog lost is set apart.
            assertThat(g.rows().get(0).variable().notation()).isEqualTo("V" + (LISTED - 1));
            assertThat(g.rows().get(LISTED - 2).variable().notation()).isEqualTo("V1");
        });
        assertThat(page.gone()).extracting(ListEntry::iri).containsExactly(REGISTER + "/variable/gone");

        ListPage.of(List.of(ListEntry.of(ListEntry.Kind.VARIABLE, CountingStore.variable(REGISTER, 7))), variables, concepts, Map.of());
        assertThat(store.queriesSinceLast()).isEqualTo(1);
    }
}
