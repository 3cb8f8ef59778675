package no.varcat.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import no.varcat.web.Paths;
import no.varcat.web.VarcatIntegrationTest;

/** {@code GET /api/suggest}: the autocomplete's JSON, public, on the sample catalog in the real index. */
@VarcatIntegrationTest
class SuggestApiIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void suggestsVariablesByLabelPrefixWithRegisterAndPageUrl() throws Exception {
        List<Map<String, String>> found = suggest("fodselsv", "");

        assertThat(found).isNotEmpty().hasSizeLessThanOrEqualTo(8);
        assertThat(found).anySatisfy(s -> {
            assertThat(s.get("label")).isEqualTo("Fødselsvekt");
            assertThat(s.get("notation")).isEqualTo("VEKT");
            assertThat(s.get("register")).isEqualTo("Medisinsk fødselsregister (MFR)");
            assertThat(s.get("url")).isEqualTo(Paths.variable("https://sample.varcat.no/fhi/mfr/variable/VEKT"));
        });
        assertThat(found).allSatisfy(s -> assertThat(s.keySet()).containsExactlyInAnyOrder("label", "notation", "register", "url"));
    }

    @Test
    void suggestsByTechnicalNamePrefixAndInEnglish() throws Exception {
        assertThat(suggest("mors_al", "")).extracting(s -> s.get("notation")).contains("MORS_ALDER");
        assertThat(suggest("fodselsv", "&lang=en")).anySatisfy(s -> assertThat(s.get("label")).isEqualTo("Birth weight"));
    }

    @Test
    void tooShortOrMissingTextGivesAnEmptyList() throws Exception {
        assertThat(suggest("f", "")).isEmpty();
        HttpResponse<String> none = get("/api/suggest");
        assertThat(none.statusCode()).isEqualTo(200);
        assertThat(none.body()).isEqualTo("[]");
    }

    private List<Map<String, String>> suggest(String q, String extra) throws Exception {
        HttpResponse<String> response = get("/api/suggest?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + extra);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        return JSON.readValue(response.body(), new TypeReference<>() { });
    }

    private HttpResponse<String> get(String path) throws Exception {
        // No session cookie: the endpoint is public and stateless.
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
