package no.varcat.web.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;

import no.varcat.catalog.resource.ResourceKind;
import no.varcat.web.VarcatIntegrationTest;
import no.varcat.web.resource.ResourceUrls;

/**
 * A follower of the change feed, as a program would be: it notes the newest entry, three harvests
 * through the admin API add, change and remove variables of a register served over real HTTP, and
 * the follower, walking back through the archives from where it left off, sees exactly those
 * changes, in order, with no gap and no duplicate; the register's filtered feed shows the same. Every
 * document is valid Atom to Rome's parser and RFC 4287; archives do not change; bad parameters get
 * problem+json.
 */
@VarcatIntegrationTest
class ChangeFeedIT {

    private final String id = "feed-it-" + Long.toString(System.nanoTime(), 36);
    private final String base = "https://test.varcat.no/" + id + "/";

    @LocalServerPort
    int port;

    @Autowired
    ResourceUrls urls;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private ChangingRegisterServer server;

    @BeforeEach
    void startSourceServer() throws Exception {
        server = new ChangingRegisterServer(base);
    }

    @AfterEach
    void deleteTheSource() throws Exception {
        api("DELETE", "/api/admin/sources/" + id, null);
        server.close();
    }

    @Test
    void aFollowerResumesFromItsLastEntryAndSeesExactlyTheChangesInOrder() throws Exception {
        Optional<String> lastSeen = newestEntryId();

        // 1: the register with 150 variables, more than an archive page holds.
        List<String> variables = new ArrayList<>(IntStream.rangeClosed(1, 150).mapToObj(n -> "V%03d=Variabel %d".formatted(n, n)).toList());
        server.serve(variables);
        assertThat(api("PUT", "/api/admin/sources/" + id, """
                {"title": "Fulgt testregister", "location": "%s", "format": "turtle"}""".formatted(server.url())).statusCode()).isEqualTo(201);
        // A new source is harvested at once.
        awaitRuns(1);
        String archiveAfterFirst = newestArchive().orElseThrow();
        String archived = get(archiveAfterFirst).body();

        // 2: two labels change and one variable comes.
        variables.set(9, "V010=Variabel ti");
        variables.set(19, "V020=Variabel tjue");
        variables.add("V151=Variabel 151");
        server.serve(variables);
        harvest(2);

        // 3: three variables go.
        variables.remove("V151=Variabel 151");
        variables.remove("V002=Variabel 2");
        variables.remove("V001=Variabel 1");
        server.serve(variables);
        harvest(3);

        List<String> expected = new ArrayList<>();
        expected.add("added " + server.register());
        IntStream.rangeClosed(1, 150).forEach(n -> expected.add("added " + server.variable("V%03d".formatted(n))));
        expected.addAll(List.of("changed " + server.variable("V010"), "changed " + server.variable("V020"), "added " + server.variable("V151")));
        expected.addAll(List.of("removed " + server.variable("V001"), "removed " + server.variable("V002"), "removed " + server.variable("V151")));

        List<Entry> followed = follow("/changes.atom", lastSeen);
        List<Entry> ours = followed.stream().filter(e -> server.register().equals(category(e, ChangeFeed.REGISTER))).toList();
        assertThat(ours).extracting(ChangeFeedIT::describe).containsExactlyElementsOf(expected);
        assertThat(followed).extracting(Entry::getId).doesNotHaveDuplicates();

        // The register's own feed, read from its start, is the same list.
        String filtered = "/changes.atom?register=" + URLEncoder.encode(server.register(), StandardCharsets.UTF_8);
        List<Entry> registerFeed = followUntil(filtered, e -> describe(e).equals("added " + server.register()));
        assertThat(registerFeed).extracting(ChangeFeedIT::describe).containsExactlyElementsOf(expected);
        assertThat(registerFeed).extracting(Entry::getId).containsExactlyElementsOf(ours.stream().map(Entry::getId).toList());

        // Every entry links to the resource's page and its Turtle; a removal is a tombstone with its last label.
        Entry removed = ours.get(ours.size() - 3);
        assertThat(removed.getTitle()).isEqualTo("Variabel 1");
        assertThat(removed.getAlternateLinks()).extracting(Link::getType, Link::getHref).containsExactly(
                tuple("text/html", urls.url(ResourceKind.VARIABLE, server.variable("V001"))),
                tuple("text/turtle", urls.url(ResourceKind.VARIABLE, server.variable("V001"), Lang.TURTLE)));
        assertThat(removed.getId()).startsWith("urn:varcat:harvest-run:");
        assertThat(category(removed, ChangeFeed.PUBLISHER)).isEqualTo("https://data.brreg.no/enhetsregisteret/api/enheter/983744516");
        assertThat(get(urls.path(ResourceKind.VARIABLE, server.variable("V001"))).statusCode()).isEqualTo(404);
        Entry changed = ours.get(151);
        assertThat(changed.getTitle()).isEqualTo("Variabel ti");
        assertThat(get(urls.path(ResourceKind.VARIABLE, server.variable("V010"))).body()).contains("Variabel ti");
        assertThat(get(urls.path(ResourceKind.VARIABLE, server.variable("V010")) + ".ttl").headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/turtle"));

        // The publisher's feed has the register's changes among its registers' and nothing of other publishers.
        String fhi = "https://data.brreg.no/enhetsregisteret/api/enheter/983744516";
        String ourLast = ours.get(ours.size() - 1).getId();
        List<Entry> byPublisher = followUntil("/changes.atom?publisher=" + enc(fhi), e -> e.getId().equals(ourLast));
        assertThat(byPublisher).isNotEmpty().allSatisfy(e -> assertThat(category(e, ChangeFeed.PUBLISHER)).isEqualTo(fhi));
        assertThat(byPublisher.get(0).getId()).isEqualTo(ourLast);
        assertThat(link(read("/changes.atom?publisher=" + enc(fhi)), "self")).contains("publisher=");

        // The register's id in its URL filters as its IRI does.
        assertThat(get("/changes.atom?register=" + urls.id(server.register())).body()).isEqualTo(get(filtered).body());

        // An archive never changes, but for the link to the next archive, which it gains when the
        // log grows past its page (how far that is depends on what the tests before logged).
        assertThat(get(archiveAfterFirst).body().replaceFirst("<link rel=\"next-archive\"[^>]*/>", "")).isEqualTo(archived);

        // Deleting the source logs the register and its variables as removed.
        assertThat(api("DELETE", "/api/admin/sources/" + id, null).statusCode()).isEqualTo(204);
        List<Entry> afterDeletion = follow(filtered, Optional.of(ours.get(ours.size() - 1).getId()));
        assertThat(afterDeletion).extracting(ChangeFeedIT::describe).hasSize(1 + 148).contains("removed " + server.register())
                .allSatisfy(d -> assertThat(d).startsWith("removed "));
    }

    @Test
    void everyPageLinksTheFeedForAutodiscovery() throws Exception {
        assertThat(get("/").body()).contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/changes.atom\"");
        HttpResponse<String> feed = get("/changes");
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/atom+xml"));
        Feed parsed = AtomDocumentCheck.parse(feed.body());
        assertThat(parsed.getForeignMarkup()).as("the subscription document is no archive").isEmpty();
    }

