package no.varcat.web.list;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;

class ReturnPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/list", "/search?q=f%C3%B8dselsvekt&register=https%3A%2F%2Fx&page=2#hit-3",
            "/variable?iri=https://sample.varcat.no/fhi/mfr/VEKT"})
    void localPathsAreKept(String path) {
        assertThat(ReturnPath.orElse(path, "/list")).isEqualTo(path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "list", "https://evil.example/", "//evil.example", "/\\evil.example", "\\\\evil.example",
            "javascript:alert(1)", "/search?q={x}", "/søk", "/a b", "/x\r\nSet-Cookie: a=b", "http:/evil"})
    void anythingElseFallsBack(String candidate) {
        assertThat(ReturnPath.orElse(candidate, "/list")).isEqualTo("/list");
    }

    @Test
    void nullFallsBack() {
        assertThat(ReturnPath.orElse(null, "/list")).isEqualTo("/list");
    }

    @Test
    void currentIsThePathWithinTheApplicationWithItsQueryMadeSafe() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/varcat/search");
        request.setContextPath("/varcat");
        request.setQueryString("q=a|b {c}&register=https%3A%2F%2Fx");

        String current = ReturnPath.current(request);

        assertThat(current).isEqualTo("/search?q=a%7Cb%20%7Bc%7D&register=https%3A%2F%2Fx");
        assertThat(ReturnPath.isLocal(current)).isTrue();
    }
}
