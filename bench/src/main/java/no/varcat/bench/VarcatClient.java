package no.varcat.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** What the harness asks the application, over HTTP only: the admin JSON API and the public pages and API. */
final class VarcatClient {

    static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private final URI base;
    private final String basicAuth;
    private final HttpClient http;

    VarcatClient(URI base, String password) {
        this.base = base;
        this.basicAuth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    URI base() {
        return base;
    }

    /** One GET: status, body size and time taken. */
    record Timed(int status, byte[] body, long nanos) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    Timed get(String path, String accept) throws IOException, InterruptedException {
        return send(http, HttpRequest.newBuilder(base.resolve(path)).header("Accept", accept).timeout(TIMEOUT).GET().build());
    }

    JsonNode getJson(String path) throws IOException, InterruptedException {
        return json(path, get(path, "application/json"));
    }

    private static JsonNode json(String path, Timed r) {
        if (r.status() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + r.status() + ": " + r.text());
        }
        return JSON.readTree(r.body());
    }

    /** Variables found for {@code q} ("" for all), from the public API. */
    long variableTotal(String q) throws IOException, InterruptedException {
        return getJson(variablesPath(q)).path("total").asLong();
    }

    /**
     * As {@link #variableTotal}, but 0 while search answers 503: an application rebuilding its index
     * from nothing says the search cannot answer yet, which is no fault of the rebuild.
     */
    long variableTotalOnceAnswering(String q) throws IOException, InterruptedException {
        String path = variablesPath(q);
        Timed r = get(path, "application/json");
        return r.status() == 503 ? 0 : json(path, r).path("total").asLong();
    }

    private static String variablesPath(String q) {
        return "api/v1/variables?size=1&q=" + encode(q);
    }

    void putSource(String id, Map<String, String> source) throws IOException, InterruptedException {
        HttpRequest request = admin("api/admin/sources/" + encode(id))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(source))).build();
        Timed r = send(http, request);
        if (r.status() != 200 && r.status() != 201) {
            throw new IllegalStateException("PUT source " + id + " answered " + r.status() + ": " + r.text());
        }
    }

    /** "Harvest now"; false when a run was asked for or going on already (409). */
    boolean harvest(String id) throws IOException, InterruptedException {
        Timed r = send(http, admin("api/admin/sources/" + encode(id) + "/harvest").POST(HttpRequest.BodyPublishers.noBody()).build());
        if (r.status() != 202 && r.status() != 409) {
            throw new IllegalStateException("Harvest of " + id + " answered " + r.status() + ": " + r.text());
        }
        return r.status() == 202;
    }

    /** One source, with {@code busy} and its {@code lastRun}. */
    JsonNode source(String id) throws IOException, InterruptedException {
        Timed r = send(http, admin("api/admin/sources/" + encode(id)).GET().build());
        if (r.status() != 200) {
            throw new IllegalStateException("GET source " + id + " answered " + r.status() + ": " + r.text());
        }
        return JSON.readTree(r.body());
    }

    /** The store's bytes on disk and its last compaction ({@code GET /api/admin/store}). */
    JsonNode store() throws IOException, InterruptedException {
        Timed r = send(http, admin("api/admin/store").GET().build());
        if (r.status() != 200) {
            throw new IllegalStateException("GET store answered " + r.status() + ": " + r.text());
        }
        return JSON.readTree(r.body());
    }

    /** Starts a compaction of the store; false when one is going on already (409). */
    boolean compactStore() throws IOException, InterruptedException {
        Timed r = send(http, admin("api/admin/store/compact").POST(HttpRequest.BodyPublishers.noBody()).build());
        if (r.status() != 202 && r.status() != 409) {
            throw new IllegalStateException("Compaction answered " + r.status() + ": " + r.text());
        }
        return r.status() == 202;
    }

    JsonNode sources() throws IOException, InterruptedException {
        Timed r = send(http, admin("api/admin/sources").GET().build());
        if (r.status() != 200) {
            throw new IllegalStateException("GET sources answered " + r.status() + ": " + r.text());
        }
        return JSON.readTree(r.body());
    }

    /**
     * A browser session with "Min variabelliste" holding these variables, added as list.js adds
     * them (a form POST with the page's CSRF token, answered in JSON).
     */
    HttpClient sessionWithList(String pageWithForm, List<String> iris) throws IOException, InterruptedException {
        HttpClient session = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();
        Timed page = send(session, HttpRequest.newBuilder(base.resolve(pageWithForm)).GET().timeout(TIMEOUT).build());
        Matcher token = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|content=\"([^\"]+)\"\\s+name=\"_csrf\"|name=\"_csrf\"\\s+content=\"([^\"]+)\"")
                .matcher(page.text());
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token on " + pageWithForm);
        }
        String csrf = token.group(1) != null ? token.group(1) : token.group(2) != null ? token.group(2) : token.group(3);
        for (String iri : iris) {
            Timed r = send(session, HttpRequest.newBuilder(base.resolve("list/add")).timeout(TIMEOUT)
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("iri=" + encode(iri) + "&_csrf=" + encode(csrf))).build());
            if (r.status() != 200) {
                throw new IllegalStateException("Adding " + iri + " to the list answered " + r.status());
            }
        }
        return session;
    }

    Timed get(HttpClient client, String path) throws IOException, InterruptedException {
        return send(client, HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/html").timeout(TIMEOUT).GET().build());
    }

    private HttpRequest.Builder admin(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Authorization", basicAuth).header("Accept", "application/json")
                .timeout(TIMEOUT);
    }

    private static Timed send(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
        long started = System.nanoTime();
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return new Timed(response.statusCode(), response.body(), System.nanoTime() - started);
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
