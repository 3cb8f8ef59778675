package no.varcat.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;

import tools.jackson.databind.JsonNode;

import no.varcat.catalog.resource.ResourceIds;
import no.varcat.web.VarcatIntegrationTest;

/**
 * The served OpenAPI description against the API itself: every operation it lists is called with
 * real ids of the sample catalog, and every answer, faults included, is checked against the JSON
 * schema the description gives for it (strict: undocumented members fail too).
 */
@VarcatIntegrationTest
class OpenApiContractIT {

    static final String MFR = "https://sample.varcat.no/fhi/mfr";
    /** Publishes coverage per hospital only, and has quality indicators. */
    static final String NYFODT = "https://sample.varcat.no/ous/nyfodt";
    static final String KJONN = MFR + "/variable/KJONN";
    static final String VEKT = MFR + "/variable/VEKT";
    static final String KJONN_CODES = MFR + "/codelist/KJONN";

    @LocalServerPort
    int port;

    private ApiClient api;
    private ApiDescription description;

    @BeforeEach
    void readTheDescription() throws Exception {
        api = new ApiClient(port);
        HttpResponse<String> docs = api.get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        description = new ApiDescription(docs.body());
    }

    /** The sample ids a path's {id} takes, by the kind of resource its first segment names. */
    static List<String> sampleIris(String path) {
        String kind = path.replaceFirst("^/api/v1/", "").replaceFirst("/.*", "");
        return switch (kind) {
            case "registers" -> List.of(MFR, NYFODT);
            case "variables" -> List.of(KJONN, VEKT);
            case "codelists" -> List.of(KJONN_CODES);
            default -> fail("The test has no sample resource for " + path + ": add one");
        };
    }

    /** Every way the test fills an operation's path: one URL per sample id, or the path itself. */
    static List<String> urls(ApiDescription.Operation operation) {
        if (!operation.path().contains("{")) {
            return List.of(operation.path());
        }
        assertThat(operation.parameters("path")).as("path parameters of " + operation.path())
                .extracting(p -> p.path("name").asString()).containsExactly("id");
        return sampleIris(operation.path()).stream().map(iri -> operation.path().replace("{id}", ResourceIds.of(iri))).toList();
    }

    @Test
    void isOpenApi31AndDescribesThePublicApiOnly() {
        JsonNode document = description.document();
        assertThat(document.path("openapi").asString()).startsWith("3.1");
        assertThat(description.operations()).extracting(ApiDescription.Operation::id).containsExactlyInAnyOrder(
                "searchVariables", "searchRegisters", "getRegister", "listRegisterVariables", "getRegisterCoverage",
                "listRegisterIndicators", "getVariable", "getCodeList", "selfCheck", "createList");
        assertThat(description.operations()).allSatisfy(o -> {
            assertThat(o.path()).startsWith("/api/v1/");
            // The self-check reads a body and changes nothing (SelfCheckApiIT checks its answers against the description);
            // createList saves a new list (VariableListIT).
            assertThat(o.method()).isEqualTo(o.id().equals("selfCheck") || o.id().equals("createList") ? "post" : "get");
            assertThat(o.node().path("summary").asString()).isNotBlank();
            o.node().path("parameters").forEach(p -> assertThat(p.path("description").asString())
                    .as("description of parameter " + p.path("name") + " of " + o.path()).isNotBlank());
        });
    }

    @Test
    void everyOperationAnswersWhatItsSchemaSays() throws Exception {
        int calls = 0;
        for (ApiDescription.Operation operation : description.reads()) {
            JsonNode schema = operation.node().path("responses").path("200").path("content").path("application/json").path("schema");
            assertThat(description.component(schema).path("properties").size())
                    .as("the 200 answer of " + operation.id() + " is a named schema with properties").isPositive();
            for (String url : urls(operation)) {
                HttpResponse<String> response = api.get(url);
                assertThat(response.statusCode()).as(url + ": " + response.body()).isEqualTo(200);
                assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
                assertValid(operation, "200", "application/json", url, response.body());
                calls++;
            }
        }
        assertThat(calls).isGreaterThanOrEqualTo(description.reads().size());
    }

