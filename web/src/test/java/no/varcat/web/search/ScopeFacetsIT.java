package no.varcat.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import no.varcat.catalog.resource.ResourceIds;
import no.varcat.catalog.variable.VariableRepository;
import no.varcat.web.Paths;
import no.varcat.web.VarcatIntegrationTest;

/**
 * The temporality and unit type facets on the sample catalog: MFR's VEKT and KJONN (Turtle, births),
 * NPR's INNDATO and UTDATO (Turtle, episodes), four KPR codebook rows (episodes) and two (persons), and
 * Reseptregisteret's 46 DDI variables (prescriptions, from the study's anlyUnit).
 */
@VarcatIntegrationTest
class ScopeFacetsIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String MFR = "https://sample.varcat.no/fhi/mfr";

    @LocalServerPort
    int port;

    @Autowired
    VariableRepository variables;

    @Test
    void theSearchPageCountsBothFacetsInBokmalAndEnglish() throws Exception {
        String nb = get("/search?q=", "text/html").body();
        assertThat(nb).contains("<legend>Tidsdimensjon</legend>", "<legend>Enhetstype</legend>")
                .containsPattern("value=\"prescription\">\\s*<label[^>]*>\\s*<span>Resept</span>\\s*<span class=\"count\">\\(46\\)</span>")
                .containsPattern("value=\"episode\">\\s*<label[^>]*>\\s*<span>Episode</span>\\s*<span class=\"count\">\\(6\\)</span>")
                .containsPattern("value=\"birth\">\\s*<label[^>]*>\\s*<span>Fødsel</span>\\s*<span class=\"count\">\\(2\\)</span>")
                .containsPattern("value=\"event\">\\s*<label[^>]*>\\s*<span>Hendelse</span>\\s*<span class=\"count\">\\(6\\)</span>")
                .containsPattern("value=\"fixed\">\\s*<label[^>]*>\\s*<span>Fast</span>\\s*<span class=\"count\">\\(4\\)</span>");

        String en = get("/search?q=&lang=en", "text/html").body();
        assertThat(en).contains("<legend>Temporality</legend>", "<legend>Unit type</legend>")
                .containsPattern("<span>Prescription</span>\\s*<span class=\"count\">\\(46\\)</span>")
                .containsPattern("<span>Event</span>\\s*<span class=\"count\">\\(6\\)</span>");
    }

    @Test
    void choosingValuesFiltersAndStaysInTheUrlAndTheSortForm() throws Exception {
        String births = get("/search?q=&unitType=birth&temporality=fixed&sort=name", "text/html").body();

        assertThat(births).contains("2 variabler", "value=\"birth\" checked=\"checked\"", "value=\"fixed\" checked=\"checked\"",
                "<input type=\"hidden\" name=\"unitType\" value=\"birth\">", "<input type=\"hidden\" name=\"temporality\" value=\"fixed\">",
                Paths.register(MFR));
        assertThat(get("/search?q=&unitType=episode&unitType=prescription", "text/html").body()).contains("52 variabler");
        assertThat(get("/search?q=&temporality=event&unitType=episode", "text/html").body()).contains("6 variabler");
    }

    @Test
    void unknownValuesAreLeftOutOfThePageAndRefusedByTheApiNamingTheParameter() throws Exception {
        HttpResponse<String> page = get("/search?q=&unitType=romskip&temporality=%3Cscript%3E", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        // Left out of the search and of the links to its other pages (the page's own address still has them).
        assertThat(page.body()).doesNotContain("value=\"romskip\"", "unitType=romskip&amp;sort")
                .contains("<a href=\"/search?q=&amp;sort=relevance&amp;page=2\" rel=\"next\">");

        HttpResponse<String> api = get("/api/v1/variables?unitType=romskip&temporality=sometimes", "application/json");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(JSON.readTree(api.body()).path("invalid-params")).extracting(p -> p.path("name").asString())
                .containsExactlyInAnyOrder("unitType", "temporality");
    }

    @Test
    void theApiFiltersCountsAndNamesThemOnEachVariable() throws Exception {
        HttpResponse<String> response = get("/api/v1/variables?unitType=prescription&temporality=EVENT&size=5", "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode page = JSON.readTree(response.body());
        assertThat(page.path("total").asLong()).isZero();
        assertThat(page.path("facets").path("unitType")).anySatisfy(f -> {
            assertThat(f.path("value").asString()).isEqualTo("episode");
            assertThat(f.path("labelEn").asString()).isEqualTo("Episode");
            assertThat(f.path("count").asLong()).isEqualTo(6);
        });

        JsonNode prescriptions = JSON.readTree(get("/api/v1/variables?unitType=prescription&size=3", "application/json").body());
        assertThat(prescriptions.path("total").asLong()).isEqualTo(46);
        assertThat(prescriptions.path("items")).allSatisfy(v -> assertThat(v.path("unitType").asString()).isEqualTo("prescription"));
        assertThat(prescriptions.path("facets").path("temporality")).isEmpty();

        String weight = ResourceIds.of(MFR + "/variable/VEKT");
        JsonNode variable = JSON.readTree(get("/api/v1/variables/" + weight, "application/json").body());
        assertThat(variable.path("temporality").asString()).isEqualTo("fixed");
        assertThat(variable.path("unitType").asString()).isEqualTo("birth");
    }

    @Test
    void theVariablePageShowsThemLinkedToTheirSearch() throws Exception {
        String path = Paths.variable(MFR + "/variable/VEKT");

        assertThat(get(path, "text/html").body()).contains("<dt>Enhetstype</dt>", "<a href=\"/search?unitType=birth\">Fødsel</a>",
                "<dt>Tidsdimensjon</dt>", "<a href=\"/search?temporality=fixed\">Fast</a>");
        assertThat(get(path + "?lang=en", "text/html").body()).contains("<dt>Unit type</dt>", ">Birth</a>",
                "<dt>Temporality</dt>", ">Fixed</a>");
        assertThat(variables.find(MFR + "/variable/VEKT").orElseThrow().summary().unitType())
                .isEqualTo("https://w3id.org/varcat/unit-type/birth");
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
