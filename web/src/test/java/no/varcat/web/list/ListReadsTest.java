package no.varcat.web.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.ui.ExtendedModelMap;

import no.varcat.catalog.variable.VariableRepository;
import no.varcat.catalog.variable.VariableSummary;
import no.varcat.web.store.CountingStore;

/**
 * The list page and its downloads read the whole list in a fixed number of store queries: a full
 * list costs what a list of one does, where per-entry reads would cost three queries an entry.
 */
class ListReadsTest {

    private static final String REGISTER = "https://test.varcat.no/counting";

    /** Enough to tell one query from one per entry; the list holds up to {@link VariableList#MAX_SIZE}. */
    private static final int LISTED = 120;

    private static CountingStore store;
    private static VariableListController controller;

    @BeforeAll
    static void load() {
        store = CountingStore.withRegister(REGISTER, LISTED);
        controller = new VariableListController(new VariableRepository(store), messages());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void theListPageIsOneQueryWhateverItsLength() {
        List<String> listed = new ArrayList<>();
        for (int i = LISTED - 1; i >= 1; i--) {
            listed.add(CountingStore.variable(REGISTER, i));
        }
        listed.add(REGISTER + "/variable/gone");
        MockHttpServletRequest request = requestWithList(listed);
        store.queriesSinceLast();

        ExtendedModelMap model = new ExtendedModelMap();
        controller.show(request, model);

        assertThat(store.queriesSinceLast()).isEqualTo(1);
        @SuppressWarnings("unchecked")
        List<VariableSummary> entries = (List<VariableSummary>) model.get("entries");
        assertThat(entries).hasSize(LISTED - 1);
        // In the order listed, the one the catalog lost pruned.
        assertThat(entries.get(0).notation()).isEqualTo("V" + (LISTED - 1));
        assertThat(entries.get(entries.size() - 1).notation()).isEqualTo("V1");
        assertThat(model.get("pruned")).isEqualTo(1);

        MockHttpServletRequest one = requestWithList(List.of(CountingStore.variable(REGISTER, 7)));
        store.queriesSinceLast();
        controller.show(one, new ExtendedModelMap());
        assertThat(store.queriesSinceLast()).isEqualTo(1);
    }

    @Test
    void theDownloadsReadTheListWithItsCodesInAFixedNumberOfQueries() {
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < LISTED; i++) {
            listed.add(CountingStore.variable(REGISTER, i));
        }
        MockHttpServletRequest request = requestWithList(listed);
        store.queriesSinceLast();

        String csv = new String(controller.csv(request, Locale.forLanguageTag("nb")).getBody(), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(store.queriesSinceLast()).isLessThanOrEqualTo(3);
        assertThat(csv.lines().count()).isEqualTo(LISTED + 1);
        assertThat(csv).contains("1=Kode 1; 2=Kode 2");
    }

    private static MockHttpServletRequest requestWithList(List<String> iris) {
        MockHttpSession session = new MockHttpSession();
        VariableList list = VariableList.of(session);
        iris.forEach(list::add);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(session);
        return request;
    }

    private static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.setUseCodeAsDefaultMessage(true);
        return messages;
    }
}
