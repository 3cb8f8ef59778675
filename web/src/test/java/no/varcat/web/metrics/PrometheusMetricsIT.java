package no.varcat.web.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.varcat.harvest.source.SourceRegistry;
import no.varcat.web.VarcatIntegrationTest;
import no.varcat.web.harvest.SourceScheduler;

/**
 * {@code /actuator/prometheus}: the admin's only (HTTP Basic), and after a harvest and a search it
 * has the harvest timer per source and outcome, the search timer per endpoint, the index backlog and
 * search availability. The health probes are public.
 */
@VarcatIntegrationTest
class PrometheusMetricsIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString(
            ("admin:" + VarcatIntegrationTest.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));

    @Autowired
    SourceScheduler scheduler;

    @Autowired
    SourceRegistry registry;

    @LocalServerPort
    int port;

    @Test
    void afterAHarvestAndASearchTheOperatorsMetricsAreThere() throws Exception {
        String sourceId = registry.all().stream().map(r -> r.source())
                .filter(s -> "classpath".equals(s.location().getScheme())).findFirst().orElseThrow().id();
        assertThat(scheduler.runNow(sourceId)).isPresent();
        assertThat(get("/search?q=alder", null).statusCode()).isEqualTo(200);
        assertThat(get("/api/suggest?q=fodselsv", null).statusCode()).isEqualTo(200);

        HttpResponse<String> metrics = get("/actuator/prometheus", ADMIN);

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .containsPattern("varcat_harvest_seconds_count\\{outcome=\"(succeeded|unchanged)\",source=\"" + sourceId + "\"} [1-9]")
                .containsPattern("varcat_search_seconds_count\\{endpoint=\"page\",outcome=\"ok\"} [1-9]")
                .containsPattern("varcat_search_seconds_count\\{endpoint=\"suggest\",outcome=\"ok\"} [1-9]")
                .containsPattern("(?m)^varcat_index_pending_changes [0-9.]+$")
                .containsPattern("(?m)^varcat_index_pending_registers [0-9.]+$")
                .containsPattern("(?m)^varcat_search_available 1\\.0$")
                // Tags are the endpoint and outcome, never what was searched for.
                .doesNotContain("fodselsv");
    }

    @Test
    void metricsAreForTheAdminOnlyAndTheProbesArePublic() throws Exception {
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "Basic " + Base64.getEncoder().encodeToString("admin:wrong".getBytes(StandardCharsets.UTF_8)))
                .statusCode()).isEqualTo(401);

        HttpResponse<String> readiness = get("/actuator/health/readiness", null);
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"UP\"").doesNotContain("changesBehind");
        assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
