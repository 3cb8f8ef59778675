package no.varcat.web.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.varcat.catalog.quality.QualityIndicatorRepository;
import no.varcat.catalog.resource.ResourceIds;
import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.variable.VariableRepository;
import no.varcat.catalog.variable.VariableSummary;
import no.varcat.web.VarcatIntegrationTest;
import no.varcat.web.fuzz.HostileValues.Value;
import no.varcat.web.fuzz.PublicEndpoints.Answer;
import no.varcat.web.fuzz.PublicEndpoints.Door;
import no.varcat.web.fuzz.PublicEndpoints.Endpoint;
import no.varcat.web.fuzz.PublicEndpoints.In;
import no.varcat.web.fuzz.PublicEndpoints.Param;
import no.varcat.web.list.SiteSession;

/**
 * Hostile input for every parameter of every endpoint in {@link PublicEndpoints#TABLE}, against the
 * running application (real store, real search node): no answer is a 5xx; an HTML page answers
 * with an HTML page (its own or the error page), a machine endpoint's refusal is
 * application/problem+json; and no HTML answer carries the injected markup unescaped. The guard
 * test keeps the table complete.
 */
@VarcatIntegrationTest
class HostileInputFuzzIT {

    private static final int CLIENTS = 4;
    private static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString(
            ("admin:" + VarcatIntegrationTest.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    /** Accept headers a client may send; each endpoint with an Accept parameter gets these instead of the text values. */
    private static final List<Value> ACCEPTS = List.of(new Value("broken quality", "*/*;q=abc"),
            new Value("unknown type", "application/x-nonsense"), new Value("no subtype", "text"),
            new Value("a thousand types", "text/html, ".repeat(1_000) + "*/*"), new Value("wildcard type only", "*/html"));
    private static final List<Value> CONTENT_TYPES = List.of(new Value("text/plain", "text/plain"),
            new Value("unknown charset", "application/sparql-query; charset=x-nonsense"),
            new Value("UTF-16", "application/sparql-query; charset=UTF-16"),
            new Value("form with unknown charset", "application/x-www-form-urlencoded; charset=x-nonsense"),
            new Value("multipart without parts", "multipart/form-data; boundary=x"), new Value("broken type", "application/"),
            new Value("JSON with unknown charset", "application/json; charset=x-nonsense"), new Value("XML", "application/xml"));

    @LocalServerPort
    int port;

    /** For the admin API: no cookies, HTTP Basic on each request. */
    private final HttpClient machine = client(false);

    @Autowired
    VariableRepository variables;
    @Autowired
    QualityIndicatorRepository indicators;
    @Autowired
    CatalogStore store;


    @Test
    void everyParameterOfEveryEndpointSurvivesHostileValues() throws Exception {
        Map<String, String> ids = sampleIds();
        HttpClient anonymous = client(false);
        HttpClient visitor = client(true);
        HttpClient admin = client(true);
        String visitorToken = SiteSession.csrfToken(get(visitor, ids.get("variablePage")).body());
        String adminToken = logIn(admin);
        Set<String> sourcesBefore = sources();
        List<Probe> probes = new ArrayList<>();
        for (Endpoint endpoint : PublicEndpoints.TABLE) {
            HttpClient client = switch (endpoint.door()) {
                case PUBLIC, ADMIN_BASIC -> anonymous;
                case SESSION_FORM -> visitor;
                case ADMIN_LOGIN -> admin;
            };
            String token = endpoint.door() == Door.ADMIN_LOGIN ? adminToken : visitorToken;
            probes.addAll(probes(endpoint, ids, client, token));
        }
        // Expensive endpoints (search, register pages) spread among cheap ones, the same way each run.
        java.util.Collections.shuffle(probes, new java.util.Random(16));
        long started = System.nanoTime();
        ProbeRunner runner = new ProbeRunner(CLIENTS);
        List<String> faults = runner.run(probes);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("Fuzzed %d endpoints with %d requests in %d ms; %d refused by Tomcat's own 400 page%n",
                PublicEndpoints.TABLE.size(), probes.size(), millis, runner.containerRefusals());
        runner.took().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(10)
                .forEach(e -> System.out.println("SLOW " + e.getValue() + " ms " + ProbeRunner.abbreviate(e.getKey())));
        Map<String, Long> perPattern = new java.util.TreeMap<>();
        runner.took().forEach((k, v) -> perPattern.merge(k.replaceAll("^.*\\((\\S+), .*$", "$1"), v, Long::sum));
        perPattern.forEach((k, v) -> System.out.println("PATTERN " + v + " ms " + k));
        cleanUp(sourcesBefore);
        assertThat(faults).as("%d faults in %d requests", faults.size(), probes.size()).isEmpty();
        assertThat(probes.size()).isGreaterThan(1_500);
    }

    private List<Probe> probes(Endpoint endpoint, Map<String, String> ids, HttpClient client, String token) {
        List<Probe> probes = new ArrayList<>();
        String example = resolve(endpoint.example(), ids);
        for (Param param : endpoint.params()) {
            List<Value> values = new ArrayList<>(switch (param.in()) {
                case HEADER -> param.name().equals("Accept") ? ACCEPTS : CONTENT_TYPES;
                default -> longList(endpoint, param) ? HostileValues.forKind(param.kind()) : HostileValues.shortList(param.kind());
            });
            if (param.name().equals("query")) {
                values.addAll(HostileValues.SPARQL);
            }
            for (Value value : values) {
                probes.add(probe(endpoint, example, param, value, ids, client, token));
            }
            if (param.in() == In.QUERY || param.in() == In.FORM) {
                String good = HostileValues.encode(endpoint.good().getOrDefault(param.name(), "a"));
                probes.add(withParams(endpoint, example, param.name() + " twice", List.of(param.name() + "=" + good,
                        param.name() + "=" + HostileValues.encode(HostileValues.SCRIPT)), param, client, token));
                probes.add(withParams(endpoint, example, param.name() + " 500 times",
                        Stream.generate(() -> param.name() + "=" + good).limit(500).toList(), param, client, token));
            }
            if (param.in() == In.JSON) {
                for (String wrong : List.of("1", "[]", "{}", "null", "\"\\ud800\"")) {
                    Map<String, Object> body = HostileBodies.goodSource();
                    body.put(param.name(), new HostileBodies.RawJson(wrong));
                    probes.add(json(endpoint, example, param.name() + " as " + wrong, HostileBodies.toJson(body), "application/json"));
                }
            }
        }
        if (endpoint.params().stream().anyMatch(p -> p.in() == In.JSON)) {
            probes.addAll(bodies(endpoint, example));
        }
        if (endpoint.params().stream().anyMatch(p -> p.in() == In.CSV || p.in() == In.FILE)) {
            probes.addAll(csvBodies(endpoint, example, client, token));
        }
        return probes;
    }

    /**
     * Free text and path segments get every value; other parameters the short list and their kind's,
     * and so does everything behind HTTP Basic (each request checks the password hash, which is slow
     * on purpose): the run stays near a minute.
     */
    private static boolean longList(Endpoint endpoint, Param param) {
        return endpoint.door() != Door.ADMIN_BASIC && (param.in() == In.PATH || param.name().equals("q") || param.name().equals("query"));
    }

    /** Whole bodies that are not a source: broken, deep, huge, not JSON, of another type. */
    private List<Probe> bodies(Endpoint endpoint, String example) {
        Map<String, String> bodies = HostileBodies.json();
        List<Probe> probes = new ArrayList<>();
        bodies.forEach((what, body) -> probes.add(json(endpoint, example, what, body, "application/json")));
        probes.add(json(endpoint, example, "JSON as text/plain", HostileBodies.toJson(HostileBodies.goodSource()), "text/plain"));
        probes.add(json(endpoint, example, "JSON as form", HostileBodies.toJson(HostileBodies.goodSource()), "application/x-www-form-urlencoded"));
        probes.add(json(endpoint, example, "invalid UTF-8 bytes", null, "application/json"));
        return probes;
    }

    private Probe probe(Endpoint endpoint, String example, Param param, Value value, Map<String, String> ids, HttpClient client,
            String token) {
        String what = param.in() + " " + param.name() + " with " + value.what();
        return switch (param.in()) {
            case PATH -> request(endpoint, replacePlaceholder(endpoint.example(), value.encoded(), ids), goodParams(endpoint, null),
                    what, client, token, null, null);
            case QUERY, FORM -> withParams(endpoint, example, what, List.of(param.name() + "=" + value.encoded()), param, client,
                    token);
            case HEADER -> request(endpoint, example, goodParams(endpoint, null), what, client, token, param.name(), value.encoded());
            case JSON -> {
                Map<String, Object> body = HostileBodies.goodSource();
                body.put(param.name(), HostileValues.decoded(value.encoded()));
                yield json(endpoint, example, what, HostileBodies.toJson(body), "application/json");
            }
            case CSV -> csv(endpoint, example, what, HostileBodies.sourcesCsv(param.name(), HostileValues.decoded(value.encoded())), client, token);
            case FILE -> csv(endpoint, example, what, HostileBodies.sourcesCsv("id", HostileValues.decoded(value.encoded())), client, token);
        };
    }

    /** Whole CSV files that are not a list of sources: empty, broken, huge, not UTF-8. */
    private List<Probe> csvBodies(Endpoint endpoint, String example, HttpClient client, String token) {
        Map<String, byte[]> bodies = HostileBodies.csv(endpoint.params().stream().anyMatch(p -> p.in() == In.FILE));
        List<Probe> probes = new ArrayList<>();
        bodies.forEach((what, body) -> probes.add(csv(endpoint, example, what, body, client, token)));
        return probes;
    }

    /**
     * The CSV as the endpoint takes it: the body of a {@code text/csv} POST with HTTP Basic, or the
     * admin page's upload (a multipart file part with the session's CSRF token).
     */
    private Probe csv(Endpoint endpoint, String path, String what, byte[] csv, HttpClient client, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
        if (endpoint.door() == Door.ADMIN_BASIC) {
            request.header("Authorization", ADMIN).header("Content-Type", "text/csv").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(csv));
            return new Probe(endpoint, "CSV " + what, request.build(), machine, false);
        }
        String boundary = "----varcatfuzz";
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"kilder.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(csv);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        return new Probe(endpoint, "upload " + what, request.build(), client, false);
    }

    private Probe withParams(Endpoint endpoint, String example, String what, List<String> fuzzed, Param param, HttpClient client,
            String token) {
        List<String> params = goodParams(endpoint, param.name());
        params.addAll(fuzzed);
        return request(endpoint, example, params, what, client, param.name().equals("_csrf") ? null : token, null, null);
    }

    /** The endpoint's usable values, in the query or the form, except {@code except}. */
    private static List<String> goodParams(Endpoint endpoint, String except) {
        List<String> params = new ArrayList<>();
        endpoint.good().forEach((name, value) -> {
            if (!name.equals(except)) {
                params.add(name + "=" + HostileValues.encode(value));
            }
        });
        if (endpoint.params().stream().anyMatch(p -> p.in() == In.FORM && p.name().equals("location"))) {
            Map<String, Object> source = HostileBodies.goodSource();
            source.put("id", PublicEndpoints.FUZZ_SOURCE);
            source.forEach((name, value) -> {
                if (!name.equals(except)) {
                    params.add(name + "=" + HostileValues.encode(value.toString()));
                }
            });
        }
        return params;
    }

    private Probe request(Endpoint endpoint, String path, List<String> params, String what, HttpClient client, String token,
            String header, String headerValue) {
        boolean form = endpoint.method().equals("POST") && !endpoint.pattern().startsWith("/api/");
        List<String> all = new ArrayList<>(params);
        if (form && token != null && endpoint.params().stream().anyMatch(p -> p.name().equals("_csrf"))) {
            all.add("_csrf=" + HostileValues.encode(token));
        }
        String joined = String.join("&", all);
        String url = form || joined.isEmpty() ? path : path + (path.contains("?") ? "&" : "?") + joined;
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(url)).timeout(Duration.ofSeconds(60));
        if (endpoint.door() == Door.ADMIN_BASIC) {
            builder.header("Authorization", ADMIN);
        }
        if (endpoint.answer() == Answer.HTML) {
            builder.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        }
        boolean contentTypeFuzzed = "Content-Type".equals(header);
        if (form) {
            builder.header("Content-Type", contentTypeFuzzed ? headerValue : "application/x-www-form-urlencoded");
        }
        if (header != null && !(form && contentTypeFuzzed)) {
            builder.setHeader(header, headerValue);
        }
        builder.method(endpoint.method(), form ? HttpRequest.BodyPublishers.ofString(joined) : HttpRequest.BodyPublishers.noBody());
        return new Probe(endpoint, what, builder.build(), client, "Accept".equals(header) || contentTypeFuzzed);
    }

