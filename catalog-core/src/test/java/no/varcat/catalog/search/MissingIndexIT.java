package no.varcat.catalog.search;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A search before its index exists (the first start is still building it) is an outage, said as
 * {@link SearchUnavailableException} (503 on the site), not an error of the request (500).
 */
class MissingIndexIT {

    private static final String NOT_BUILT = "varcat-not-built-yet";

    private static SearchConnection connection;

    @BeforeAll
    static void connect() {
        connection = SearchConnection.open(SharedTestNode.endpoint());
    }

    @AfterAll
    static void disconnect() {
        connection.close();
    }

    @Test
    void searchingAnIndexNotBuiltYetIsAnOutage() {
        assertThatThrownBy(() -> new VariableSearch(connection, NOT_BUILT).search("alder", 0, 10))
                .isInstanceOf(SearchUnavailableException.class).hasMessageContaining(NOT_BUILT);
        assertThatThrownBy(() -> new RegisterSearch(connection, NOT_BUILT).search("alder", 0, 10))
                .isInstanceOf(SearchUnavailableException.class);
        assertThatThrownBy(() -> new VariableSuggestions(connection, NOT_BUILT).suggest("alder"))
                .isInstanceOf(SearchUnavailableException.class);
    }
}
