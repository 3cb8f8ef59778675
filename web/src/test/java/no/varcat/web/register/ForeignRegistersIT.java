package no.varcat.web.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.store.GraphChange;
import no.varcat.harvest.HarvestIssue;
import no.varcat.harvest.HarvestReport;
import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.Harvester;
import no.varcat.web.Paths;
import no.varcat.web.VarcatIntegrationTest;
import no.varcat.web.catalog.HydraPages;
import no.varcat.web.harvest.IndexSync;

/**
 * Registers as other countries' DCAT-AP catalogs publish them (a title only in Swedish, Danish,
 * German or English, no dct:identifier, no contact point) land, and are shown as they are: on their
 * page (which also says what varcat's profile missed), in the search, and in the exports.
 */
@VarcatIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // harvested once for all the tests, removed after them
class ForeignRegistersIT {

    private static final String ID = "foreign-registers-it";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Map<String, String> TITLES = Map.of(
            "https://test.varcat.no/foreign/se/mfr", "Medicinska födelseregistret",
            "https://test.varcat.no/foreign/dk/lpr", "Landspatientregistret",
            "https://test.varcat.no/foreign/de/krebs", "Zentrum für Krebsregisterdaten",
            "https://test.varcat.no/foreign/en/cancer", "Cancer Registry of Elsewhere");
    private static final String SWEDISH = "https://test.varcat.no/foreign/se/mfr";

    @LocalServerPort
    int port;

    @Autowired
    Harvester harvester;

    @Autowired
    IndexSync indexSync;

    @Autowired
    CatalogStore store;

    private HarvestReport report;

    @BeforeAll
    void harvest() {
        HarvestSource source = new HarvestSource(ID, URI.create("classpath:no/varcat/web/register/foreign-registers.ttl"),
                "turtle", "Foreign registers");
        report = harvester.harvest(source);
        indexSync.afterHarvest(source);
    }

    @AfterAll
    void removeTheSource() {
        List<GraphChange> changes = new ArrayList<>();
        for (String graph : store.graphNames()) {
            if (graph.endsWith(":" + ID)) {
                changes.add(new GraphChange.Replace(graph, GraphFactory.createDefaultGraph()));
            }
        }
        store.apply(changes);
        indexSync.syncAll();
    }

    @Test
    void eachLandsWithWarningsAndItsPageShowsItsTitleAndWhatIsMissing() throws Exception {
        assertThat(report.succeeded()).as("%s", report.issues()).isTrue();
        assertThat(report.issues()).as("nothing left out").allSatisfy(issue ->
                assertThat(issue.severity()).isEqualTo(HarvestIssue.Severity.WARNING));
        for (Map.Entry<String, String> register : TITLES.entrySet()) {
            HttpResponse<String> page = get(Paths.register(register.getKey()), "text/html");
            assertThat(page.statusCode()).as(register.getKey()).isEqualTo(200);
            assertThat(page.body()).as(register.getKey()).contains(">" + register.getValue() + "</h1>");
        }
        String swedish = get(Paths.register(SWEDISH), "text/html").body();
        assertThat(swedish).contains("<h1 lang=\"sv\">Medicinska födelseregistret</h1>")
                .contains("Merknader fra siste høsting")
                .contains("<li>A register needs at least one contact point (dcat:contactPoint) that is a resource, not a literal.</li>")
                .contains("<li>A register needs a title in Norwegian Bokmål (dct:title with language tag nb).</li>");
        assertThat(get(Paths.register(SWEDISH) + "?lang=en", "text/html").body()).contains("Notes from the last harvest");
    }

    @Test
    void theSearchFindsThemByTheirOwnTitles() throws Exception {
        String found = get("/api/v1/registers?q=" + URLEncoder.encode("Landspatientregistret", StandardCharsets.UTF_8), "application/json").body();
        assertThat(found).contains("\"da\":\"Landspatientregistret\"");
        String swedish = get("/api/v1/registers?q=" + URLEncoder.encode("Medicinska", StandardCharsets.UTF_8), "application/json").body();
        assertThat(swedish).contains("\"sv\":\"Medicinska födelseregistret\"");
    }

    @Test
    void theExportsKeepTheTitlesAndGiveAnIdentifier() throws Exception {
        Graph catalog = GraphFactory.createDefaultGraph();
        // Every page: the registers other tests harvest may come before these in IRI order.
        HydraPages.follow("/catalog", path -> get(path, "text/turtle").body()).forEach(page -> page.getGraph().find().forEach(catalog::add));
        Node register = NodeFactory.createURI(SWEDISH);
        assertThat(catalog.contains(register, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Medicinska födelseregistret", "sv")))
                .isTrue();
        assertThat(catalog.contains(register, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(SWEDISH))).isTrue();

        String ddi = get(Paths.register(SWEDISH) + "/ddi.xml", "application/xml").body();
        assertThat(ddi).contains("<titl xml:lang=\"sv\">Medicinska födelseregistret</titl>");
        assertThat(get(Paths.register("https://test.varcat.no/foreign/de/krebs") + "/ddi.xml", "application/xml").body())
                .contains("<titl xml:lang=\"de\">Zentrum für Krebsregisterdaten</titl>");
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
