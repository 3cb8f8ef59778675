package no.varcat.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;

import no.varcat.catalog.search.SearchConnection;
import no.varcat.catalog.store.CatalogStore;
import no.varcat.web.VarcatIntegrationTest;
import no.varcat.web.selfcheck.SelfCheckSamples;

/**
 * The self-check over HTTP, as a register's program calls it: a URL served by a real server on
 * loopback, an upload, and requests it cannot use; every answer as the OpenAPI description says, and
 * neither the store nor the index touched.
 */
@VarcatIntegrationTest
class SelfCheckApiIT {

    private static final String BOUNDARY = "----selfcheck";

    @LocalServerPort
    int port;

    @Autowired
    CatalogStore store;

    @Autowired
    SearchConnection connection;

    private ApiClient api;
    private ApiDescription description;
    private HttpServer server;

    @BeforeEach
    void start() throws Exception {
        api = new ApiClient(port);
        description = new ApiDescription(api.get("/v3/api-docs").body());
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/katalog.ttl", exchange -> {
            byte[] body = SelfCheckSamples.TURTLE.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/turtle");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void checksWhatAnAddressServesAndStoresNothing() throws Exception {
        long quadsBefore = quads();
        long indexedBefore = indexed();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/katalog.ttl";

        HttpResponse<String> response = post("url=" + encode(url) + "&format=turtle", "application/x-www-form-urlencoded");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertAnswers("200", "application/json", response.body());
        JsonNode report = ApiDescription.JSON.readTree(response.body());
        assertThat(report.path("wouldLand").asBoolean()).isTrue();
        assertThat(report.path("httpStatus").asInt()).isEqualTo(200);
        assertThat(report.path("registers").get(0).path("iri").asString()).isEqualTo(SelfCheckSamples.REGISTER);
        assertThat(report.path("registers").get(0).path("quality").path("toGain").size()).isPositive();
        assertThat(report.path("leftOut").get(0).path("iri").asString()).isEqualTo(SelfCheckSamples.UNTITLED);
        assertThat(report.path("leftOut").get(0).path("reason").asString()).contains("no title");
        HttpResponse<String> json = post("{\"url\": \"" + url + "\", \"format\": \"turtle\"}", "application/json");
        assertThat(json.statusCode()).as(json.body()).isEqualTo(200);
        assertThat(ApiDescription.JSON.readTree(json.body()).path("registers")).isEqualTo(report.path("registers"));
        HttpResponse<String> broken = post("{\"url\": ", "application/json");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertAnswers("400", "application/problem+json", broken.body());
        assertThat(quads()).as("triples in the store").isEqualTo(quadsBefore);
        assertThat(indexed()).as("documents Elasticsearch indexed").isEqualTo(indexedBefore);
    }

    @Test
    void checksAnUploadAndSaysWhereItBreaks() throws Exception {
        HttpResponse<String> codebook = upload(SelfCheckSamples.CODEBOOK, "kodebok.csv", "codebook-csv", "plain");
        assertThat(codebook.statusCode()).as(codebook.body()).isEqualTo(200);
        assertAnswers("200", "application/json", codebook.body());
        JsonNode report = ApiDescription.JSON.readTree(codebook.body());
        assertThat(report.path("checked").asString()).isEqualTo("kodebok.csv");
        assertThat(report.path("variables").asInt()).isEqualTo(2);

        HttpResponse<String> broken = upload(SelfCheckSamples.BROKEN_TURTLE, "katalog.ttl", "turtle", null);
        assertThat(broken.statusCode()).isEqualTo(200);
        JsonNode issues = ApiDescription.JSON.readTree(broken.body()).path("issues");
        assertThat(issues.get(0).path("line").asInt()).isEqualTo(3);
        assertThat(issues.get(0).path("column").isNumber()).isTrue();
    }

    /**
     * An upload past the size cap is refused with the problem that says so, every time, also to a
     * client that sends its whole body before it reads the answer: Tomcat must read the rest of the
     * body (server.tomcat.max-swallow-size) rather than close the connection under a client still
     * sending, which then sees a reset instead of the answer.
     */
    @Test
    void refusesEachUploadPastTheCapWithAProblem() throws Exception {
        byte[] tooLarge = multipart("x".repeat(11 * 1024 * 1024), "kodebok.csv", "codebook-csv", "plain")
                .getBytes(StandardCharsets.UTF_8);
        for (int attempt = 1; attempt <= 3; attempt++) {
            String answer = sendWholeThenRead(tooLarge);
            assertThat(answer).as("attempt %d", attempt).startsWith("HTTP/1.1 413 ")
                    .contains("The upload is larger than the size cap");
        }
    }

    /** A POST of the multipart body written in full before a byte of the answer is read. */
    private String sendWholeThenRead(byte[] body) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/self-check HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
                    + "Content-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void namesEachParameterItCannotUse() throws Exception {
        HttpResponse<String> response = post("url=" + encode("file:///etc/passwd") + "&format=gif", "application/x-www-form-urlencoded");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertAnswers("400", "application/problem+json", response.body());
        assertThat(ApiDescription.JSON.readTree(response.body()).path("invalid-params")).extracting(p -> p.path("name").asString())
                .containsExactly("url", "format");
        HttpResponse<String> nothing = post("format=turtle", "application/x-www-form-urlencoded");
        assertThat(nothing.statusCode()).isEqualTo(400);
        assertThat(ApiDescription.JSON.readTree(nothing.body()).path("invalid-params").get(0).path("name").asString()).isEqualTo("file");
    }

    private HttpResponse<String> post(String body, String type) throws IOException, InterruptedException {
        return api.send(HttpRequest.newBuilder(api.uri("/api/v1/self-check")).header("Content-Type", type)
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> upload(String content, String name, String format, String preset) throws Exception {
        return post(multipart(content, name, format, preset), "multipart/form-data; boundary=" + BOUNDARY);
    }

    private static String multipart(String content, String name, String format, String preset) {
        StringBuilder body = new StringBuilder();
        body.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\n").append(format)
                .append("\r\n");
        if (preset != null) {
            body.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"preset\"\r\n\r\n").append(preset)
                    .append("\r\n");
        }
        body.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"").append(name)
                .append("\"\r\nContent-Type: text/plain\r\n\r\n").append(content).append("\r\n--").append(BOUNDARY).append("--\r\n");
        return body.toString();
    }

    private void assertAnswers(String status, String mediaType, String body) {
        ApiDescription.Operation operation = description.operations().stream().filter(o -> o.id().equals("selfCheck")).findFirst()
                .orElseThrow();
        Schema schema = description.schema(operation, status, mediaType).orElseThrow();
        List<String> errors = new ArrayList<>();
        for (Error error : schema.validate(ApiDescription.JSON.readTree(body))) {
            errors.add(error.toString());
        }
        assertThat(errors).as(body).isEmpty();
    }

    private long quads() {
        long[] count = {0};
        store.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", row -> count[0] = row.getLiteral("n").getLong());
        return count[0];
    }

    /** Documents indexed since Elasticsearch started, over every index: what was really sent. */
    private long indexed() throws IOException {
        var response = connection.lowLevel().performRequest(new Request("GET", "/_stats/indexing"));
        JsonNode body = ApiDescription.JSON.readTree(EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8));
        return body.path("_all").path("primaries").path("indexing").path("index_total").asLong();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