    @Test
    void hostileParametersGetProblemJsonNamingTheParameter() throws Exception {
        String longIri = "https://test.varcat.no/" + "x".repeat(3000);
        assertProblem("/changes.atom?register=not-an-iri", 400, "register");
        assertProblem("/changes.atom?register=" + enc("https://test.varcat.no/nobody/register"), 404, "register");
        assertProblem("/changes.atom?register=" + enc(longIri), 400, "register");
        assertProblem("/changes.atom?register=" + enc("https://x.example/a> } ; DROP ALL ; <b"), 400, "register");
        assertProblem("/changes.atom?publisher=" + enc("https://test.varcat.no/nobody"), 404, "publisher");
        assertProblem("/changes.atom?publisher=%00", 400, "publisher");
        assertProblem("/changes/archive/abc", 400, "page");
        assertProblem("/changes/archive/0", 400, "page");
        assertProblem("/changes/archive/-3", 400, "page");
        assertProblem("/changes/archive/99999999999999999999999999", 400, "page");
        assertProblem("/changes/archive/999999999999", 404, "page");
        assertProblem("/changes/archive/1?register=nope", 400, "register");
        assertProblem("/changes.atom?register=nowhere-0123abcd", 404, "register");
    }

    private void assertProblem(String path, int status, String parameter) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as(path)
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).as(path).contains("\"parameter\":\"" + parameter + "\"");
    }

    /** The id of the newest entry of the whole feed; empty when the log is empty. */
    private Optional<String> newestEntryId() throws Exception {
        String url = "/changes.atom";
        while (url != null) {
            Feed feed = read(url);
            if (!feed.getEntries().isEmpty()) {
                return Optional.of(feed.getEntries().get(0).getId());
            }
            url = link(feed, "prev-archive");
        }
        return Optional.empty();
    }

    private Optional<String> newestArchive() throws Exception {
        return Optional.ofNullable(link(read("/changes.atom"), "prev-archive"));
    }

    /** The entries after {@code lastSeen} (all, when empty), oldest first: walks back until it meets it. */
    private List<Entry> follow(String subscription, Optional<String> lastSeen) throws Exception {
        return followUntil(subscription, e -> lastSeen.isPresent() && e.getId().equals(lastSeen.get()), false);
    }

    private List<Entry> followUntil(String subscription, java.util.function.Predicate<Entry> first) throws Exception {
        return followUntil(subscription, first, true);
    }

    /** Newest first through the subscription document and its archives, stopping at the entry {@code stop} picks (kept when {@code inclusive}). */
    private List<Entry> followUntil(String subscription, java.util.function.Predicate<Entry> stop, boolean inclusive) throws Exception {
        List<Entry> newestFirst = new ArrayList<>();
        String url = subscription;
        walk:
        while (url != null) {
            Feed feed = read(url);
            for (Entry entry : feed.getEntries()) {
                if (stop.test(entry)) {
                    if (inclusive) {
                        newestFirst.add(entry);
                    }
                    break walk;
                }
                newestFirst.add(entry);
            }
            url = link(feed, "prev-archive");
        }
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    private Feed read(String url) throws Exception {
        HttpResponse<String> response = get(url);
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        Feed feed = AtomDocumentCheck.parse(response.body());
        boolean archive = url.contains("/changes/archive/");
        assertThat(feed.getForeignMarkup()).as("fh:archive on %s", url)
                .hasSize(archive ? 1 : 0)
                .allSatisfy(e -> assertThat(e.getNamespaceURI() + " " + e.getName()).isEqualTo("http://purl.org/syndication/history/1.0 archive"));
        return feed;
    }

    private static String link(Feed feed, String rel) {
        return feed.getOtherLinks().stream().filter(l -> rel.equals(l.getRel())).map(Link::getHref).findFirst().orElse(null);
    }

    private static String category(Entry entry, String scheme) {
        return entry.getCategories().stream().filter(c -> scheme.equals(c.getScheme())).map(Category::getTerm).findFirst().orElse(null);
    }

    /** What a follower needs of an entry: the change type and the harvested IRI of the resource, from the entry's categories. */
    private static String describe(Entry entry) {
        return category(entry, ChangeFeed.CHANGE_TYPE) + " " + category(entry, ChangeFeed.RESOURCE);
    }

    private void harvest(int successfulRuns) throws Exception {
        assertThat(api("POST", "/api/admin/sources/" + id + "/harvest", null).statusCode()).isEqualTo(202);
        awaitRuns(successfulRuns);
    }

    private void awaitRuns(int successfulRuns) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (true) {
            String runs = api("GET", "/api/admin/sources/" + id + "/runs", null).body();
            boolean busy = api("GET", "/api/admin/sources/" + id, null).body().contains("\"busy\":true");
            if (!busy && runs.split("\"SUCCEEDED\"", -1).length - 1 >= successfulRuns) {
                return;
            }
            assertThat(runs).as("a run failed").doesNotContain("\"FAILED\"");
            assertThat(Instant.now()).as("waiting for run %d", successfulRuns).isBefore(deadline);
            Thread.sleep(200);
        }
    }

    private HttpResponse<String> get(String pathOrUrl) throws Exception {
        URI uri = pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : URI.create("http://localhost:" + port + pathOrUrl);
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> api(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + VarcatIntegrationTest.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
