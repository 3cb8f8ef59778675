package no.varcat.web.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import no.varcat.web.store.CountingStore;

/**
 * The browser's list is read from the store once per request: the header's count and the list page
 * (or a button's handler) share what was read, where each read of a full list is a query over 500 entries.
 */
class CurrentListTest {

    private final CountingStore store = CountingStore.withRegister("https://test.varcat.no/counting", 3);
    private final SavedLists lists = new SavedLists(store, Clock.systemUTC());
    private final CurrentList current = new CurrentList(lists);

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aRequestReadsItsListOnce() {
        ListId id = lists.create();
        lists.add(id, List.of(ListEntry.of(ListEntry.Kind.VARIABLE, CountingStore.variable("https://test.varcat.no/counting", 1))),
                false);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/list");
        request.setCookies(new Cookie(ListCookie.NAME, id.value()));
        store.queriesSinceLast();

        assertThat(current.entries(request)).hasSize(1);
        assertThat(current.read(request)).hasValueSatisfying(l -> assertThat(l.id()).isEqualTo(id));
        assertThat(current.readOrCreate(request, new MockHttpServletResponse())).isEqualTo(id);

        assertThat(store.queriesSinceLast()).as("store queries in one request").isEqualTo(1);
        MockHttpServletRequest next = new MockHttpServletRequest("GET", "/list");
        next.setCookies(new Cookie(ListCookie.NAME, id.value()));
        assertThat(current.entries(next)).hasSize(1);
        assertThat(store.queriesSinceLast()).as("a new request reads again").isEqualTo(1);
    }

    @Test
    void theHeadersListIsReadOnlyWhenAPageShowsIt() {
        ListId id = lists.create();
        lists.add(id, List.of(ListEntry.of(ListEntry.Kind.VARIABLE, CountingStore.variable("https://test.varcat.no/counting", 2))),
                false);
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/list/add");
        request.setCookies(new Cookie(ListCookie.NAME, id.value()));
        store.queriesSinceLast();

        Set<String> listed = new VariableListAdvice(current).listed(request);

        assertThat(store.queriesSinceLast()).as("a handler that answers JSON renders no page").isZero();
        assertThat(listed).containsExactly(CountingStore.variable("https://test.varcat.no/counting", 2));
        assertThat(listed.contains(CountingStore.variable("https://test.varcat.no/counting", 1))).isFalse();
        assertThat(store.queriesSinceLast()).as("read once, when the page asked").isEqualTo(1);
    }
}
