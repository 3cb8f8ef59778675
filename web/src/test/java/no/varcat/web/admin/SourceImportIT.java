package no.varcat.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.varcat.catalog.search.VariableIndexer;
import no.varcat.web.VarcatIntegrationTest;
import no.varcat.web.list.SiteSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Many sources at once, over real HTTP: a CSV imported through the admin API and the admin page,
 * each row reported (the bad ones refused with their line and column, changing nothing), the good
 * ones harvested at once from a real HTTP server and searchable; the harvests of an import wait
 * in the bounded pool (4 threads in the tests, the default), seen through the scheduler's state
 * while the running ones are held by the server; and "rebuild the search index now".
 */
@VarcatIntegrationTest
class SourceImportIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HEADER = "id,location,format,title,schedule\n";

    /** Unique per test: a deleted source's harvest log stays, and target/it-data outlives a build. */
    private final String run = Long.toString(System.nanoTime(), 36);
    private final List<String> created = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private RegistersServer server;

    @LocalServerPort
    int port;

    @Autowired
    VariableIndexer variableIndexer;

    @AfterEach
    void deleteTheSources() throws Exception {
        if (server != null) {
            server.release();
        }
        for (String id : created) {
            awaitTrue(() -> {
                HttpResponse<String> source = api("GET", "/api/admin/sources/" + id, null, null);
                return source.statusCode() == 404 || !JSON.readTree(source.body()).path("busy").asBoolean();
            }, "the runs of " + id + " to end");
            api("DELETE", "/api/admin/sources/" + id, null, null);
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theGoodRowsAreHarvestedAndSearchableAndTheBadOnesRefusedWithTheirLineAndColumn() throws Exception {
        server = new RegistersServer("https://test.varcat.no/import/" + run + "/", "importvar" + run, false);
        String a = id("a");
        String b = id("b");
        String c = id("c");
        String csv = HEADER
                + a + "," + server.url("a") + ",turtle,Importert A,0 0 3 * * *\n"
                + b + ",ftp://register.example/b,turtle,Feil adresse,\n"
                + c + "," + server.url("c") + ",turtle,\"Importert C, med komma\",\n"
                + a + "," + server.url("a") + ",turtle,Igjen,\n"
                + "Ugyldig id," + server.url("x") + ",turtel,,hver natt\n";

        HttpResponse<String> imported = importCsv(csv);

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        JsonNode report = JSON.readTree(imported.body());
        assertThat(report.path("created").asInt()).isEqualTo(2);
        assertThat(report.path("refused").asInt()).isEqualTo(3);
        JsonNode rows = report.path("rows");
        assertThat(rows).hasSize(5);
        assertRow(rows.get(0), 2, a, "CREATED");
        assertThat(rows.get(0).path("harvestStarted").asBoolean()).isTrue();
        assertRow(rows.get(1), 3, b, "REFUSED");
        assertThat(faults(rows.get(1))).containsExactly("location@2: The location is an http or https URL");
        assertRow(rows.get(2), 4, c, "CREATED");
        assertRow(rows.get(3), 5, a, "REFUSED");
        assertThat(faults(rows.get(3))).containsExactly("id@1: The id " + a + " is used on line 2 already");
        assertRow(rows.get(4), 6, "Ugyldig id", "REFUSED");
        assertThat(faults(rows.get(4))).extracting(f -> f.substring(0, f.indexOf(':')))
                .containsExactlyInAnyOrder("id@1", "format@3", "schedule@5");

        // The refused rows changed nothing; the good ones are harvested at once, without "harvest now".
        assertThat(api("GET", "/api/admin/sources/" + b, null, null).statusCode()).isEqualTo(404);
        assertThat(source(a).path("title").asString()).isEqualTo("Importert A");
        assertThat(source(c).path("title").asString()).isEqualTo("Importert C, med komma");
        for (String id : List.of(a, c)) {
            awaitTrue(() -> !source(id).path("busy").asBoolean() && source(id).path("lastRun").path("outcome").asString().equals("SUCCEEDED"),
                    id + " to be harvested");
        }
        JsonNode found = JSON.readTree(get("/api/v1/variables?q=importvar" + run).body());
        assertThat(found.path("total").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(found.toString()).contains("importvar" + run + " a", "importvar" + run + " c");

        // The same file again: nothing changes, nothing is harvested.
        JsonNode again = JSON.readTree(importCsv(csv).body());
        assertThat(again.path("unchanged").asInt()).isEqualTo(2);
        assertThat(again.path("created").asInt()).isZero();
        assertThat(again.path("rows").get(0).path("harvestStarted").asBoolean()).isFalse();
    }

    @Test
    void anAdminUploadsACsvWithSemicolonsFromTheAdminPageAndSeesTheReport() throws Exception {
        server = new RegistersServer("https://test.varcat.no/import/" + run + "/", "importvar" + run, false);
        String a = id("a");
        String csv = "\uFEFFid;format;location;title\n"
                + a + ";turtle;" + server.url("a") + ";\"Register; med semikolon\"\n"
                + id("z") + ";turtle;https://;Uten vert\n";
        Admin admin = new Admin();

        HttpResponse<String> page = admin.upload(csv);

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("Import av kilder", "1 nye, 0 endret, 0 uendret, 1 avvist.",
                "kolonne 3 (location): Adressen må være en http- eller https-URL med vertsnavn.");
        assertThat(source(a).path("title").asString()).isEqualTo("Register; med semikolon");
        awaitTrue(() -> source(a).path("lastRun").path("outcome").asString().equals("SUCCEEDED"), a + " to be harvested");
        assertThat(api("GET", "/api/admin/sources/" + id("z"), null, null).statusCode()).isEqualTo(404);

        HttpResponse<String> broken = admin.upload("id;location;formt\n");
        assertThat(broken.body()).contains("Filen kunne ikke leses, og ingenting er importert", "kilder.csv, line 1, column 3: unknown column &#39;formt&#39;");
    }

    @Test
    void theHarvestsOfAnImportWaitInTheBoundedPool() throws Exception {
        server = new RegistersServer("https://test.varcat.no/import/" + run + "/", "importvar" + run, true);
        // One more source than varcat.harvest.threads (default 4).
        List<String> ids = IntStream.rangeClosed(1, 5).mapToObj(n -> id("p" + n)).toList();
        StringBuilder csv = new StringBuilder(HEADER);
        ids.forEach(id -> csv.append(id).append(',').append(server.url(id)).append(",turtle,,\n"));

        JsonNode report = JSON.readTree(importCsv(csv.toString()).body());

        assertThat(report.path("created").asInt()).isEqualTo(5);
        assertThat(report.path("rows")).allSatisfy(r -> assertThat(r.path("harvestStarted").asBoolean()).isTrue());
        // Four runs reach the server and wait there, holding every harvest thread: the fifth is queued.
        awaitTrue(() -> server.requests() == 4, "four runs to reach the server");
        List<JsonNode> ours = new ArrayList<>();
        JSON.readTree(api("GET", "/api/admin/sources", null, null).body()).forEach(s -> {
            if (ids.contains(s.path("id").asString())) {
                ours.add(s);
            }
        });
        assertThat(ours).hasSize(5).allSatisfy(s -> assertThat(s.path("busy").asBoolean()).isTrue());
        assertThat(ours.stream().filter(s -> s.path("phase").isString())).hasSize(4)
                .allSatisfy(s -> assertThat(s.path("queued").asBoolean()).isFalse());
        assertThat(ours.stream().filter(s -> s.path("queued").asBoolean())).hasSize(1);
        assertThat(new Admin().page("/admin")).contains("4 av 4 høstinger går, 1 i kø.", "I kø");
        assertThat(server.requests()).isEqualTo(4);

        server.release();
        for (String id : ids) {
            awaitTrue(() -> source(id).path("lastRun").path("outcome").asString().equals("SUCCEEDED"), id + " to be harvested");
        }
        assertThat(server.requests()).isEqualTo(5);
    }

    @Test
    void aFileThatCannotBeReadIsRefusedWhole() throws Exception {
        HttpResponse<String> refused = importCsv("id,location,formt\n" + id("q") + ",https://register.example/q.ttl,turtle\n");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.path("line").asInt()).isEqualTo(1);
        assertThat(problem.path("column").asInt()).isEqualTo(3);
        assertThat(problem.path("detail").asString()).contains("unknown column 'formt'");
        assertThat(api("GET", "/api/admin/sources/" + id("q"), null, null).statusCode()).isEqualTo(404);

        assertThat(importCsv("id,location,format\n\"" + id("q") + ",https://x\n").statusCode()).isEqualTo(400);
        assertThat(api("POST", "/api/admin/sources/import", "application/json", "{}").statusCode()).isEqualTo(415);
        HttpResponse<String> latin1 = http.send(HttpRequest.newBuilder(uri("/api/admin/sources/import")).header("Authorization", basic())
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(
                        (HEADER + id("q") + ",https://x.example/ø.ttl,turtle,,\n").getBytes(StandardCharsets.ISO_8859_1))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(latin1.statusCode()).isEqualTo(400);
        assertThat(latin1.body()).contains("not UTF-8");
    }

    @Test
    void anAdminRebuildsTheSearchIndexBehindItsAlias() throws Exception {
        List<String> before = variableIndexer.index().concreteIndices();
        String previous = JSON.readTree(api("GET", "/api/admin/index", null, null).body()).path("lastRebuild").toString();

        HttpResponse<String> started = api("POST", "/api/admin/index/rebuild", null, null);

        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        awaitTrue(() -> {
            JsonNode status = JSON.readTree(api("GET", "/api/admin/index", null, null).body());
            return !status.path("rebuilding").asBoolean() && !status.path("lastRebuild").toString().equals(previous);
        }, "the rebuild to end");
        JsonNode last = JSON.readTree(api("GET", "/api/admin/index", null, null).body()).path("lastRebuild");
        assertThat(last.path("outcome").asString()).as(last.toString()).isEqualTo("SUCCEEDED");
        assertThat(last.path("variables").asInt()).isGreaterThan(1000);
        assertThat(variableIndexer.index().concreteIndices()).hasSize(1).doesNotContainAnyElementsOf(before);
        assertThat(get("/api/v1/variables?q=fodselsvekt").body()).contains("\"notation\":\"VEKT\"");
        assertThat(new Admin().page("/admin")).contains("Sist bygget på nytt med");
    }

    @Test
    void anAdminCompactsTheStoreAndTheCatalogGoesOnReadingAndWriting() throws Exception {
        JsonNode before = JSON.readTree(api("GET", "/api/admin/store", null, null).body());
        assertThat(before.path("bytesOnDisk").asLong()).as(before.toString()).isPositive();
        String previous = before.path("lastCompaction").toString();

        HttpResponse<String> started = api("POST", "/api/admin/store/compact", null, null);

        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        awaitTrue(() -> {
            JsonNode status = JSON.readTree(api("GET", "/api/admin/store", null, null).body());
            return !status.path("compacting").asBoolean() && !status.path("lastCompaction").toString().equals(previous);
        }, "the compaction to end");
        JsonNode status = JSON.readTree(api("GET", "/api/admin/store", null, null).body());
        JsonNode last = status.path("lastCompaction");
        assertThat(last.path("outcome").asString()).as(last.toString()).isEqualTo("SUCCEEDED");
        assertThat(last.path("reason").asString()).isEqualTo("an admin asked for it");
        assertThat(last.path("bytesAfter").asLong()).isPositive().isLessThanOrEqualTo(last.path("bytesBefore").asLong());
        assertThat(status.path("bytesOnDisk").asLong()).isEqualTo(last.path("bytesAfter").asLong());
        // The store switched to its new generation: reads and writes go on there.
        assertThat(get("/api/v1/variables?q=fodselsvekt").body()).contains("\"notation\":\"VEKT\"");
        String id = id("after-compaction");
        HttpResponse<String> put = api("PUT", "/api/admin/sources/" + id, "application/json",
                "{\"location\":\"https://x.example/after-compaction.ttl\",\"format\":\"turtle\",\"title\":\"Etter komprimering\"}");
        assertThat(put.statusCode()).as(put.body()).isEqualTo(201);
        assertThat(api("GET", "/api/admin/sources/" + id, null, null).body()).contains("Etter komprimering");
    }

    private String id(String name) {
        String id = "imp-" + run + "-" + name;
        if (!created.contains(id)) {
            created.add(id);
        }
        return id;
    }

    private static void assertRow(JsonNode row, int line, String id, String outcome) {
        assertThat(row.path("line").asInt()).as(row.toString()).isEqualTo(line);
        assertThat(row.path("id").asString()).as(row.toString()).isEqualTo(id);
        assertThat(row.path("outcome").asString()).as(row.toString()).isEqualTo(outcome);
    }

    /** Each fault as column@number: message. */
    private static List<String> faults(JsonNode row) {
        List<String> faults = new ArrayList<>();
        row.path("errors").forEach(e -> faults.add(e.path("column").asString() + "@" + e.path("columnNumber").asInt() + ": "
                + e.path("message").asString()));
        return faults;
    }

    private JsonNode source(String id) throws Exception {
        HttpResponse<String> response = api("GET", "/api/admin/sources/" + id, null, null);
        assertThat(response.statusCode()).as(id).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> importCsv(String csv) throws Exception {
        return api("POST", "/api/admin/sources/import", "text/csv", csv);
    }

    private HttpResponse<String> api(String method, String path, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Authorization", basic());
        if (body != null) {
            request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + VarcatIntegrationTest.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** The admin in a browser without JavaScript: logged in by the form, posting the upload form as multipart. */
    private final class Admin {

        private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        Admin() throws Exception {
            String token = SiteSession.csrfToken(page("/login"));
            String form = "username=admin&password=" + URLEncoder.encode(VarcatIntegrationTest.ADMIN_PASSWORD, StandardCharsets.UTF_8)
                    + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
            HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin"));
        }

        String page(String path) throws Exception {
            return browser.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString()).body();
        }

        HttpResponse<String> upload(String csv) throws Exception {
            String token = SiteSession.csrfToken(page("/admin"));
            String boundary = "----varcat" + run;
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"kilder.csv\"\r\n"
                    + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return browser.send(HttpRequest.newBuilder(uri("/admin/sources/import"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void awaitTrue(Check check, String what) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!check.holds()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Gave up waiting for " + what);
            }
            Thread.sleep(200);
        }
    }
}
