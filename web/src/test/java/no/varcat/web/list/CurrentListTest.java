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
        ListId id = listOf(1);
        MockHttpServletRequest request = requestWith(id, "GET", "/list");

        assertThat(current.entries(request)).hasSize(1);
        assertThat(current.read(request)).hasValueSatisfying(l -> assertThat(l.id()).isEqualTo(id));
        assertThat(current.readOrCreate(request, new MockHttpServletResponse())).isEqualTo(id);

        assertThat(store.queriesSinceLast()).as("store queries in one request").isEqualTo(1);
        assertThat(current.entries(requestWith(id, "GET", "/list"))).hasSize(1);
        assertThat(store.queriesSinceLast()).as("a new request reads again").isEqualTo(1);
    }

    @Test
    void theHeadersListIsReadOnlyWhenAPageShowsIt() {
        ListId id = listOf(2);

        Set<String> listed = new VariableListAdvice(current).listed(requestWith(id, "POST", "/list/add"));

        assertThat(store.queriesSinceLast()).as("a handler that answers JSON renders no page").isZero();
        assertThat(listed).containsExactly(CountingStore.variable("https://test.varcat.no/counting", 2));
        assertThat(listed.contains(CountingStore.variable("https://test.varcat.no/counting", 1))).isFalse();
        assertThat(store.queriesSinceLast()).as("read once, when the page asked").isEqualTo(1);
    }

    /** A saved list holding the register's variable {@code i}; the store's query count starts afresh. */
    private ListId listOf(int i) {
        ListId id = lists.create();
        lists.add(id, List.of(ListEntry.of(ListEntry.Kind.VARIABLE, CountingStore.variable("https://test.varcat.no/counting", i))),
                false);
        store.queriesSinceLast();
        return id;
    }

    /** A request from a browser whose cookie names the list {@code id}. */
    private static MockHttpServletRequest requestWith(ListId id, String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setCookies(new Cookie(ListCookie.NAME, id.value()));
        return request;
    }
}
