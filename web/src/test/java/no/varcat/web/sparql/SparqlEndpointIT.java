package no.varcat.web.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.apache.jena.sparql.exec.http.UpdateExecutionHTTP;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import no.varcat.catalog.store.CatalogStore;
import no.varcat.web.VarcatIntegrationTest;

/**
 * {@code /sparql} on the sample catalog, through Jena's own SPARQL client and through plain HTTP: every
 * query form and result syntax, the limits, what stays hidden, and what a hostile request gets.
 */
@VarcatIntegrationTest
class SparqlEndpointIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PREFIXES = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
            + "PREFIX dcat: <http://www.w3.org/ns/dcat#> PREFIX varcat: <https://w3id.org/varcat/ns#> "
            + "PREFIX prov: <http://www.w3.org/ns/prov#> ";
    private static final String VEKT = "https://sample.varcat.no/fhi/mfr/variable/VEKT";
    private static final String BIRTH_WEIGHT = PREFIXES
            + "SELECT ?label WHERE { <" + VEKT + "> skos:prefLabel ?label FILTER(lang(?label) = 'nb') }";

    @LocalServerPort
    int port;

    @Autowired
    CatalogStore store;

    // Jena's client

    @Test
    void jenasClientSelectsAsksConstructsAndDescribes() {
        try (QueryExecutionHTTP select = QueryExecutionHTTP.service(endpoint()).query(BIRTH_WEIGHT).build()) {
            assertThat(select.execSelect().next().getLiteral("label").getString()).isEqualTo("Fødselsvekt");
        }
        try (QueryExecutionHTTP select = QueryExecutionHTTP.service(endpoint()).query(BIRTH_WEIGHT).sendMode(
                QuerySendMode.asPostForm).build()) {
            assertThat(select.execSelect().next().getLiteral("label").getString()).isEqualTo("Fødselsvekt");
        }
        try (QueryExecutionHTTP ask = QueryExecutionHTTP.service(endpoint())
                .query(PREFIXES + "ASK { ?register a dcat:Dataset ; dcat:keyword ?k }").build()) {
            assertThat(ask.execAsk()).isTrue();
        }
        try (QueryExecutionHTTP construct = QueryExecutionHTTP.service(endpoint())
                .query(PREFIXES + "CONSTRUCT { ?v skos:notation ?n } WHERE { ?v skos:notation ?n FILTER(?v = <" + VEKT + ">) }").build()) {
            Model model = construct.execConstruct();
            assertThat(model.contains(ResourceFactory.createResource(VEKT), SKOS.notation, "VEKT")).isTrue();
            assertThat(model.size()).isEqualTo(1);
        }
        try (QueryExecutionHTTP describe = QueryExecutionHTTP.service(endpoint()).query("DESCRIBE <" + VEKT + ">").build()) {
            Model model = describe.execDescribe();
            assertThat(model.contains(ResourceFactory.createResource(VEKT), SKOS.prefLabel)).isTrue();
        }
    }

    @Test
    void jenasClientIsRefusedAnUpdateAndAFederatedQuery() {
        assertThatThrownBy(() -> UpdateExecutionHTTP.service(endpoint()).update("INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }")
                .build().execute())
                .isInstanceOfSatisfying(HttpException.class, e -> assertThat(e.getStatusCode()).isEqualTo(403));
        assertThatThrownBy(() -> {
            try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(endpoint())
                    .query("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }").build()) {
                qe.execSelect().hasNext();
            }
        }).isInstanceOfSatisfying(QueryExceptionHTTP.class, e -> assertThat(e.getStatusCode()).isEqualTo(400));
    }

    // Plain HTTP: every result syntax

    @Test
    void selectAnswersInEachResultSyntax() throws Exception {
        for (Lang lang : List.of(ResultSetLang.RS_JSON, ResultSetLang.RS_XML, ResultSetLang.RS_CSV, ResultSetLang.RS_TSV)) {
            HttpResponse<byte[]> response = get("?query=" + encode(BIRTH_WEIGHT), lang.getHeaderString());
            assertThat(response.statusCode()).as(lang.getLabel()).isEqualTo(200);
            assertThat(contentType(response)).as(lang.getLabel()).startsWith(lang.getHeaderString());
            assertThat(String.join(",", response.headers().allValues("Vary"))).containsIgnoringCase("Accept");
            ResultSet rows = ResultsReader.create().lang(lang).read(new ByteArrayInputStream(response.body()));
            assertThat(rows.next().get("label").asLiteral().getLexicalForm()).as(lang.getLabel()).isEqualTo("Fødselsvekt");
        }
        HttpResponse<byte[]> byFormat = get("?format=csv&query=" + encode(BIRTH_WEIGHT), "application/sparql-results+json");
        assertThat(contentType(byFormat)).startsWith("text/csv");
        assertThat(new String(byFormat.body(), StandardCharsets.UTF_8)).isEqualTo("label\r\nFødselsvekt\r\n");
    }

    @Test
    void askAndTheGraphFormsAnswerInTheirSyntaxes() throws Exception {
        HttpResponse<byte[]> ask = get("?query=" + encode("ASK { <" + VEKT + "> ?p ?o }"), "application/sparql-results+json");
        assertThat(JSON.readValue(ask.body(), new TypeReference<Map<String, Object>>() { })).containsEntry("boolean", true);

        String construct = PREFIXES + "CONSTRUCT WHERE { <" + VEKT + "> skos:prefLabel ?label }";
        for (Lang lang : List.of(Lang.TURTLE, Lang.JSONLD, Lang.RDFXML, Lang.NTRIPLES)) {
            for (String query : List.of(construct, "DESCRIBE <" + VEKT + ">")) {
                HttpResponse<byte[]> response = get("?query=" + encode(query), lang.getHeaderString());
                assertThat(response.statusCode()).as(lang.getLabel()).isEqualTo(200);
                assertThat(contentType(response)).startsWith(lang.getHeaderString());
                Graph graph = RDFParser.source(new ByteArrayInputStream(response.body())).lang(lang).toGraph();
                assertThat(graph.find(org.apache.jena.graph.NodeFactory.createURI(VEKT), SKOS.prefLabel.asNode(), null).toList())
                        .as(lang.getLabel() + " " + query).hasSize(2);
            }
        }
        assertThat(contentType(get("?query=" + encode(construct), null))).startsWith("text/turtle");
    }

    @Test
    void postsAFormOrAQueryBodyWithoutLoginOrCsrfToken() throws Exception {
        HttpResponse<byte[]> form = send(HttpRequest.newBuilder(URI.create(endpoint()))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + encode(BIRTH_WEIGHT))));
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(new String(form.body(), StandardCharsets.UTF_8)).contains("Fødselsvekt");
        assertThat(form.headers().firstValue("Set-Cookie")).as("stateless").isEmpty();

        HttpResponse<byte[]> body = send(HttpRequest.newBuilder(URI.create(endpoint()))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(BIRTH_WEIGHT, StandardCharsets.UTF_8)));
        assertThat(body.statusCode()).isEqualTo(200);
        assertThat(new String(body.body(), StandardCharsets.UTF_8)).contains("Fødselsvekt");
    }

    @Test
    void otherSitesMayReadIt() throws Exception {
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(URI.create(endpoint() + "?query=" + encode(BIRTH_WEIGHT)))
                .header("Origin", "https://analyst.example.org"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    }

    // Read-only

    @Test
    void everyKindOfUpdateIsRefused() throws Exception {
        String update = "INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }";
        List<HttpResponse<byte[]>> refused = new ArrayList<>();
        refused.add(get("?update=" + encode(update), null));
        refused.add(get("?query=" + encode(update), null));
        refused.add(send(HttpRequest.newBuilder(URI.create(endpoint())).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + encode(update)))));
        refused.add(send(HttpRequest.newBuilder(URI.create(endpoint())).header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update))));
        refused.add(send(HttpRequest.newBuilder(URI.create(endpoint())).header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString("DROP ALL"))));
        for (HttpResponse<byte[]> response : refused) {
            assertThat(problem(response, 403).get("detail").toString()).contains("read-only", "refuses every update");
        }
        assertThat(store.ask("ASK { <urn:x:s> ?p ?o }")).isFalse();
    }

    // Only public graphs

    @Test
    void theSourcesGraphAndTheHarvestLogsAreNotVisible() throws Exception {
        assertThat(store.graphNames()).as("the hidden graphs exist")
                .contains("urn:varcat:sources", "urn:varcat:harvest-log:mfr", "urn:varcat:ids:mfr");
        assertThat(store.ask(PREFIXES + "ASK { ?s a varcat:HarvestSource }")).isTrue();

        List<String> graphs = column(PREFIXES + "SELECT DISTINCT ?g WHERE { GRAPH ?g { } }", "g");
        assertThat(graphs).contains("urn:varcat:source:mfr").allMatch(g -> g.startsWith("urn:varcat:source:"));
        assertThat(column("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", "g")).allMatch(g -> g.startsWith("urn:varcat:source:"));

        for (String hidden : List.of(
                "ASK { ?s a varcat:HarvestSource }",
                "ASK { ?run a varcat:HarvestRun }",
                "ASK { ?s prov:wasGeneratedBy ?run }",
                "ASK { ?resource varcat:pathId ?id }",
                "ASK { GRAPH <urn:varcat:sources> { ?s ?p ?o } }",
                "ASK { GRAPH <urn:varcat:harvest-log:mfr> { ?s ?p ?o } }",
                "ASK FROM <urn:varcat:sources> { ?s ?p ?o }",
                "ASK FROM NAMED <urn:varcat:harvest-log:mfr> { GRAPH ?g { ?s ?p ?o } }",
                "ASK { GRAPH <urn:x-arq:UnionGraph> { ?s a varcat:HarvestSource } }",
                "ASK { <urn:varcat:harvest-source:mfr> ?p ?o }")) {
            assertThat(ask(PREFIXES + hidden)).as(hidden).isFalse();
        }
        HttpResponse<byte[]> byProtocol = get("?default-graph-uri=" + encode("urn:varcat:sources") + "&query="
                + encode("ASK { ?s ?p ?o }"), "application/sparql-results+json");
        assertThat(new String(byProtocol.body(), StandardCharsets.UTF_8)).contains("false");
        HttpResponse<byte[]> described = get("?query=" + encode("DESCRIBE <urn:varcat:harvest-source:mfr>"), "application/n-triples");
        assertThat(described.statusCode()).isEqualTo(200);
        assertThat(described.body()).isEmpty();
    }

    // Limits

    @Test
    void aLongAnswerIsCutAtTheResultLimitAndSaysSo() throws Exception {
        HttpResponse<byte[]> response = get("?query=" + encode("SELECT * WHERE { ?s ?p ?o }"), "text/tab-separated-values");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue(SparqlController.RESULT_LIMIT)).hasValue("10000");
        assertThat(response.headers().firstValue(SparqlController.TRUNCATED)).hasValue("true");
        assertThat(new String(response.body(), StandardCharsets.UTF_8).lines()).hasSize(1 + 10_000);

        HttpResponse<byte[]> short_ = get("?query=" + encode(BIRTH_WEIGHT), null);
        assertThat(short_.headers().firstValue(SparqlController.TRUNCATED)).isEmpty();
    }

    @Test
    void aRunawayQueryStopsAtTheTimeLimitWithAClearMessage() throws Exception {
        long start = System.nanoTime();
        HttpResponse<byte[]> response = get("?query=" + encode(
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"), "application/sparql-results+json");
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        Map<String, Object> problem = problem(response, 503);
        assertThat(problem.get("detail").toString()).contains("time limit of 10 s", "was stopped", "LIMIT");
        assertThat(took).isBetween(Duration.ofSeconds(9), Duration.ofSeconds(20));
    }

    // Errors

    @Test
    void aSyntaxErrorSaysWhere() throws Exception {
        Map<String, Object> problem = problem(get("?query=" + encode("SELECT ?s\nWHERE {\n  ?s ?p \n}"), null), 400);
        assertThat(problem).containsEntry("parameter", "query").containsEntry("line", 4).containsEntry("column", 1);
        assertThat(problem.get("detail").toString()).isEqualTo("Encountered \"}\" at line 4, column 1.");
    }

    @Test
    void hostileRequestsGetProblemsNeverServerErrors() throws Exception {
        assertThat(problem(get("", null), 400)).containsEntry("parameter", "query");
        assertThat(problem(get("?query=", null), 400)).containsEntry("parameter", "query");
        assertThat(problem(get("?query=" + encode(BIRTH_WEIGHT) + "&query=" + encode(BIRTH_WEIGHT), null), 400))
                .containsEntry("parameter", "query");
        assertThat(problem(get("?query=" + encode("SELECT * {\u0000 ?s ?p ?o \u0007}\u001b[2J"), null), 400))
                .containsEntry("parameter", "query");
        assertThat(problem(get("?format=banana%00%1b&query=" + encode(BIRTH_WEIGHT), null), 406))
                .containsEntry("parameter", "format");
        assertThat(problem(get("?format=turtle&query=" + encode(BIRTH_WEIGHT), null), 406)).containsEntry("parameter", "format");
        assertThat(problem(get("?query=" + encode(BIRTH_WEIGHT), "text/html"), 406).get("available").toString())
                .contains("application/sparql-results+json");
        assertThat(problem(get("?default-graph-uri=not%20an%20iri&query=" + encode(BIRTH_WEIGHT), null), 400))
                .containsEntry("parameter", "default-graph-uri");
        assertThat(problem(get("?query=" + encode("SELECT * WHERE { SERVICE <http://127.0.0.1:9200/> { ?s ?p ?o } }"), null), 400))
                .containsEntry("parameter", "query");

        String huge = "SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(SparqlRequest.MAX_QUERY_CHARS);
        assertThat(problem(send(HttpRequest.newBuilder(URI.create(endpoint())).header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(huge))), 413)).containsEntry("parameter", "query");
        assertThat(problem(send(HttpRequest.newBuilder(URI.create(endpoint())).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + encode(huge)))), 413)).containsEntry("parameter", "query");
        assertThat(problem(send(HttpRequest.newBuilder(URI.create(endpoint())).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(BIRTH_WEIGHT))), 415)).containsKey("accepted");
        assertThat(problem(send(HttpRequest.newBuilder(URI.create(endpoint())).header("Content-Type", "application/sparql-query;charset=nope")
                .POST(HttpRequest.BodyPublishers.ofString(BIRTH_WEIGHT))), 415)).containsKey("accepted");
    }

    private boolean ask(String query) throws Exception {
        try (QueryExecutionHTTP ask = QueryExecutionHTTP.service(endpoint()).query(query).build()) {
            return ask.execAsk();
        }
    }

    private List<String> column(String query, String variable) {
        try (QueryExecutionHTTP select = QueryExecutionHTTP.service(endpoint()).query(query).build()) {
            List<String> values = new ArrayList<>();
            select.execSelect().forEachRemaining(row -> values.add(row.get(variable).toString()));
            return values;
        }
    }

    private Map<String, Object> problem(HttpResponse<byte[]> response, int status) throws Exception {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(response.statusCode()).as(body).isEqualTo(status);
        assertThat(contentType(response)).isEqualTo("application/problem+json");
        Map<String, Object> problem = JSON.readValue(body, new TypeReference<>() { });
        assertThat(problem).containsEntry("status", status).containsKeys("title", "detail");
        return problem;
    }

    private HttpResponse<byte[]> get(String query, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint() + query));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return send(request);
    }

    private static HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    private String endpoint() {
        return "http://localhost:" + port + "/sparql";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