    private Probe json(Endpoint endpoint, String path, String what, String body, String contentType) {
        HttpRequest.BodyPublisher publisher = body == null
                ? HttpRequest.BodyPublishers.ofByteArray(new byte[] {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, '(', '"', '}'})
                : HttpRequest.BodyPublishers.ofString(body);
        HttpRequest request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).header("Authorization", ADMIN)
                .header("Content-Type", contentType).header("Accept", "application/json").method(endpoint.method(), publisher).build();
        return new Probe(endpoint, "body " + what, request, machine, !contentType.equals("application/json"));
    }


    // --- the sample catalog, sessions and clean-up

    /** Ids of each kind of resource in the sample catalog, from the store. */
    private Map<String, String> sampleIds() {
        String register = "https://sample.varcat.no/ous/nyfodt";
        VariableSummary coded = variables.findByRegister(register).stream().filter(VariableSummary::hasCodeList).findFirst()
                .orElseThrow();
        List<String> publishers = new ArrayList<>();
        store.select("SELECT ?p WHERE { <" + register + "> <http://purl.org/dc/terms/publisher> ?p }",
                row -> publishers.add(row.getResource("p").getURI()));
        Map<String, String> ids = new HashMap<>();
        // A register with quality indicators, and not the largest: its page is rendered for each probe of its parameters.
        ids.put("register", ResourceIds.of(register));
        ids.put("variable", ResourceIds.of(coded.iri()));
        ids.put("codelist", ResourceIds.of(coded.representation()));
        ids.put("indicator", ResourceIds.of(indicators.findAll().get(0).iri()));
        ids.put("publisher", ResourceIds.of(publishers.get(0)));
        ids.put("variablePage", "/variables/" + ids.get("variable"));
        ids.put("source", PublicEndpoints.FUZZ_SOURCE);
        ids.put("shapes", PublicEndpoints.FUZZ_SHAPES);
        ids.put("page", "1");
        // A well-formed saved-list id that names no list.
        ids.put("list", "AAAAAAAAAAAAAAAAAAAAAA");
        return ids;
    }

    private static String resolve(String example, Map<String, String> ids) {
        Matcher placeholder = Pattern.compile("\\{(\\w+)}").matcher(example);
        return placeholder.replaceAll(m -> Matcher.quoteReplacement(ids.get(m.group(1))));
    }

    /** The example with its one placeholder replaced by {@code value} (already encoded). */
    private static String replacePlaceholder(String example, String value, Map<String, String> ids) {
        assertThat(example).as("a row with a path parameter names its place").contains("{");
        return resolve(example.replaceFirst("\\{\\w+}", Matcher.quoteReplacement(value)), ids);
    }

    /** Logs in to the admin pages, as the form does; answers a CSRF token of the session. */
    private String logIn(HttpClient admin) throws Exception {
        String token = SiteSession.csrfToken(get(admin, "/login").body());
        String form = "username=admin&password=" + HostileValues.encode(VarcatIntegrationTest.ADMIN_PASSWORD) + "&_csrf="
                + HostileValues.encode(token);
        HttpResponse<String> login = admin.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        return SiteSession.csrfToken(get(admin, "/admin/sources/new").body());
    }

    /** The ids in the admin API's list of sources. */
    private Set<String> sources() throws Exception {
        String list = machine.send(HttpRequest.newBuilder(uri("/api/admin/sources")).header("Authorization", ADMIN).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Set<String> ids = new TreeSet<>();
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(list);
        while (id.find()) {
            ids.add(id.group(1));
        }
        return ids;
    }

    /** Sources the fuzz made (a hostile title is a valid title, "0" a valid id) go again, once their harvest is over. */
    private void cleanUp(Set<String> before) throws Exception {
        for (String id : sources()) {
            if (before.contains(id)) {
                continue;
            }
            for (int attempt = 0; attempt < 60; attempt++) {
                int status = machine.send(HttpRequest.newBuilder(uri("/api/admin/sources/" + id)).header("Authorization", ADMIN)
                        .DELETE().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status != 409) {
                    break;
                }
                Thread.sleep(500);
            }
        }
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response;
    }

    private URI uri(String pathAndQuery) {
        return URI.create("http://localhost:" + port + pathAndQuery);
    }

    private static HttpClient client(boolean cookies) {
        HttpClient.Builder builder = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10));
        if (cookies) {
            builder.cookieHandler(new CookieManager());
        }
        return builder.build();
    }
}
