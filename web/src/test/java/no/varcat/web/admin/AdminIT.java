package no.varcat.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;


import no.varcat.catalog.register.RegisterRepository;
import no.varcat.catalog.store.CatalogStore;
import no.varcat.harvest.HarvestSource;
import no.varcat.web.HeldRegisterServer;
import no.varcat.web.VarcatIntegrationTest;
import no.varcat.web.list.SiteSession;

/**
 * The admin pages and the admin JSON API on the running catalog: both need the admin; a source added
 * through the API is harvested at once, and "harvest now" pressed twice while that run waits in a
 * real HTTP server starts nothing more; the run shows in the history and in the catalog, and the
 * source goes with its data when deleted.
 */
@VarcatIntegrationTest
class AdminIT {

    /** Unique per test: a deleted source's harvest log stays, and target/it-data outlives a build. */
    private final String ID = "admin-it-" + Long.toString(System.nanoTime(), 36);

    @LocalServerPort
    int port;

    @Autowired
    RegisterRepository registers;

    @Autowired
    CatalogStore store;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private HeldRegisterServer server;

    @BeforeEach
    void startSourceServer() throws IOException {
        server = new HeldRegisterServer();
    }

    @AfterEach
    void stopAndDeleteTheSource() throws Exception {
        server.release();
        awaitTrue(() -> !busy(), "the run to end");
        api("DELETE", "/api/admin/sources/" + ID, null);
        server.close();
    }

    @Test
    void theAdminPagesAndTheApiAreForTheAdminOnly() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/admin")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