    @Test
    void representationsCarryTheStableIdTheHarvestedIriAndLinks() throws Exception {
        String id = ResourceIds.of(MFR);
        JsonNode register = ApiDescription.JSON.readTree(api.get("/api/v1/registers/" + id).body());
        assertThat(register.path("id").asString()).isEqualTo(id);
        assertThat(register.path("iri").asString()).isEqualTo(MFR);
        assertThat(register.path("links").path("html").asString()).endsWith("/registers/" + id);
        assertThat(register.path("links").path("rdf").asString()).endsWith("/registers/" + id + ".ttl");
        assertThat(register.path("links").path("self").asString()).endsWith("/api/v1/registers/" + id);

        JsonNode variable = ApiDescription.JSON.readTree(api.get("/api/v1/variables/" + ResourceIds.of(KJONN)).body());
        assertThat(variable.path("iri").asString()).isEqualTo(KJONN);
        assertThat(variable.path("valueType").asString()).isEqualTo("code-list");
        assertThat(variable.path("register").path("id").asString()).isEqualTo(id);
        JsonNode codeList = variable.path("codeList");
        assertThat(codeList.path("iri").asString()).isEqualTo(KJONN_CODES);
        assertThat(codeList.path("codes")).extracting(c -> c.path("notation").asString()).contains("1", "2");

        JsonNode codes = ApiDescription.JSON.readTree(api.get("/api/v1/codelists/" + codeList.path("id").asString()).body());
        assertThat(codes.path("codes")).isEqualTo(codeList.path("codes"));

        JsonNode coverage = ApiDescription.JSON.readTree(api.get("/api/v1/registers/" + ResourceIds.of(NYFODT) + "/coverage").body());
        assertThat(coverage.path("nationalComputed").asBoolean()).isTrue();
        assertThat(coverage.path("national").size()).isPositive();
        assertThat(coverage.path("rates")).anySatisfy(r -> assertThat(r.path("reportingUnit").path("name").asString()).isNotBlank());

        JsonNode indicators = ApiDescription.JSON.readTree(api.get("/api/v1/registers/" + ResourceIds.of(NYFODT) + "/indicators").body());
        assertThat(indicators.path("items").size()).isEqualTo(4);
        assertThat(indicators.path("items")).allSatisfy(i -> assertThat(i.path("measurements").size()).isPositive());
    }

    @Test
    void everyDocumentedFaultAnswersItsSchema() throws Exception {
        int checked = 0;
        for (ApiDescription.Operation operation : description.reads()) {
            if (operation.documents("404")) {
                String url = operation.path().replace("{id}", "no-such-resource-0000abcd");
                HttpResponse<String> response = api.get(url);
                assertThat(response.statusCode()).as(url).isEqualTo(404);
                assertProblem(operation, "404", url, response);
                checked++;
            }
            if (operation.documents("400")) {
                String url = urls(operation).get(0) + "?size=many";
                HttpResponse<String> response = api.get(url);
                assertThat(response.statusCode()).as(url).isEqualTo(400);
                assertProblem(operation, "400", url, response);
                assertThat(ApiDescription.JSON.readTree(response.body()).path("invalid-params"))
                        .extracting(p -> p.path("name").asString()).containsExactly("size");
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(description.reads().size());
    }

    @Test
    void readsCarryAnEtagAndCacheControlAndAnswerAnyOrigin() throws Exception {
        String url = "/api/v1/registers/" + ResourceIds.of(MFR);
        HttpResponse<String> first = api.send(HttpRequest.newBuilder(api.uri(url)).header("Origin", "https://elsewhere.example").build());
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(first.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("max-age=60", "public"));
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = api.send(HttpRequest.newBuilder(api.uri(url)).header("If-None-Match", etag).build());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        HttpResponse<String> preflight = api.send(HttpRequest.newBuilder(api.uri("/api/v1/variables?q=vekt"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match").build());
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(m -> assertThat(m).contains("GET"));

        // The site's own pages are not opened to other origins.
        HttpResponse<String> page = api.send(HttpRequest.newBuilder(api.uri("/search?q=vekt")).header("Origin", "https://elsewhere.example").build());
        assertThat(page.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void swaggerUiIsServed() throws Exception {
        HttpResponse<String> ui = api.get("/swagger-ui.html");
        if (ui.statusCode() == 302) {
            ui = api.get(ui.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""));
        }
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
    }

    @Test
    void searchWithTextFiltersAndFacetsFindsTheVariable() throws Exception {
        HttpResponse<String> response = api.get("/api/v1/variables?q=" + URLEncoder.encode("fodselsvekt", StandardCharsets.UTF_8)
                + "&register=" + ResourceIds.of(MFR) + "&valueType=integer&valueType=decimal&codes=false&sort=relevance&size=5");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode page = ApiDescription.JSON.readTree(response.body());
        assertThat(page.path("items").get(0).path("notation").asString()).isEqualTo("VEKT");
        assertThat(page.path("facets").path("register")).anySatisfy(f -> {
            assertThat(f.path("value").asString()).isEqualTo(ResourceIds.of(MFR));
            assertThat(f.path("selected").asBoolean()).isTrue();
        });
        assertThat(page.path("facets").path("codes")).extracting(f -> f.path("value").asString()).containsExactly("true", "false");
    }

    private void assertProblem(ApiDescription.Operation operation, String status, String url, HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).as(url).hasValue("application/problem+json");
        assertValid(operation, status, "application/problem+json", url, response.body());
    }

    private void assertValid(ApiDescription.Operation operation, String status, String mediaType, String url, String body) {
        Schema schema = description.schema(operation, status, mediaType)
                .orElseGet(() -> fail("The description gives no " + mediaType + " schema for " + status + " of " + operation.id()));
        List<Error> errors = schema.validate(ApiDescription.JSON.readTree(body));
        List<String> messages = new ArrayList<>();
        errors.forEach(e -> messages.add(e.toString()));
        assertThat(messages).as(url + " answers its " + status + " schema; body: " + abbreviated(body)).isEmpty();
    }

    private static String abbreviated(String body) {
        return body.length() > 2000 ? body.substring(0, 2000) + "…" : body;
    }
}
