package no.varcat.web.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.varcat.catalog.quality.CoverageRepository;
import no.varcat.catalog.quality.NationalCoverage;
import no.varcat.catalog.search.ConceptCoverageSearch;
import no.varcat.catalog.search.SearchConnection;
import no.varcat.catalog.search.VariableIndexer;
import no.varcat.web.Paths;
import no.varcat.web.VarcatIntegrationTest;
import no.varcat.web.list.SiteSession;

/**
 * The coverage matrix on the sample catalog: which registers hold which concepts (terms and a shared
 * concept), filtered by years and by the lowest coverage over those years, the registers holding
 * all first, one search per concept, and a row's variables added to the list in one POST.
 */
@VarcatIntegrationTest
class MatrixIT {

    private static final String MFR = "https://sample.varcat.no/fhi/mfr";
    private static final String NYFODT = "https://sample.varcat.no/ous/nyfodt";
    private static final String NORGAST = "https://sample.varcat.no/unn/norgast";
    private static final String MFR_VEKT = "https://sample.varcat.no/fhi/mfr/variable/VEKT";
    private static final String MFR_ROYK = "https://sample.varcat.no/fhi/mfr/variable/ROYK_START";
    private static final Pattern QUERY_TOTAL = Pattern.compile("\"query_total\"\\s*:\\s*(\\d+)");

    @LocalServerPort
    int port;
    @Autowired
    CoverageMatrix matrix;
    @Autowired
    CoverageRepository coverage;
    @Autowired
    SearchConnection connection;
    @Autowired
    VariableIndexer variableIndexer;

    @Test
    void registersHoldingEveryConceptComeFirstWithTheirVariablesYearsAndCoverage() {
        MatrixView view = build("fødselsvekt, røykestatus", null, null, null);

        assertThat(view.concepts()).extracting(MatrixView.ConceptHeading::label).containsExactly("fødselsvekt", "røykestatus");
        MatrixView.MatrixRow first = view.rows().get(0);
        assertThat(first.registerIri()).isEqualTo(MFR);
        assertThat(first.holdsAll()).isTrue();
        assertThat(view.holdingAll()).isEqualTo(1);
        assertThat(first.cells().get(0).shown()).extracting(MatrixView.CellVariable::iri).contains(MFR_VEKT);
        assertThat(first.cells().get(0).years()).isEqualTo("1967–");
        assertThat(first.cells().get(1).shown()).extracting(MatrixView.CellVariable::iri).contains(MFR_ROYK);
        assertThat(first.variableIris()).contains(MFR_VEKT, MFR_ROYK);
        // The lowest and highest national rate over the years (all of them here), as the compare page writes them.
        assertThat(first.coverage()).matches("99,3\\h?%–99,7\\h?%");
        assertThat(first.coverageYears()).isEqualTo("2014–2024");

        // The neonatal register has birth weight but no smoking; the quality registers smoking only.
        MatrixView.MatrixRow nyfodt = row(view, NYFODT);
        assertThat(nyfodt.held()).isEqualTo(1);
        assertThat(nyfodt.cells().get(0).held()).isTrue();
        assertThat(nyfodt.cells().get(1).held()).isFalse();
        assertThat(view.rows()).extracting(MatrixView.MatrixRow::registerIri).contains(NORGAST);
        assertThat(view.rows().stream().skip(1)).allSatisfy(r -> assertThat(r.holdsAll()).isFalse());
        // A definition that mentions birth weight ("fødselsvekt under 1000 gram") does not make a variable one.
        assertThat(nyfodt.cells().get(0).shown()).extracting(MatrixView.CellVariable::label).allSatisfy(
                label -> assertThat(label.toLowerCase(Locale.ROOT)).contains("fødselsvekt"));
    }

    @Test
    void yearsKeepTheVariablesCollectedThenAndCoverageIsTheLowestRateOfThoseYears() {
        MatrixView all = build("røykestatus", null, null, null);
        assertThat(all.rows()).extracting(MatrixView.MatrixRow::registerIri).contains(NORGAST);
        // NoRGast's smoking variable starts in 2016: not a register holding it for 2010–2015.
        MatrixView early = build("røykestatus", "2010", "2015", null);
        assertThat(early.rows()).extracting(MatrixView.MatrixRow::registerIri).doesNotContain(NORGAST).isNotEmpty();
        assertThat(early.rows()).allSatisfy(r -> assertThat(r.cells().get(0).shown()).isNotEmpty());

        MatrixView wanted = build("fødselsvekt, røykestatus", "2015", "2020", "90");
        MatrixView unfiltered = build("fødselsvekt, røykestatus", "2015", "2020", null);
        Set<String> expected = unfiltered.rows().stream().map(MatrixView.MatrixRow::registerIri)
                .filter(iri -> {
                    NationalCoverage national = NationalCoverage.of(coverage.forResource(iri));
                    List<BigDecimal> rates = national.byYear().subMap(2015, 2021).values().stream().toList();
                    return !rates.isEmpty() && rates.stream().allMatch(r -> r.compareTo(new BigDecimal("0.90")) >= 0);
                }).collect(Collectors.toSet());
        assertThat(wanted.rows()).extracting(MatrixView.MatrixRow::registerIri).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(expected).contains(MFR).hasSizeLessThan(unfiltered.rows().size());
        assertThat(wanted.leftOutByCoverage()).isEqualTo(unfiltered.rows().size() - expected.size());
        assertThat(wanted.rows().get(0).registerIri()).isEqualTo(MFR);
        assertThat(wanted.rows().get(0).coverageYears()).isEqualTo("2015–2020");
    }

