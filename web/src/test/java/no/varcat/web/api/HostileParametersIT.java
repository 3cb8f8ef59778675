package no.varcat.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import no.varcat.catalog.resource.ResourceIds;
import no.varcat.web.VarcatIntegrationTest;

/**
 * Every parameter of every operation of the served description, given what a careless or hostile
 * client sends: wrong types, huge and negative numbers, control characters, unknown enum values,
 * cursors that are not ours, repeats; and pages followed to the very end. Each answer is a 4xx
 * problem naming the parameter, or a proper page; never a 5xx.
 */
@VarcatIntegrationTest
class HostileParametersIT {

    private static final String CONTROL = "a\u0001b";
    private static final String HUGE = "x".repeat(3_000);
    private static final String HUGE_NUMBER = "9".repeat(40);

    @LocalServerPort
    int port;

    private ApiClient api;
    private ApiDescription description;

    @BeforeEach
    void readTheDescription() throws Exception {
        api = new ApiClient(port);
        description = new ApiDescription(api.get("/v3/api-docs").body());
    }

    /** Values that no parameter accepts. */
    private static Map<String, String> refusedByAll() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("control character", CONTROL);
        values.put("newline", "a\nb");
        values.put("3,000 characters", HUGE);
        return values;
    }

    /** Values a parameter of this schema refuses, by what is wrong with them. */
    private static Map<String, String> refusedBy(JsonNode schema) {
        Map<String, String> values = refusedByAll();
        JsonNode items = schema.path("items");
        JsonNode type = items.isMissingNode() ? schema : items;
        switch (type.path("type").asString()) {
            case "integer" -> {
                values.put("word", "many");
                values.put("decimal", "1.5");
                values.put("huge number", HUGE_NUMBER);
                values.put("below the minimum", Long.toString(type.path("minimum").asLong() - 1));
                values.put("above the maximum", Long.toString(type.path("maximum").asLong() + 1));
                values.put("negative", "-2147483649");
            }
            case "boolean" -> {
                values.put("word", "maybe");
                values.put("number", "2");
            }
            default -> {
                if (type.has("enum")) {
                    values.put("unknown value", "no-such-value");
                    values.put("other case", type.path("enum").get(0).asString().toUpperCase() + "X");
                }
            }
        }
        return values;
    }

    @Test
    void everyParameterRefusesWhatItCannotUseNamingItself() throws Exception {
        int checked = 0;
        for (ApiDescription.Operation operation : description.reads()) {
            String base = OpenApiContractIT.urls(operation).get(0);
            for (JsonNode parameter : operation.parameters("query")) {
                String name = parameter.path("name").asString();
                for (Map.Entry<String, String> value : refusedBy(parameter.path("schema")).entrySet()) {
                    String url = base + "?" + name + "=" + encode(value.getValue());
                    assertRefused(url, name, operation.id() + " " + name + " with a " + value.getKey());
                    checked++;
                }
                // A single-valued parameter given twice is as unclear as a wrong value.
                if (!parameter.path("schema").path("type").asString().equals("array")) {
                    assertRefused(base + "?" + name + "=1&" + name + "=2", name, operation.id() + " " + name + " given twice");
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void cursorsThatAreNotOursAreRefused() throws Exception {
        for (String path : List.of("/api/v1/variables", "/api/v1/registers",
                "/api/v1/registers/" + ResourceIds.of(OpenApiContractIT.MFR) + "/variables")) {
            for (String cursor : List.of("garbage", "!!!", "W10", "WyJhIiwxLDJd", "e30", "b2Zmc2V0Oi0x", "b2Zmc2V0Ojk5OTk5OTk5OQ")) {
                assertRefused(path + "?cursor=" + cursor, "cursor", path + " with cursor " + cursor);
            }
        }
        // A cursor of one order does not fit another.
        JsonNode byName = json("/api/v1/variables?sort=name&size=3");
        assertRefused("/api/v1/variables?sort=changed&cursor=" + byName.path("nextCursor").asString(), "cursor", "a cursor of another sort");
    }

    @Test
    void unknownIdsAndPathsAreProblemsToo() throws Exception {
        List<String> ids = List.of("nothing-00000000", "x", "%01", "%25", "%3B", "%2E%2E", "a%20b", "..", "' OR '1'='1",
                HUGE.substring(0, 1_000));
        Set<String> paths = new HashSet<>();
        description.reads().stream().filter(o -> o.path().contains("{id}")).forEach(o -> paths.add(o.path()));
        for (String path : paths) {
            for (String id : ids) {
                String url = path.replace("{id}", id.startsWith("%") ? id : encode(id).replace("+", "%20"));
                HttpResponse<String> response = api.get(url);
                assertThat(response.statusCode()).as(url).isBetween(400, 404);
                assertThat(response.headers().firstValue("Content-Type")).as(url).hasValue("application/problem+json");
            }
            // Tomcat itself refuses an encoded slash, before the application sees the request: a 400 of its own.
            assertThat(api.get(path.replace("{id}", "%2F")).statusCode()).isEqualTo(400);
        }
        HttpResponse<String> unknown = api.get("/api/v1/no-such-thing");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void aTypeTheApiDoesNotSpeakIs406AsAProblem() throws Exception {
        for (ApiDescription.Operation operation : description.reads()) {
            String url = OpenApiContractIT.urls(operation).get(0);
            for (String accept : List.of("application/xml", "text/html", "image/png")) {
                HttpResponse<String> response = api.send(java.net.http.HttpRequest.newBuilder(api.uri(url)).header("Accept", accept).build());
                assertThat(response.statusCode()).as(url + " for " + accept).isEqualTo(406);
                assertThat(response.headers().firstValue("Content-Type")).as(url).hasValue("application/problem+json");
            }
        }
    }

    @Test
    void followingNextReachesEveryVariableOnceAndEnds() throws Exception {
        JsonNode page = json("/api/v1/variables?sort=register&size=100");
        long total = page.path("total").asLong();
        Set<String> seen = new HashSet<>();
        int pages = 0;
        while (true) {
            page.path("items").forEach(i -> assertThat(seen.add(i.path("id").asString())).as("seen once: " + i.path("iri")).isTrue());
            pages++;
            assertThat(pages).as("pages of " + total + " variables").isLessThanOrEqualTo((int) (total / 100) + 2);
            if (!page.has("next")) {
                break;
            }
            page = json(page.path("next").asString().replaceFirst("^https?://[^/]+", ""));
        }
        assertThat(seen).hasSize((int) total);
        assertThat(total).isGreaterThan(1_000);
    }

    @Test
    void aRegistersVariablesComeInBoundedPagesToTheEnd() throws Exception {
        String id = ResourceIds.of(OpenApiContractIT.MFR);
        JsonNode register = json("/api/v1/registers/" + id);
        List<String> notations = new ArrayList<>();
        JsonNode page = json("/api/v1/registers/" + id + "/variables?size=7");
        while (true) {
            assertThat(page.path("items").size()).isLessThanOrEqualTo(7);
            page.path("items").forEach(i -> notations.add(i.path("notation").asString()));
            if (!page.has("next")) {
                break;
            }
            page = json(page.path("next").asString().replaceFirst("^https?://[^/]+", ""));
        }
        assertThat(notations).doesNotHaveDuplicates().hasSize(register.path("variableCount").asInt());
    }

    private void assertRefused(String url, String parameter, String what) throws Exception {
        HttpResponse<String> response = api.get(url);
        assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).as(what).hasValue("application/problem+json");
        JsonNode problem = ApiDescription.JSON.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("invalid-params")).as(what).extracting(p -> p.path("name").asString()).contains(parameter);
    }

    private JsonNode json(String url) throws Exception {
        HttpResponse<String> response = api.get(url);
        assertThat(response.statusCode()).as(url + ": " + response.body()).isEqualTo(200);
        return ApiDescription.JSON.readTree(response.body());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
