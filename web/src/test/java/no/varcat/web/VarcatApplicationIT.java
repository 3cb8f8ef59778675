package no.varcat.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.varcat.catalog.register.RegisterRepository;
import no.varcat.catalog.search.RegisterIndexer;
import no.varcat.catalog.search.SearchConnection;
import no.varcat.catalog.search.VariableSearch;

/**
 * The walking skeleton end to end, as the README run command starts it: sample data harvested
 * into TDB2, indexed in a local Elasticsearch node with our plugin, served over HTTP.
 */
@VarcatIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class VarcatApplicationIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    SearchConnection search;

    @Autowired
    VariableSearch variableSearch;

    @Autowired
    RegisterIndexer registerIndexer;

    @Autowired
    RegisterRepository registers;

    @Test
    void homePageHasASearchBoxInNorwegian() throws Exception {
        HttpResponse<String> home = get("/", "text/html");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("lang=\"nb\"", "<input id=\"q\" name=\"q\" type=\"search\"", "Søk etter variabler");
    }

    @Test
    void inflectedUnaccentedSearchFindsFoedselsvekt() throws Exception {
        HttpResponse<String> page = get("/search?q=" + URLEncoder.encode("fodselsvekten", StandardCharsets.UTF_8), "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<mark>Fødselsvekt</mark>", "Medisinsk fødselsregister");
    }

    @Test
    void englishSwitchTranslatesTheInterface() throws Exception {
        assertThat(get("/search?q=BMI&lang=en", "text/html").body()).contains("lang=\"en\"", "Search variables");
        // The switch back keeps the search.
        assertThat(get("/search?q=BMI&lang=en", "text/html").body()).contains("href=\"/search?q=BMI&amp;lang=nb\"");
    }

    @Test
    void variablePageShowsDefinitionAndCodeList() throws Exception {
        HttpResponse<String> page = get(firstResultPath("kjønn"), "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Kodeliste", "<table class=\"codes\">");
    }

    @Test
    void registerPageShowsPublisherLegalBasisAndVariables() throws Exception {
        HttpResponse<String> page = get(Paths.register("https://sample.varcat.no/fhi/mfr"), "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Medisinsk fødselsregister (MFR)", "Folkehelseinstituttet",
                "Medisinsk fødselsregisterforskriften", "<code>VEKT</code>", "/variables/");
    }

    @Test
    void registerFacetFiltersAndStaysInTheUrl() throws Exception {
        String mfr = "https://sample.varcat.no/fhi/mfr";
        String body = get("/search?q=&register=" + URLEncoder.encode(mfr, StandardCharsets.UTF_8) + "&codes=yes", "text/html").body();

        assertThat(body).contains("value=\"" + mfr + "\" checked=\"checked\"", "id=\"codes-yes\" value=\"yes\" checked=\"checked\"");
        assertThat(body).contains(Paths.register(mfr)).doesNotContain(Paths.register("https://sample.varcat.no/helsedir/npr"));
    }

    @Test
    void publisherValueTypeAndYearFiltersStayInTheUrl() throws Exception {
        String body = get("/search?q=&publisher=Helsedirektoratet&valueType=date&valueType=integer&from=2015&to=2020&sort=name",
                "text/html").body();

        assertThat(body).contains("value=\"Helsedirektoratet\" checked=\"checked\"",
                "id=\"valueType-date\" value=\"date\" checked=\"checked\"", "id=\"valueType-integer\" value=\"integer\" checked=\"checked\"",
                "<label for=\"years-from\">Fra år</label>", "<legend>Verditype</legend>", "Dato eller årstall");
        assertThat(body).containsPattern("id=\"years-from\"[^>]*value=\"2015\"").containsPattern("id=\"years-to\"[^>]*value=\"2020\"");
        // The sort form carries the filters along.
        assertThat(body).contains("<input type=\"hidden\" name=\"publisher\" value=\"Helsedirektoratet\">",
                "<input type=\"hidden\" name=\"valueType\" value=\"date\">", "<input type=\"hidden\" name=\"from\" value=\"2015\">");
        assertThat(body).contains(Paths.register("https://sample.varcat.no/helsedir/npr")).doesNotContain(Paths.register("https://sample.varcat.no/fhi/mfr"));
    }

    @Test
    void pagesKeepThePublisherAndYearFilters() throws Exception {
        String body = get("/search?q=&publisher=Folkehelseinstituttet&from=2000&lang=en", "text/html").body();

        assertThat(body).contains("<legend>Publisher</legend>", "<legend>Years with data</legend>");
        assertThat(body).containsPattern(
                "href=\"/search\\?q=[^\"]*publisher=Folkehelseinstituttet&amp;from=2000&amp;sort=relevance&amp;page=2\"");
    }

    @Test
    void themeCoverageAndIndicatorFacetsStayInTheUrlAndAreTranslated() throws Exception {
        String cancer = "https://w3id.org/varcat/health-theme/cancer";
        String body = get("/search?q=&theme=" + URLEncoder.encode(cancer, StandardCharsets.UTF_8)
                + "&coverage=95-100&indicators=no&sort=changed", "text/html").body();

        assertThat(body).contains("<legend>Tema</legend>", "<legend>Dekningsgrad i registeret</legend>",
                "<legend>Kvalitetsindikatorer</legend>", "<span>Kreft</span>", "<span>Helse</span>", "95 % og over",
                "value=\"" + cancer + "\" checked=\"checked\"", "id=\"coverage-95-100\" value=\"95-100\" checked=\"checked\"",
                "id=\"indicators-no\" value=\"no\" checked=\"checked\"", "<option value=\"changed\" selected=\"selected\">");
        // Only the cancer register (95 % and over, no quality indicators) is left; the sort form carries the filters.
        assertThat(body).contains(Paths.register("https://sample.varcat.no/fhi/kreft") + "\"", "Sist endret 2025-03-31",
                "<input type=\"hidden\" name=\"theme\" value=\"" + cancer + "\">",
                "<input type=\"hidden\" name=\"coverage\" value=\"95-100\">", "<input type=\"hidden\" name=\"indicators\" value=\"no\">");
        assertThat(body).doesNotContain(Paths.register("https://sample.varcat.no/fhi/mfr") + "\"");
        // Pages keep the new facets: every central register has the EU theme HEAL and 95 % and over.
        String heal = "http://publications.europa.eu/resource/authority/data-theme/HEAL";
        assertThat(get("/search?q=&theme=" + URLEncoder.encode(heal, StandardCharsets.UTF_8) + "&coverage=95-100&indicators=no&sort=changed",
                "text/html").body()).contains("href=\"/search?q=&amp;theme=http%3A%2F%2Fpublications.europa.eu%2Fresource%2Fauthority"
                        + "%2Fdata-theme%2FHEAL&amp;coverage=95-100&amp;indicators=no&amp;sort=changed&amp;page=2\"");

        String english = get("/search?q=&theme=" + URLEncoder.encode(cancer, StandardCharsets.UTF_8) + "&lang=en", "text/html").body();
        assertThat(english).contains("<legend>Theme</legend>", "<span>Cancer</span>", "<span>Health</span>",
                "The register has quality indicators", "95 % and over");
    }

    @Test
    void lastChangedSortsByTheVariablesOwnDateBeforeItsRegisters() throws Exception {
        String body = get("/search?q=&sort=changed", "text/html").body();
        // MFR's VEKT was changed 2025-10-01, after every register description of the sample.
        assertThat(body.indexOf("<code>VEKT</code>")).isPositive().isEqualTo(body.indexOf("<code>"));
        assertThat(body).contains("Sist endret 2025-10-01", "<option value=\"changed\" selected=\"selected\">Sist endret</option>");
        assertThat(body.indexOf("Sist endret 2025-10-01")).isLessThan(body.indexOf("Sist endret 2025-09-12"));
    }

    @Test
    void pagesPastWhatSkippingReachesFollowCursorsAndABareDeepPageNumberIsCapped() throws Exception {
        String page10 = get("/search?q=&page=10", "text/html").body();
        String next = page10.replaceAll("(?s).*href=\"(/search\\?[^\"]*)\" rel=\"next\".*", "$1").replace("&amp;", "&");
        assertThat(next).contains("page=11", "after=");
        String page11 = get(next, "text/html").body();
        assertThat(page11).contains("Side 11 av ", "start=\"201\"", "rel=\"prev\"");

        // Without a cursor, a page number beyond 10,000 hits is brought back within reach.
        String beyond = get("/search?q=&page=900", "text/html").body();
        assertThat(beyond).containsPattern("Side (\\d+) av \\1<").contains("class=\"result\"");
        assertThat(get("/search?q=&page=2&after=not-a-cursor", "text/html").body()).contains("start=\"21\"");
        // A cursor of another order gives the first page, called page 1.
        String otherOrder = next.replace("sort=relevance", "sort=register");
        assertThat(get(otherOrder, "text/html").body()).contains("Side 1 av ", "start=\"1\"");
    }

    @Test
    void sortIsChosenInTheUrlAndKeptByFacetsAndPages() throws Exception {
        String body = get("/search?q=&sort=register", "text/html").body();

        assertThat(body).contains("<option value=\"register\" selected=\"selected\">", "name=\"sort\" value=\"register\"");
        assertThat(body).containsPattern("href=\"/search\\?q=[^\"]*sort=register&amp;page=2\"");
        // By register title: «Dødsårsaksregisteret» sorts before every other sample register.
        String firstRegisterLink = body.substring(body.indexOf("/registers/"));
        assertThat(firstRegisterLink).startsWith(Paths.register("https://sample.varcat.no/fhi/dar") + "\"");
    }

    @Test
    void registersTabSearchesRegistersWithCountAndPublisher() throws Exception {
        String body = get("/search?type=registers&q=" + URLEncoder.encode("fodsler", StandardCharsets.UTF_8), "text/html").body();

        assertThat(body).contains("href=\"/search?q=fodsler&amp;type=registers\" aria-current=\"page\"",
                "<input type=\"hidden\" name=\"type\" value=\"registers\">", "Søk etter registre",
                "href=\"" + Paths.register("https://sample.varcat.no/fhi/mfr") + "\"", "<mark>", "Utgiver: Folkehelseinstituttet");
        assertThat(body).containsPattern("\\d+ variabler").doesNotContain("class=\"facets\"");
    }

    @Test
    void registersTabFindsARegisterByAKeywordOnlyInItsKeywords() throws Exception {
        // "laparoskopi" is among NoRGast's dcat:keyword and nowhere in its title or description.
        String body = get("/search?type=registers&q=laparoskopi", "text/html").body();

        assertThat(body).contains("href=\"" + Paths.register("https://sample.varcat.no/unn/norgast") + "\"");
    }

    @Test
    void misspeltSearchWithoutHitsOffersDidYouMean() throws Exception {
        String body = get("/search?q=" + URLEncoder.encode("vødselsvekt", StandardCharsets.UTF_8), "text/html").body();

        assertThat(body).contains("0 treff for «vødselsvekt»", "Mente du «fødselsvekt»?", "href=\"/search?q=f%C3%B8dselsvekt&amp;");
    }

    @Test
    void filtersThatLeaveNothingOfferALinkWithoutThem() throws Exception {
        String body = get("/search?q=obduksjon&sort=name&codes=no&register="
                + URLEncoder.encode("https://sample.varcat.no/fhi/mfr", StandardCharsets.UTF_8), "text/html").body();

        assertThat(body).contains("Ingen variabler passer med filtrene du har valgt.",
                "href=\"/search?q=obduksjon&amp;sort=name\">Fjern filtrene og søk i alle variabler</a>");
    }

    @Test
    void registerPageDrawsCoverageAndIndicatorsWithTargetsAndTables() throws Exception {
        HttpResponse<String> page = get(Paths.register("https://sample.varcat.no/helse-bergen/diabetes-voksne"), "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<svg", "role=\"img\"", "aria-labelledby=\"coverage-chart-title\"",
                "class=\"band band-high\"", "Helse Vest RHF", "<polyline", "Høy måloppnåelse",
                "Alle rapporterende enheter (beregnet)");
        assertThat(page.body()).containsPattern("<th scope=\"row\">2024</th>");
    }

    @Test
    void searchResultsLinkToTheRegister() throws Exception {
        assertThat(get("/search?q=" + URLEncoder.encode("fødselsvekt", StandardCharsets.UTF_8), "text/html").body())
                .contains(Paths.register("https://sample.varcat.no/fhi/mfr"));
    }

    @Test
    void unknownOrMalformedRegisterIs404() throws Exception {
        assertThat(get(Paths.register("https://nowhere.example/x"), "text/html")
                .statusCode()).isEqualTo(404);
        assertThat(get(Paths.register("x> } DROP ALL"), "text/html")
                .statusCode()).isEqualTo(404);
    }

    @Test
    void variablePageListsTheSameConceptInOtherRegisters() throws Exception {
        String body = get(Paths.variable("https://sample.varcat.no/fhi/mfr/variable/VEKT"),
                "text/html").body();
        assertThat(body).contains("Samme begrep i andre registre", "Samme betydning og koding",
                Paths.variable("https://sample.varcat.no/ous/nyfodt/variable/INNLEGGELSE_FODSELSVEKT"));
    }

    @Test
    void compareShowsVariablesSideBySideWithCodeListsAndCoverage() throws Exception {
        String vekt = "https://sample.varcat.no/fhi/mfr/variable/VEKT";
        String kjonn = "https://sample.varcat.no/fhi/mfr/variable/KJONN";
        String body = get("/compare?iri=" + URLEncoder.encode(vekt, StandardCharsets.UTF_8) + "&iri="
                + URLEncoder.encode(kjonn, StandardCharsets.UTF_8), "text/html").body();

        assertThat(body).contains("Sammenlign variabler", "Fødselsvekt", "Barnets kjønn", "<code>VEKT</code>", "<code>KJONN</code>",
                "Dekningsgrad for registeret", "2024: ");
        assertThat(get("/compare?iri=" + URLEncoder.encode(vekt, StandardCharsets.UTF_8), "text/html").body())
                .contains("Velg to til fire variabler");
    }

    /** Issue 5: the analysis works on the real sample catalog, not only on test fixtures. */
    @Test
    void sampleCatalogSearchStemsFoldsExpandsSynonymsForgivesTyposAndFindsCodes() {
        assertThat(notations("fødselsvekten")).as("stemming").first().isEqualTo("VEKT");
        assertThat(notations("underliggende dodsarsak")).as("folding").first().isEqualTo("UNDERLIGGENDE_ICD10");
        assertThat(notations("gestasjonsalder")).as("synonym").contains("SVLEN");
        assertThat(notations("svangerskapslenge")).as("typo").first().isEqualTo("SVLEN");
        assertThat(notations("apgar5")).as("technical name").first().isEqualTo("APGAR5");
    }

    private List<String> notations(String q) {
        return variableSearch.search(q, 0, 20).hits().stream().map(h -> h.variable().notation()).toList();
    }

    @Test
    void pagesCarryAContentSecurityPolicyWithoutInlineScriptAndAReferrerPolicy() throws Exception {
        for (String path : List.of("/", "/search?q=vekt", Paths.register("https://sample.varcat.no/fhi/mfr"))) {
            HttpResponse<String> page = get(path, "text/html");
            assertThat(page.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'", "object-src 'none'")
                            .doesNotContain("unsafe-inline", "unsafe-eval"));
            assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
            assertThat(page.headers().firstValue("Permissions-Policy")).hasValueSatisfying(p -> assertThat(p).contains("camera=()"));
        }
    }

    @Test
    void everyPageSaysTheSampleCatalogIsMadeUp() throws Exception {
        for (String path : List.of("/", "/search?q=vekt", Paths.register("https://sample.varcat.no/fhi/mfr"))) {
            assertThat(get(path, "text/html").body()).as(path).contains("class=\"flash sample-notice\"", "oppdiktet");
        }
        assertThat(get("/?lang=en", "text/html").body()).contains("made up for demonstration");
    }

    @Test
    void unknownValueTypesAndPastedPagesAreSearchedNotFaults() throws Exception {
        assertThat(get("/search?q=vekt&valueType=nonsense&valueType=%3Cscript%3E", "text/html").statusCode()).isEqualTo(200);
        HttpResponse<String> pasted = get("/search?q=" + "fodselsvekt+".repeat(420), "text/html");
        assertThat(pasted.statusCode()).isEqualTo(200);
        assertThat(get("/search?type=registers&q=" + "fodsler+".repeat(700), "text/html").statusCode()).isEqualTo(200);
    }

    @Test
    void unknownVariableIs404() throws Exception {
        assertThat(get(Paths.variable("https://nowhere.example/x"), "text/html")
                .statusCode()).isEqualTo(404);
    }

    @Test
    void catalogIsTurtleByDefaultAndDeclaresADcatCatalogWithDatasets() throws Exception {
        HttpResponse<String> turtle = get("/catalog", null);
        assertThat(turtle.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/turtle"));
        Model model = parse(turtle.body(), Lang.TURTLE);
        Resource catalog = model.listSubjectsWithProperty(RDF.type, DCAT.Catalog).nextResource();
        assertThat(catalog.getURI()).endsWith("/catalog");
        assertThat(model.listObjectsOfProperty(catalog, DCAT.dataset).toList()).hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(d -> assertThat(model.contains(d.asResource(), RDF.type, DCAT.Dataset)).isTrue());
    }

    @Test
    void catalogNegotiatesRdfXmlAndJsonLd() throws Exception {
        HttpResponse<String> xml = get("/catalog", "application/rdf+xml");
        HttpResponse<String> jsonld = get("/catalog", "application/ld+json");
        assertThat(parse(xml.body(), Lang.RDFXML).contains(null, RDF.type, DCAT.Catalog)).isTrue();
        assertThat(parse(jsonld.body(), Lang.JSONLD).contains(null, RDF.type, DCAT.Catalog)).isTrue();
        assertThat(get("/catalog", "application/pdf").statusCode()).isEqualTo(406);
    }

    @Test
    void aSecondInstanceOnATakenPortFailsWithBootsPortMessage(CapturedOutput output) {
        // Same Elasticsearch as this application, so start-up gets as far as binding the port.
        Throwable failure = catchThrowable(() -> SpringApplication.run(VarcatApplication.class,
                "--varcat.data-dir=target/it-data-second", "--varcat.sample-data.enabled=false",
                "--varcat.elasticsearch.url=" + search.endpoint().uri(), "--server.port=" + port));

        assertThat(failure).isNotNull();
        assertThat(output).contains("Port " + port + " was already in use");
    }

    @Test
    void everySampleRegisterIsIndexed() throws Exception {
        long count = search.client().count(c -> c.index(registerIndexer.index().alias())).count();
        assertThat(count).isEqualTo(registers.findAll().size()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void dataLivesInTheConfiguredDataDir() {
        assertThat(Path.of("target/it-data/tdb2")).isDirectory();
    }

    private String firstResultPath(String q) throws Exception {
        String body = get("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "text/html").body();
        int start = body.indexOf("/variables/");
        return body.substring(start, body.indexOf('"', start));
    }

    private static Model parse(String body, Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))).lang(lang).parse(model);
        return model;
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