        assertThat(send(HttpRequest.newBuilder(uri("/api/admin/sources")).build()).statusCode()).isEqualTo(401);
        assertThat(send(HttpRequest.newBuilder(uri("/api/admin/sources")).header("Authorization", basic("admin", "wrong")).build())
                .statusCode()).isEqualTo(401);
        // Without a session, a form post is refused before it reaches a controller.
        assertThat(send(HttpRequest.newBuilder(uri("/admin/sources/mfr/harvest")).POST(HttpRequest.BodyPublishers.noBody()).build())
                .statusCode()).isIn(302, 403);
    }

    @Test
    void theSampleSourcesAreRegisteredOnTheFirstStart() throws Exception {
        HttpResponse<String> list = api("GET", "/api/admin/sources", null);

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"id\":\"mfr\"", "\"location\":\"classpath:", "\"origin\":\"STORE\"");
    }

    @Test
    void harvestNowPressedTwiceRunsOnceAndTheSourceGoesWithItsDataWhenDeleted() throws Exception {
        HttpResponse<String> created = api("PUT", "/api/admin/sources/" + ID, """
                {"title": "Lite testregister", "location": "%s", "format": "turtle"}""".formatted(sourceUrl()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(api("PUT", "/api/admin/sources/" + ID, """
                {"title": "Lite testregister", "location": "%s", "format": "turtle"}""".formatted(sourceUrl())).statusCode()).isEqualTo(200);

        // A new source is harvested at once: "harvest now", pressed twice meanwhile, starts nothing more.
        assertThat(server.awaitRequest()).isTrue();
        HttpResponse<String> again = api("POST", "/api/admin/sources/" + ID + "/harvest", null);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("being harvested already");
        assertThat(api("POST", "/api/admin/sources/" + ID + "/harvest", null).statusCode()).isEqualTo(409);
        // The run waits in the server: the API shows it busy, fetching, and will not delete it meanwhile.
        assertThat(api("GET", "/api/admin/sources/" + ID, null).body()).contains("\"busy\":true", "\"phase\":\"FETCHING\"");
        assertThat(api("DELETE", "/api/admin/sources/" + ID, null).statusCode()).isEqualTo(409);
        server.release();

        awaitTrue(() -> api("GET", "/api/admin/sources/" + ID + "/runs", null).body().contains("SUCCEEDED"), "the run to be recorded");
        awaitTrue(() -> !busy(), "the run to end");
        assertThat(server.requests()).isEqualTo(1);
        assertThat(api("GET", "/api/admin/sources/" + ID + "/runs", null).body()).containsOnlyOnce("\"outcome\"")
                .contains("\"httpStatus\":200", "\"variables\":{\"added\":1,\"changed\":0,\"unchanged\":0,\"removed\":0");
        assertThat(registers.find(HeldRegisterServer.REGISTER)).isPresent();
        // Once the run has ended, "harvest now" starts one (the same content: nothing new is recorded).
        assertThat(api("POST", "/api/admin/sources/" + ID + "/harvest", null).statusCode()).isEqualTo(202);
        awaitTrue(() -> server.requests() == 2 && !busy(), "the second run to end");

        // Read another way (as N-Triples here): harvested again at once, without "harvest now". The server
        // declares Turtle, a syntax Jena knows by its media type, so the content is read as what it is: the
        // same triples, and the register stays.
        assertThat(api("PUT", "/api/admin/sources/" + ID, """
                {"title": "Lite testregister", "location": "%s", "format": "ntriples"}""".formatted(sourceUrl())).statusCode()).isEqualTo(200);
        awaitTrue(() -> server.requests() == 3 && !busy(), "the re-harvest to end");
        assertThat(api("GET", "/api/admin/sources/" + ID + "/runs", null).body()).doesNotContain("FAILED");
        assertThat(registers.find(HeldRegisterServer.REGISTER)).isPresent();

        assertThat(api("DELETE", "/api/admin/sources/" + ID, null).statusCode()).isEqualTo(204);
        assertThat(api("GET", "/api/admin/sources/" + ID, null).statusCode()).isEqualTo(404);
        assertThat(store.graphNames()).doesNotContain(HarvestSource.graphNameFor(ID));
        assertThat(registers.find(HeldRegisterServer.REGISTER)).isEmpty();
    }

    @Test
    void aSourceWithFaultsIsRefusedWithEachFaultNamed() throws Exception {
        HttpResponse<String> refused = api("PUT", "/api/admin/sources/" + ID, """
                {"location": "ftp://register.example/x", "format": "nope", "schedule": "every night", "authHeaderEnv": "DATABASE_URL"}""");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("\"field\":\"location\"", "\"field\":\"format\"", "\"field\":\"schedule\"",
                "\"field\":\"authHeaderEnv\"");
        assertThat(api("GET", "/api/admin/sources/" + ID, null).statusCode()).isEqualTo(404);
    }

    @Test
    void anAdminLogsInAddsASourceInTheFormHarvestsItAndSeesTheRun() throws Exception {
        SiteSession admin = new SiteSession(port);
        HttpResponse<String> login = admin.submit("/login", "/login", Map.of("username", "admin", "password", VarcatIntegrationTest.ADMIN_PASSWORD));
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin"));
        assertThat(admin.get("/admin").body()).contains("Høstingskilder", "admin/sources/mfr");

        HttpResponse<String> faulty = admin.submit("/admin/sources/new", "/admin/sources",
                Map.of("id", ID, "location", sourceUrl(), "format", "turtle", "schedule", "hver natt"));
        assertThat(faulty.statusCode()).isEqualTo(200);
        assertThat(faulty.body()).contains("Tidsplanen må være cron med seks felt");

        HttpResponse<String> saved = admin.submit("/admin/sources/new", "/admin/sources",
                Map.of("id", ID, "title", "Lite testregister", "location", sourceUrl(), "format", "turtle", "schedule", "0 0 3 * * *"));
        assertThat(saved.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin/sources/" + ID));
        server.release();

        HttpResponse<String> started = admin.submit("/admin/sources/" + ID, "/admin/sources/" + ID + "/harvest", Map.of());
        assertThat(started.statusCode()).isEqualTo(302);
        awaitTrue(() -> !busy() && admin.get("/admin/sources/" + ID).body().contains("Vellykket"), "the run to show");
        assertThat(admin.get("/admin/sources/" + ID).body()).contains("0 0 3 * * *", "Høstingshistorikk",
                "Variabler: 1 nye, 0 endret, 0 uendret, 0 fjernet", "HTTP-status fra kilden: 200");

        HttpResponse<String> deleted = admin.submit("/admin/sources/" + ID, "/admin/sources/" + ID + "/delete", Map.of());
        assertThat(deleted.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin"));
        assertThat(admin.get("/admin/sources/" + ID).statusCode()).isEqualTo(404);
    }

    private boolean busy() {
        try {
            return api("GET", "/api/admin/sources/" + ID, null).body().contains("\"busy\":true");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private String sourceUrl() {
        return server.url();
    }

    private HttpResponse<String> api(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Authorization", basic("admin", VarcatIntegrationTest.ADMIN_PASSWORD));
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void awaitTrue(Check check, String what) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!check.holds()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Gave up waiting for " + what);
            }
            Thread.sleep(200);
        }
    }
}
