package no.varcat.web.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.varcat.catalog.quality.QualityIndicatorRepository;
import no.varcat.catalog.register.RegisterRepository;
import no.varcat.catalog.register.RegisterSummary;
import no.varcat.catalog.resource.ResourceIds;
import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.variable.VariableRepository;
import no.varcat.catalog.variable.VariableSummary;
import no.varcat.vocab.HYDRA;
import no.varcat.web.Paths;
import no.varcat.web.VarcatIntegrationTest;

/** Every sample register and 100 variables by their own URLs, in HTML and the four RDF syntaxes. */
@VarcatIntegrationTest
class ResourceUrlsIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String FOAF = "http://xmlns.com/foaf/0.1/";
    private static final Map<String, Lang> SYNTAXES = Map.of("text/turtle", Lang.TURTLE, "application/ld+json", Lang.JSONLD,
            "application/rdf+xml", Lang.RDFXML, "application/n-triples", Lang.NTRIPLES);
    private static final Map<String, Lang> SUFFIXES = Map.of("ttl", Lang.TURTLE, "jsonld", Lang.JSONLD, "rdf", Lang.RDFXML,
            "nt", Lang.NTRIPLES);

    @LocalServerPort
    int port;
    @Autowired
    RegisterRepository registers;
    @Autowired
    VariableRepository variables;
    @Autowired
    QualityIndicatorRepository indicators;
    @Autowired
    CatalogStore store;

    @Test
    void everySampleRegisterDereferencesInHtmlAndFourRdfSyntaxes() throws Exception {
        List<RegisterSummary> all = registers.findAll();
        assertThat(all).hasSizeGreaterThanOrEqualTo(15);
        for (RegisterSummary register : all) {
            String path = Paths.register(register.iri());
            HttpResponse<String> html = get(path, "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
            assertThat(html.statusCode()).as(path).isEqualTo(200);
            assertThat(html.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
            assertThat(html.body()).contains(register.iri());
            assertRdf(path, register.iri(), model -> assertThat(model.contains(model.getResource(register.iri()), RDF.type, DCAT.Dataset)).isTrue());
        }
    }

    @Test
    void hundredVariablesDereferenceInHtmlAndFourRdfSyntaxes() throws Exception {
        List<VariableSummary> sample = registers.findAll().stream()
                .flatMap(r -> variables.findByRegister(r.iri()).stream().limit(7)).limit(100).toList();
        assertThat(sample).hasSize(100);
        for (VariableSummary variable : sample) {
            String path = Paths.variable(variable.iri());
            HttpResponse<String> html = get(path, null);
            assertThat(html.statusCode()).as(path).isEqualTo(200);
            assertThat(html.body()).contains(variable.notation());
            assertRdf(path, variable.iri(), model -> assertThat(model.getResource(variable.iri()).listProperties().toList()).isNotEmpty());
        }
    }

    @Test
    void codeListsIndicatorsAndPublishersHaveTheirOwnUrls() throws Exception {
        VariableSummary coded = variables.findByRegister("https://sample.varcat.no/fhi/mfr").stream()
                .filter(VariableSummary::hasCodeList).findFirst().orElseThrow();
        String codeList = "/codelists/" + ResourceIds.of(coded.representation());
        assertThat(get(codeList, "text/html").body()).contains("<table class=\"codes\">", Paths.variable(coded.iri()));
        assertRdf(codeList, coded.representation(), model -> assertThat(model.listStatements(null,
                org.apache.jena.vocabulary.SKOS.inScheme, model.getResource(coded.representation())).toList()).isNotEmpty());

        var indicator = indicators.findAll().get(0);
        String indicatorPath = "/indicators/" + ResourceIds.of(indicator.iri());
        assertThat(get(indicatorPath, "text/html").statusCode()).isEqualTo(200);
        assertRdf(indicatorPath, indicator.iri(), model -> assertThat(model.listSubjectsWithProperty(
                model.createProperty("http://www.w3.org/ns/dqv#isMeasurementOf")).toList()).isNotEmpty());

        List<String> publishers = new java.util.ArrayList<>();
        store.select("SELECT ?p WHERE { <https://sample.varcat.no/fhi/mfr> <http://purl.org/dc/terms/publisher> ?p }",
                row -> publishers.add(row.getResource("p").getURI()));
        String publisher = publishers.get(0);
        String publisherPath = "/publishers/" + ResourceIds.of(publisher);
        assertThat(get(publisherPath, "text/html").body()).contains(Paths.register("https://sample.varcat.no/fhi/mfr"));
        assertRdf(publisherPath, publisher, model -> assertThat(model.listSubjectsWithProperty(
                model.createProperty("http://purl.org/dc/terms/publisher")).toList()).isNotEmpty());
    }

    @Test
    void oldAddressesMovePermanently() throws Exception {
        String vekt = "https://sample.varcat.no/fhi/mfr/variable/VEKT";
        HttpResponse<String> variable = get("/variable?iri=" + encode(vekt), "text/html");
        assertThat(variable.statusCode()).isEqualTo(301);
        assertThat(variable.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(Paths.variable(vekt)));

        HttpResponse<String> rdf = get("/variable/rdf?iri=" + encode(vekt) + "&format=jsonld", null);
        assertThat(rdf.statusCode()).isEqualTo(301);
        assertThat(rdf.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(Paths.variable(vekt) + ".jsonld"));

        HttpResponse<String> register = get("/register?iri=" + encode("https://sample.varcat.no/fhi/mfr") + "&q=vekt", "text/html");
        assertThat(register.statusCode()).isEqualTo(301);
        assertThat(register.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith(Paths.register("https://sample.varcat.no/fhi/mfr") + "?q=vekt"));
        assertThat(get("/register?iri=" + encode("x> } DROP ALL"), "text/html").statusCode()).isEqualTo(404);
    }

    @Test
    void unknownIdsAre404PagesAndUnofferedTypes406() throws Exception {
        for (String path : List.of("/variables/no-such-thing-0000abcd", "/registers/DROP%20ALL", "/codelists/x",
                "/publishers/%3Cscript%3E", "/indicators/" + "a".repeat(5000), "/variables/mfr-vekt-00000000.ttl")) {
            HttpResponse<String> answer = get(path, "text/html");
            assertThat(answer.statusCode()).as(path).isIn(400, 404);
            assertThat(answer.body()).doesNotContain("<script>", "Exception");
        }
        // A program asking for RDF gets an RFC 9457 problem, not a page.
        HttpResponse<String> problem = get("/variables/no-such-thing-0000abcd", "text/turtle");
        assertThat(problem.statusCode()).isEqualTo(404);
        assertThat(problem.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(problem.body()).contains("\"status\":404", "no-such-thing-0000abcd");
        HttpResponse<String> bySuffix = get("/registers/no-such-thing-0000abcd.jsonld", "text/html");
        assertThat(bySuffix.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(get("/variables/x.exe", "application/ld+json").body()).contains("\"status\":404", ".exe");

        String vekt = Paths.variable("https://sample.varcat.no/fhi/mfr/variable/VEKT");
        HttpResponse<String> pdf = get(vekt, "application/pdf");
        assertThat(pdf.statusCode()).isEqualTo(406);
        assertThat(pdf.body()).contains("text/turtle", "text/html");
        assertThat(get(vekt + ".xlsx", null).statusCode()).isEqualTo(404);
    }

    @Test
    void aRegistersDocumentComesAPageOfVariablesAtATimeWithHydraLinks() throws Exception {
        String mfr = "https://sample.varcat.no/fhi/mfr";
        String path = Paths.register(mfr) + ".ttl";
        java.util.Set<String> whole = variableLinks(parse(get(path, null).body(), Lang.TURTLE));
        assertThat(whole).hasSizeGreaterThan(10);

        java.util.Set<String> paged = new java.util.HashSet<>();
        String next = path + "?size=5";
        int pages = 0;
        while (next != null) {
            Model page = parse(get(next, null).body(), Lang.TURTLE);
            java.util.Set<String> onPage = variableLinks(page);
            assertThat(onPage).as(next).hasSizeBetween(1, 5);
            assertThat(paged).as("pages do not overlap").doesNotContainAnyElementsOf(onPage);
            paged.addAll(onPage);
            assertThat(page.getResource(mfr).getProperty(HYDRA.totalItems).getLong()).isEqualTo(whole.size());
            var view = page.getResource(mfr).getPropertyResourceValue(HYDRA.view);
            assertThat(view.hasProperty(RDF.type, HYDRA.PartialCollectionView)).isTrue();
            var link = view.getPropertyResourceValue(HYDRA.next);
            next = link == null ? null : URI.create(link.getURI()).getRawPath() + "?" + URI.create(link.getURI()).getRawQuery();
            assertThat(next == null || next.startsWith(path + "?page=")).as(String.valueOf(next)).isTrue();
            pages++;
        }
        assertThat(paged).isEqualTo(whole);
        assertThat(pages).isEqualTo((whole.size() + 4) / 5);

        for (String query : List.of("page=0", "page=x", "size=0", "size=201", "page=99999999999")) {
            HttpResponse<String> bad = get(path + "?" + query, null);
            assertThat(bad.statusCode()).as(query).isEqualTo(400);
            assertThat(bad.headers().firstValue("Content-Type")).as(query).hasValue("application/problem+json");
            assertThat(bad.body()).as(query).contains("\"parameter\":\"" + query.substring(0, query.indexOf('=')) + "\"");
        }
        HttpResponse<String> past = get(path + "?page=99&size=5", null);
        assertThat(past.statusCode()).isEqualTo(404);
        assertThat(past.body()).contains("\"parameter\":\"page\"");
        // Other kinds have no pages: the parameters mean nothing there.
        assertThat(get("/publishers/" + ResourceIds.of("https://data.brreg.no/enhetsregisteret/api/enheter/983744516")
                + ".ttl?page=x", null).statusCode()).isEqualTo(200);
    }

    private static java.util.Set<String> variableLinks(Model model) {
        return model.listObjectsOfProperty(model.createProperty("http://rdf-vocabulary.ddialliance.org/discovery#variable"))
                .mapWith(n -> n.asResource().getURI()).toSet();
    }

    /** By Accept and by suffix, each syntax parses, names the document's topic and says so in the headers. */
    private void assertRdf(String path, String iri, java.util.function.Consumer<Model> check) throws Exception {
        Model first = null;
        for (Map.Entry<String, Lang> syntax : SYNTAXES.entrySet()) {
            HttpResponse<String> answer = get(path, syntax.getKey());
            assertThat(answer.statusCode()).as(path + " as " + syntax.getKey()).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith(syntax.getKey());
            // Field names are case-insensitive; with compression on, Tomcat writes Vary in lower case.
            assertThat(answer.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).containsIgnoringCase("Accept"));
            assertThat(String.join(",", answer.headers().allValues("Link")))
                    .contains("rel=\"alternate\"; type=\"text/turtle\"", path + ".jsonld>", "<" + iri + ">; rel=\"describes\"");
            Model model = parse(answer.body(), syntax.getValue());
            check.accept(model);
            assertThat(model.contains(null, model.createProperty(FOAF + "primaryTopic"), model.getResource(iri))).isTrue();
            if (first == null) {
                first = model;
            } else {
                assertThat(model.isIsomorphicWith(first)).as(path + " as " + syntax.getKey()).isTrue();
            }
        }
        for (Map.Entry<String, Lang> suffix : SUFFIXES.entrySet()) {
            HttpResponse<String> answer = get(path + "." + suffix.getKey(), "text/html");
            assertThat(answer.statusCode()).as(path + "." + suffix.getKey()).isEqualTo(200);
            assertThat(parse(answer.body(), suffix.getValue()).isIsomorphicWith(first)).isTrue();
        }
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

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
