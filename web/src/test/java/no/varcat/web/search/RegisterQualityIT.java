package no.varcat.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.varcat.catalog.qualityscore.QualityGraph;
import no.varcat.vocab.DQV;
import no.varcat.web.VarcatIntegrationTest;

/** The registers tab sorts and filters by the quality score; the DCAT catalog carries it. On the sample catalog. */
@VarcatIntegrationTest
class RegisterQualityIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern SCORE = Pattern.compile("<span class=\"quality-score\">Kvalitet: (\\d+) %</span>");

    @LocalServerPort
    int port;

    @Test
    void theRegistersTabSortsByQualityScoreHighestFirst() throws Exception {
        List<Integer> byRelevance = scores(get("/search?type=registers"));
        List<Integer> byQuality = scores(get("/search?type=registers&sort=quality"));

        assertThat(byQuality).hasSizeGreaterThan(5).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(byQuality).containsExactlyInAnyOrderElementsOf(byRelevance);
        assertThat(byQuality.get(0)).as("the sample registers differ in score").isGreaterThan(byQuality.get(byQuality.size() - 1));
        assertThat(get("/search?type=registers&sort=quality")).contains("<option value=\"quality\" selected=\"selected\">");
    }

    @Test
    void theRegistersTabFiltersByALeastQualityScore() throws Exception {
        List<Integer> all = scores(get("/search?type=registers&sort=quality"));
        int best = all.get(0);

        List<Integer> filtered = scores(get("/search?type=registers&sort=quality&minQuality=" + best));

        assertThat(filtered).isNotEmpty().allMatch(score -> score >= best).hasSizeLessThan(all.size());
        // Not a number, or out of range: no filter, no error.
        assertThat(scores(get("/search?type=registers&minQuality=abc"))).hasSameSizeAs(all);
        assertThat(scores(get("/search?type=registers&minQuality=101"))).hasSameSizeAs(all);
    }

    @Test
    void theCatalogCarriesEachRegistersScoreAsQualityMeasurementsOfItsHarvest() throws Exception {
        Model catalog = ModelFactory.createDefaultModel();
        catalog.read(new StringReader(get("/catalog")), null, "TURTLE");
        Resource mfr = catalog.createResource("https://sample.varcat.no/fhi/mfr");

        List<Resource> scores = catalog.listObjectsOfProperty(mfr, DQV.hasQualityMeasurement).mapWith(n -> n.asResource())
                .filterKeep(m -> m.hasProperty(DQV.isMeasurementOf, catalog.createResource(QualityGraph.MQA_SCORE))).toList();

        assertThat(scores).singleElement().satisfies(m -> {
            assertThat(m.getProperty(DQV.value).getInt()).isPositive();
            assertThat(m.getPropertyResourceValue(catalog.createProperty("http://www.w3.org/ns/prov#wasGeneratedBy")).getURI())
                    .startsWith("urn:varcat:harvest-run:");
        });
    }

    private static List<Integer> scores(String html) {
        List<Integer> scores = new ArrayList<>();
        Matcher m = SCORE.matcher(html);
        while (m.find()) {
            scores.add(Integer.parseInt(m.group(1)));
        }
        return scores;
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", path.startsWith("/catalog") ? "text/turtle" : "text/html").header("Cookie", "varcat-lang=nb").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}
