package no.varcat.web.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.sun.net.httpserver.HttpServer;

import no.varcat.catalog.search.SearchUnavailableException;
import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.source.RegisteredSource;
import no.varcat.harvest.source.SourceRegistry;
import no.varcat.web.Paths;
import no.varcat.web.VarcatIntegrationTest;
import no.varcat.web.harvest.SourceScheduler;

/**
 * The real local Elasticsearch node of the shared context is killed (SIGKILL): readiness goes DOWN
 * while liveness stays UP, the search page says so with 503, the JSON endpoints answer problem+json
 * 503 with Retry-After, and the register and variable pages keep answering from the store. A
 * harvest made meanwhile is in the store but not in the index. The supervisor restarts the node,
 * the index catches up, readiness is UP again and the harvested variable is found. The test ends
 * only when readiness is UP, so the tests after it find the node as they expect.
 */
@VarcatIntegrationTest
class SearchOutageIT {

    private static final String ID = "search-outage-it";
    private static final String BASE = "https://test.varcat.no/outage/";
    private static final String LABEL = "Gjenopplivingsprøve";
    private static final Duration RESTART_LIMIT = Duration.ofMinutes(3);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    SearchSupervisor supervisor;

    @Autowired
    IndexBacklog backlog;

    @Autowired
    SourceScheduler scheduler;

    @Autowired
    SourceRegistry registry;

    @LocalServerPort
    int port;

