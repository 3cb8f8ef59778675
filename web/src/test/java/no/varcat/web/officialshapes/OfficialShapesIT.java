package no.varcat.web.officialshapes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import no.varcat.web.VarcatIntegrationTest;

/**
 * The official shapes registered as data through the admin API (an upload for DCAT-AP-NO 2.0, the
 * published addresses for HealthDCAT-AP Release 8, served here from the reference folder on
 * loopback), and the self-check reporting against them: the official examples, and files broken
 * on purpose, with the results named.
 */
@VarcatIntegrationTest
class OfficialShapesIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final String ADMIN = "Basic " + Base64.getEncoder()
            .encodeToString(("admin:" + VarcatIntegrationTest.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final String DCT = "http://purl.org/dc/terms/";

    /** A dataset with a title and nothing else DCAT-AP-NO 2.0 requires: varcat lands it, the official shapes do not accept it. */
    private static final String TITLE_ONLY = """
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            @prefix dct: <http://purl.org/dc/terms/> .
            <https://register.example/katalog> a dcat:Catalog ;
                dct:title "Katalog"@nb ;
                dcat:dataset <https://register.example/datasett/bare-tittel> .
            <https://register.example/datasett/bare-tittel> a dcat:Dataset ;
                dct:title "Register med bare tittel"@nb .
            """;

    @LocalServerPort
    int port;

    private HttpServer server;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.start();
        removeSets();
    }

    @AfterEach
    void stop() throws Exception {
        server.stop(0);
        removeSets();
    }

    @Test
    void dcatApNo2RegisteredByUploadJudgesTheOfficialExamplesAndABrokenFile() throws Exception {
        byte[] shapes = Reference.bytes("dcat-ap-no/DCAT-AP-NO-shacl_shapes_2.00.ttl");
        byte[] examples = Reference.bytes("dcat-ap-no/examples-DCAT-AP-NO2.0.ttl");
        JsonNode none = selfCheck(examples, "examples.ttl");
        assertThat(none.path("official").path("status").asString()).isEqualTo("none-registered");
        assertThat(none.path("official").path("note").asString()).contains("No official shape set");

        Multipart form = new Multipart().field("label", "DCAT-AP-NO 2.0").file("file", "DCAT-AP-NO-shacl_shapes_2.00.ttl", shapes);
        assertThat(send(form.request("/api/admin/shapes/it-dcat-ap-no-2", "PUT", null)).statusCode()).as("without login")
                .isEqualTo(401);
        HttpResponse<String> created = send(form.request("/api/admin/shapes/it-dcat-ap-no-2", "PUT", ADMIN));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode set = JSON.readTree(created.body());
        assertThat(set.path("label").asString()).isEqualTo("DCAT-AP-NO 2.0");
        assertThat(set.path("rootShapes").asInt()).isGreaterThan(10);
        assertThat(set.path("files").get(0).path("name").asString()).isEqualTo("DCAT-AP-NO-shacl_shapes_2.00.ttl");
        assertThat(set.path("files").get(0).path("triples").asLong()).isGreaterThan(500);
        assertThat(JSON.readTree(admin("GET", "/api/admin/shapes").body())).extracting(s -> s.path("name").asString())
                .containsExactly("it-dcat-ap-no-2");

        JsonNode official = officialSet(selfCheck(examples, "examples.ttl"), "it-dcat-ap-no-2");
        assertThat(official.path("label").asString()).isEqualTo("DCAT-AP-NO 2.0");
        assertThat(official.path("violations").asLong()).as("%s", official).isZero();

        JsonNode broken = selfCheck(TITLE_ONLY.getBytes(StandardCharsets.UTF_8), "bare-tittel.ttl");
        assertThat(broken.path("wouldLand").asBoolean()).as("varcat lands what it can show").isTrue();
        JsonNode verdict = officialSet(broken, "it-dcat-ap-no-2");
        assertThat(verdict.path("conforms").asBoolean()).isFalse();
        assertThat(verdict.path("violations").asLong()).isPositive();
        List<String> dataset = results(verdict, "https://register.example/datasett/bare-tittel");
        assertThat(dataset).contains("violation " + DCT + "description", "violation " + DCT + "identifier",
                "violation " + DCT + "publisher", "violation " + DCAT + "theme");
        assertThat(dataset).as("a contact point is varcat's wish, not DCAT-AP-NO 2.0's rule")
                .doesNotContain("violation " + DCAT + "contactPoint");
        assertThat(results(verdict, "https://register.example/katalog")).contains("violation " + DCT + "description",
                "violation " + DCT + "publisher");

        HttpResponse<String> gone = admin("DELETE", "/api/admin/shapes/it-dcat-ap-no-2");
        assertThat(gone.statusCode()).isEqualTo(204);
        assertThat(admin("GET", "/api/admin/shapes/it-dcat-ap-no-2").statusCode()).isEqualTo(404);
        assertThat(selfCheck(examples, "examples.ttl").path("official").path("status").asString()).isEqualTo("none-registered");
    }

    @Test
    void theDcatApNo3DraftRegisteredAsItsCoreAndRangeFilesJudgesItsExampleCatalog() throws Exception {
        HttpResponse<String> created = send(new Multipart().field("label", "DCAT-AP-NO 3 (draft)")
                .file("file", "dcatapno3-core-shapes.ttl", Reference.bytes("dcat-ap-no/dcatapno3-core-shapes.ttl"))
                .file("file", "dcatapno3-range-shapes.ttl", Reference.bytes("dcat-ap-no/dcatapno3-range-shapes.ttl"))
                .request("/api/admin/shapes/it-dcat-ap-no-3", "PUT", ADMIN));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(JSON.readTree(created.body()).path("files")).extracting(f -> f.path("name").asString())
                .containsExactly("dcatapno3-core-shapes.ttl", "dcatapno3-range-shapes.ttl");

        JsonNode draft = officialSet(selfCheck(Reference.bytes("dcat-ap-no/example-v3draft-catalog.ttl"), "test.ttl"), "it-dcat-ap-no-3");

        assertThat(draft.path("conforms").asBoolean()).isFalse();
        String distribution = "https://example.com/test/relasjon/begrep/testDistribusjon1";
        assertThat(results(draft, distribution)).contains("violation " + DCAT + "mediaType", "violation " + DCAT + "packageFormat",
                "warning " + DCAT + "packageFormat");
        assertThat(results(draft, "https://example.com/test/relasjon/testKatalog")).contains("violation " + DCAT + "contactPoint",
                "violation " + DCT + "description");
        assertThat(StreamSupport.stream(draft.path("results").spliterator(), false)
                .filter(r -> r.path("focusNode").asString().equals(distribution) && r.path("path").asString().equals(DCAT + "mediaType"))
                .findFirst().orElseThrow().path("message").asString()).startsWith("The value of property dcat:mediaType MUST come from IANA");
    }

    @Test
    void healthDcatApRelease8RegisteredByAddressJudgesTheReleaseExamples() throws Exception {
        List<String> files = List.of("healthdcat-ap/shapes-r8/shapes/public-shapes.ttl", "healthdcat-ap/shapes-r8/ranges/range.ttl",
                "dcat-ap/dcat-ap-3.0.1-SHACL.ttl", "dcat-ap/dcat-ap-3.0.1-ranges.ttl");
        StringBuilder form = new StringBuilder("label=" + encode("HealthDCAT-AP Release 8 (public)"));
        for (String file : files) {
            byte[] bytes = Reference.bytes(file);
            String path = "/" + file;
            server.createContext(path, exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "text/turtle");
                exchange.sendResponseHeaders(200, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            });
            form.append("&url=").append(encode("http://127.0.0.1:" + server.getAddress().getPort() + path));
        }
        HttpResponse<String> created = send(HttpRequest.newBuilder(uri("/api/admin/shapes/it-healthdcat-ap-r8"))
                .header("Authorization", ADMIN).header("Content-Type", "application/x-www-form-urlencoded")
                .PUT(HttpRequest.BodyPublishers.ofString(form.toString())).build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(JSON.readTree(created.body()).path("files")).extracting(f -> f.path("name").asString())
                .containsExactly("public-shapes.ttl", "range.ttl", "dcat-ap-3.0.1-SHACL.ttl", "dcat-ap-3.0.1-ranges.ttl");
        assertThat(JSON.readTree(created.body()).path("files").get(0).path("source").asString()).startsWith("http://127.0.0.1:");

        // ARCA, a release example: only the concepts of vocabularies varcat does not ship (publisher and licence types) are not known as skos:Concept.
        JsonNode arca = officialSet(selfCheck(Reference.bytes("healthdcat-ap/examples/ARCA.ttl"), "ARCA.ttl"), "it-healthdcat-ap-r8");
        assertThat(arca.path("violations").asLong()).as("%s", arca).isEqualTo(4);
        assertThat(StreamSupport.stream(arca.path("results").spliterator(), false))
                .allSatisfy(r -> {
                    assertThat(r.path("path").asString()).isEqualTo(DCT + "type");
                    assertThat(r.path("message").asString()).contains("skos/core#Concept");
                });

        // The hasVariables example describes its dataset's variables only: the dataset lacks what Release 8 requires.
        JsonNode variables = officialSet(selfCheck(Reference.bytes("healthdcat-ap/examples/healthdcataphasVariables.ttl"),
                "healthdcataphasVariables.ttl"), "it-healthdcat-ap-r8");
        String dataset = "https://healthdcat-ap.example.org/release-7/example/dataset-oncology-ehrs-2024";
        assertThat(results(variables, dataset)).contains("violation http://healthdataportal.eu/ns/health#hdab",
                "violation http://data.europa.eu/r5r/applicableLegislation", "violation " + DCT + "title");
        assertThat(StreamSupport.stream(variables.path("results").spliterator(), false)
                .filter(r -> r.path("path").asString().equals("http://healthdataportal.eu/ns/health#hdab")).findFirst().orElseThrow()
                .path("message").asString()).isEqualTo("Each dcat:Dataset must have exactly one healthdcatap:hdab");
    }

    @Test
    void aFileThatIsNotTurtleOrNotShaclIsRefusedSayingWhere() throws Exception {
        Multipart broken = new Multipart().field("label", "Broken").file("file", "broken.ttl",
                "@prefix sh: <http://www.w3.org/ns/shacl#> .\n<a> a sh:NodeShape ;\n  sh:targetClass <b> \n  sh:closed true .\n"
                        .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> notTurtle = send(broken.request("/api/admin/shapes/it-broken", "PUT", ADMIN));
        assertThat(notTurtle.statusCode()).isEqualTo(400);
        assertThat(notTurtle.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(notTurtle.body());
        assertThat(problem.path("parameter").asString()).isEqualTo("file");
        assertThat(problem.path("file").asString()).isEqualTo("broken.ttl");
        assertThat(problem.path("line").asInt()).isEqualTo(4);
        assertThat(problem.path("column").asInt()).isPositive();
        assertThat(problem.path("detail").asString()).startsWith("broken.ttl is not Turtle: line 4, column");

        HttpResponse<String> notShacl = send(new Multipart().field("label", "Examples")
                .file("file", "examples.ttl", Reference.bytes("dcat-ap-no/examples-DCAT-AP-NO2.0.ttl"))
                .request("/api/admin/shapes/it-broken", "PUT", ADMIN));
        assertThat(notShacl.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(notShacl.body()).path("detail").asString()).startsWith("examples.ttl holds no SHACL");
        assertThat(admin("GET", "/api/admin/shapes/it-broken").statusCode()).as("nothing stored").isEqualTo(404);

        HttpResponse<String> badName = send(new Multipart().field("label", "x").file("file", "a.ttl", new byte[] {'x'})
                .request("/api/admin/shapes/Not_A_Name", "PUT", ADMIN));
        assertThat(JSON.readTree(badName.body()).path("parameter").asString()).isEqualTo("name");
    }

    /** "severity path" of each result about {@code focus}. */
    private static List<String> results(JsonNode set, String focus) {
        List<String> found = new ArrayList<>();
        set.path("results").forEach(r -> {
            if (r.path("focusNode").asString().equals(focus)) {
                found.add(r.path("severity").asString() + " " + r.path("path").asString());
            }
        });
        return found;
    }

    private static JsonNode officialSet(JsonNode report, String name) {
        assertThat(report.path("official").path("status").asString()).as("%s", report.path("official")).isEqualTo("checked");
        return StreamSupport.stream(report.path("official").path("sets").spliterator(), false)
                .filter(s -> s.path("name").asString().equals(name)).findFirst().orElseThrow();
    }

    private JsonNode selfCheck(byte[] file, String name) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = send(new Multipart().field("format", "turtle").file("file", name, file)
                .request("/api/v1/self-check", "POST", null));
        // Measured, not asserted: docs/self-check.md quotes it.
        System.out.printf("self-check of %s (%d bytes): %d ms%n", name, file.length, (System.nanoTime() - started) / 1_000_000);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private void removeSets() throws Exception {
        for (JsonNode set : JSON.readTree(admin("GET", "/api/admin/shapes").body())) {
            admin("DELETE", "/api/admin/shapes/" + set.path("name").asString());
        }
    }

    private HttpResponse<String> admin(String method, String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", ADMIN).header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A multipart/form-data body of fields and files. */
    private final class Multipart {

        private static final String BOUNDARY = "----varcatshapes";
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();

        Multipart field(String name, String value) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            return this;
        }

        Multipart file(String name, String fileName, byte[] content) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: text/turtle\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            return this;
        }

        HttpRequest request(String path, String method, String authorization) {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            all.writeBytes(body.toByteArray());
            all.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary="
                    + BOUNDARY).header("Accept", "application/json").method(method, HttpRequest.BodyPublishers.ofByteArray(all.toByteArray()));
            if (authorization != null) {
                builder.header("Authorization", authorization);
            }
            return builder.build();
        }
    }

}