    @Test
    void aSharedConceptIsMatchedByTheVariablesBasedOnIt() {
        MatrixView view = build("https://sample.varcat.no/concept/birth-weight", null, null, null);
        assertThat(view.concepts()).singleElement().satisfies(c -> {
            assertThat(c.label()).isEqualTo("Fødselsvekt");
            assertThat(c.shared()).isTrue();
        });
        assertThat(view.rows()).extracting(MatrixView.MatrixRow::registerIri).containsExactlyInAnyOrder(MFR, NYFODT);

        MatrixView unknown = build("https://sample.varcat.no/concept/no-such-concept", null, null, null);
        assertThat(unknown.concepts()).singleElement().satisfies(c -> assertThat(c.known()).isFalse());
        assertThat(unknown.rows()).isEmpty();
    }

    @Test
    void oneSearchPerConceptAndNoMoreThanTenConcepts() throws Exception {
        long before = searches();
        build("fødselsvekt, røykestatus", "2015", "2020", "90");
        assertThat(searches() - before).isEqualTo(2);

        String twelve = IntStream.rangeClosed(1, 12).mapToObj(i -> "term" + i).collect(Collectors.joining(","));
        before = searches();
        MatrixView view = build(twelve, null, null, null);
        assertThat(view.concepts()).hasSize(ConceptCoverageSearch.MAX_CONCEPTS);
        assertThat(searches() - before).isEqualTo(ConceptCoverageSearch.MAX_CONCEPTS);
    }

    @Test
    void thePageKeepsItsStateInTheUrlAndAddsARowsVariablesToTheListInOnePost() throws Exception {
        Visitor visitor = new Visitor(port);
        String page = "/matrix?concept=f%C3%B8dselsvekt%2C+r%C3%B8ykestatus&from=2015&to=2020&minCoverage=90";
        HttpResponse<String> shown = visitor.get(page);
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains("value=\"fødselsvekt, røykestatus\"", "value=\"2015\"", "value=\"2020\"",
                "<option value=\"90\" selected=\"selected\">90 %</option>", "href=\"" + Paths.register(MFR) + "\"",
                "<caption>Registre og begrepene de har</caption>");
        assertThat(new Visitor(port).get(page + "&lang=en").body()).contains("Registers and the concepts they hold", "holds all");

        String form = between(shown.body(), "<form class=\"matrix-add\"", "</form>");
        Matcher iri = Pattern.compile("name=\"iri\" value=\"([^\"]+)\"").matcher(form);
        StringBuilder fields = new StringBuilder();
        int count = 0;
        while (iri.find()) {
            fields.append("iri=").append(java.net.URLEncoder.encode(iri.group(1), java.nio.charset.StandardCharsets.UTF_8)).append('&');
            count++;
        }
        assertThat(count).isGreaterThanOrEqualTo(2);
        assertThat(form).contains(MFR_VEKT, MFR_ROYK);
        String body = fields + "returnTo=" + java.net.URLEncoder.encode(page, java.nio.charset.StandardCharsets.UTF_8)
                + "&_csrf=" + SiteSession.csrfToken(shown.body());
        HttpResponse<String> added = visitor.post("/list/add", body);
        assertThat(added.statusCode()).isEqualTo(303);
        assertThat(added.headers().firstValue("Location").orElseThrow()).endsWith(page);
        assertThat(visitor.get(page).body()).contains(count + " variabler er lagt til i listen.");
        assertThat(visitor.get("/list").body()).contains(Paths.variable(MFR_VEKT), Paths.variable(MFR_ROYK));
    }

    @Test
    void wrongParametersAreLeftOutNotRefused() throws Exception {
        Visitor visitor = new Visitor(port);
        for (String query : List.of("", "?concept=", "?concept=%00%3Cscript%3E", "?from=abc&to=-1&minCoverage=900",
                "?concept=http://%3E", "?concept=" + "x".repeat(5000))) {
            assertThat(visitor.get("/matrix" + query).statusCode()).as(query).isEqualTo(200);
        }
    }

    @Test
    void theHomePageAndTheSearchResultsLinkToTheMatrix() throws Exception {
        Visitor visitor = new Visitor(port);
        assertThat(visitor.get("/").body()).contains("<p class=\"matrix-link\"><a href=\"/matrix\">");
        assertThat(visitor.get("/search?q=f%C3%B8dselsvekt%2C+r%C3%B8ykestatus").body())
                .containsPattern("href=\"/matrix\\?concept=f%C3%B8dselsvekt(,|%2C)(%20|\\+)r%C3%B8ykestatus\"");
    }

    private MatrixView build(String concepts, String from, String to, String min) {
        return matrix.build(MatrixRequest.parse(List.of(concepts), from, to, min), Locale.forLanguageTag("nb"));
    }

    private static MatrixView.MatrixRow row(MatrixView view, String register) {
        return view.rows().stream().filter(r -> r.registerIri().equals(register)).findFirst()
                .orElseThrow(() -> new AssertionError(register + " is not in the matrix"));
    }

    /** Searches the variable index has answered (one shard: one per search, whether alone or in a multi-search). */
    private long searches() throws Exception {
        Response response = connection.lowLevel().performRequest(
                new Request("GET", "/" + variableIndexer.index().alias() + "/_stats/search"));
        String json = new String(response.getEntity().getContent().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        Matcher total = QUERY_TOTAL.matcher(json);
        assertThat(total.find()).isTrue();
        return Long.parseLong(total.group(1));
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as(start).isNotNegative();
        return text.substring(from, text.indexOf(end, from));
    }

    /** A visitor without JavaScript who posts a form with a repeated field, as a browser does. */
    private static final class Visitor {

        private final String base;
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        Visitor(int port) {
            this.base = "http://localhost:" + port;
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String form) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