    @Test
    void aKilledNodeIsRestartedAndWhatWasHarvestedMeanwhileBecomesSearchable() throws Exception {
        assertThat(get("/actuator/health/readiness", "application/json").statusCode()).isEqualTo(200);
        long pid = supervisor.localNodePid().orElseThrow();
        HttpServer source = serveRegister();
        String mfrApi = "/api/v1" + Paths.register("https://sample.varcat.no/fhi/mfr");
        String counted = countOf(get(mfrApi, "application/json").body());
        try {
            ProcessHandle node = ProcessHandle.of(pid).orElseThrow();
            node.destroyForcibly();
            node.onExit().get(30, TimeUnit.SECONDS);

            HttpResponse<String> readiness = await("/actuator/health/readiness", r -> r.statusCode() == 503);
            assertThat(readiness.body()).contains("\"DOWN\"");
            HttpResponse<String> liveness = get("/actuator/health/liveness", "application/json");
            assertThat(liveness.statusCode()).isEqualTo(200);
            assertThat(liveness.body()).contains("\"UP\"");

            HttpResponse<String> page = get("/search?q=alder", "text/html");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(page.headers().firstValue("Retry-After")).hasValue("30");
            assertThat(page.body()).contains("Søket er nede for øyeblikket", "Sidene for registrene og variablene virker som vanlig")
                    .doesNotContain("Exception", "at no.varcat");

            for (String json : new String[] {"/api/suggest?q=fodselsv", "/api/v1/variables?q=alder"}) {
                HttpResponse<String> problem = get(json, "application/json");
                assertThat(problem.statusCode()).as(json).isEqualTo(503);
                assertThat(problem.headers().firstValue("Content-Type")).as(json).hasValue("application/problem+json");
                assertThat(problem.headers().firstValue("Retry-After")).as(json).hasValue("30");
                assertThat(problem.body()).as(json).contains("\"status\":503").doesNotContain("Exception");
            }

            // Register and variable pages are read from the store.
            assertThat(get(Paths.variable("https://sample.varcat.no/fhi/mfr/variable/VEKT"), "text/html").statusCode()).isEqualTo(200);
            // The register page's variable list comes from the index: the page says so and keeps the rest.
            HttpResponse<String> register = get(Paths.register("https://sample.varcat.no/fhi/mfr"), "text/html");
            assertThat(register.statusCode()).isEqualTo(200);
            assertThat(register.body()).contains("Variabellisten hentes fra søket, som er nede for øyeblikket", "Medisinsk fødselsregister")
                    .doesNotContain("Exception");
            // The index counts a register's variables; while it is down the store does, and says the same.
            assertThat(register.body()).contains("Variabler (" + counted + ")");
            HttpResponse<String> api = get(mfrApi, "application/json");
            assertThat(api.statusCode()).isEqualTo(200);
            assertThat(countOf(api.body())).isEqualTo(counted);

            // A harvest during the outage is stored; its indexing fails and waits in the change log.
            registry.save(new RegisteredSource(new HarvestSource(ID, URI.create("http://127.0.0.1:" + source.getAddress().getPort()
                    + "/register.ttl"), "turtle", "Utfallstestregister"), null, null));
            assertThatThrownBy(() -> scheduler.runNow(ID)).isInstanceOf(SearchUnavailableException.class);
            assertThat(get(Paths.variable(BASE + "V1"), "text/html").statusCode()).isEqualTo(200);
            assertThat(backlog.now().changesBehind()).isPositive();
            assertThat(supervisor.localNodePid()).isEmpty();

            HttpResponse<String> ready = await("/actuator/health/readiness", r -> r.statusCode() == 200);
            assertThat(ready.body()).contains("\"UP\"");
            assertThat(supervisor.localNodePid()).hasValueSatisfying(restarted -> assertThat(restarted).isNotEqualTo(pid));
            assertThat(backlog.now().caughtUp()).isTrue();

            HttpResponse<String> found = get("/search?q=" + URLEncoder.encode(LABEL, StandardCharsets.UTF_8), "text/html");
            assertThat(found.statusCode()).isEqualTo(200);
            assertThat(found.body()).contains(LABEL);
            assertThat(get("/api/suggest?q=fodselsv", "application/json").statusCode()).isEqualTo(200);
        } finally {
            // Whatever failed above, the node is back before the next test runs.
            await("/actuator/health/readiness", r -> r.statusCode() == 200);
            source.stop(0);
            HttpResponse<String> deleted = HTTP.send(HttpRequest.newBuilder(uri("/api/admin/sources/" + ID)).DELETE()
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            ("admin:" + VarcatIntegrationTest.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(deleted.statusCode()).isIn(204, 404);
        }
    }

    private static HttpServer serveRegister() throws IOException {
        byte[] turtle = """
                @prefix dcat:  <http://www.w3.org/ns/dcat#> .
                @prefix dct:   <http://purl.org/dc/terms/> .
                @prefix skos:  <http://www.w3.org/2004/02/skos/core#> .
                @prefix disco: <http://rdf-vocabulary.ddialliance.org/discovery#> .
                @prefix foaf:  <http://xmlns.com/foaf/0.1/> .
                @prefix vcard: <http://www.w3.org/2006/vcard/ns#> .

                <%1$sregister> a dcat:Dataset ;
                    dct:identifier "%1$sregister" ;
                    dct:title "Utfallstestregister"@nb, "Outage test register"@en ;
                    dcat:theme <http://publications.europa.eu/resource/authority/data-theme/HEAL> ;
                    dct:description "Et register høstet mens søket var nede."@nb ;
                    dct:publisher <https://data.brreg.no/enhetsregisteret/api/enheter/983744516> ;
                    dcat:contactPoint <%1$scontact> ;
                    disco:variable <%1$sV1> .

                <https://data.brreg.no/enhetsregisteret/api/enheter/983744516> a foaf:Organization ;
                    dct:identifier "983744516" ;
                    foaf:name "Folkehelseinstituttet"@nb .

                <%1$scontact> a vcard:Organization ;
                    vcard:fn "Registerkontakt" .

                <%1$sV1> a disco:Variable, skos:Concept ;
                    skos:notation "V1" ;
                    skos:prefLabel "%2$s"@nb .
                """.formatted(BASE, LABEL).getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/register.ttl", exchange -> {
            try (exchange) {
                exchange.getResponseHeaders().set("Content-Type", "text/turtle");
                exchange.sendResponseHeaders(200, turtle.length);
                exchange.getResponseBody().write(turtle);
            }
        });
        server.start();
        return server;
    }

    /** Asks again every 200 ms until the answer is as expected; fails after {@link #RESTART_LIMIT}. */
    private HttpResponse<String> await(String path, Predicate<HttpResponse<String>> expected) throws Exception {
        Instant deadline = Instant.now().plus(RESTART_LIMIT);
        HttpResponse<String> last = get(path, "application/json");
        while (!expected.test(last)) {
            assertThat(Instant.now()).as("%s still answers %s %s", path, last.statusCode(), last.body()).isBefore(deadline);
            Thread.sleep(200);
            last = get(path, "application/json");
        }
        return last;
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String countOf(String registerJson) {
        Matcher count = Pattern.compile("\"variableCount\":(\\d+)").matcher(registerJson);
        assertThat(count.find()).as(registerJson).isTrue();
        return count.group(1);
    }
}
