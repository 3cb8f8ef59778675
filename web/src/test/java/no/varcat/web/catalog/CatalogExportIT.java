package no.varcat.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.store.GraphChange;
import no.varcat.catalog.validation.Severity;
import no.varcat.catalog.validation.Violation;
import no.varcat.harvest.HarvestReport;
import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.Harvester;
import no.varcat.harvest.SourceOpener;
import no.varcat.harvest.SourceReaders;
import no.varcat.sample.OfficialShapes;
import no.varcat.sample.SampleSource;
import no.varcat.sample.generator.CatalogGenerator;
import no.varcat.sample.generator.CatalogSpec;
import no.varcat.sample.generator.GeneratedCatalog;
import no.varcat.vocab.CSVW;
import no.varcat.vocab.DISCO;
import no.varcat.vocab.HYDRA;
import no.varcat.vocab.VARCAT;
import no.varcat.web.VarcatIntegrationTest;

/**
 * The served catalogs, over HTTP: DCAT-AP-NO at {@code /catalog} and HealthDCAT-AP at
 * {@code /catalog/healthdcat-ap} pass the official shapes; pages link each other (Hydra) and refuse
 * what is not a page; a conditional GET costs a 304 until the store changes; gzip on request.
 */
@VarcatIntegrationTest
class CatalogExportIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String EXTRA = "catalog-export-it-extra";
    private static final Resource EXTRA_REGISTER = ResourceFactory.createResource("https://sample.varcat.no/test/extra");

    @LocalServerPort
    int port;

    @Autowired
    Harvester harvester;

    @Autowired
    CatalogStore store;

    @Test
    void servedCatalogHasNoViolationOfTheOfficialDcatApNo2Shapes() throws Exception {
        Model catalog = turtle(get("/catalog", Map.of()));

        assertThat(datasets(catalog)).hasSizeGreaterThanOrEqualTo(15);
        assertThat(OfficialShapes.dcatApNo2(catalog.getGraph()).withSeverity(Severity.VIOLATION))
                .extracting(Violation::format).isEmpty();
        assertThat(catalog.contains(null, DISCO.variable, (RDFNode) null)).as("no variable links").isFalse();
        assertThat(catalog.listSubjectsWithProperty(RDF.type, DCAT.CatalogRecord).toList()).hasSameSizeAs(datasets(catalog));
    }

    @Test
    void eachRegistersDistributionIsItsDocumentWithItsVariables() throws Exception {
        Resource mfr = turtle(get("/catalog", Map.of())).getResource("https://sample.varcat.no/fhi/mfr");
        List<String> downloads = mfr.listProperties(DCAT.distribution).mapWith(d -> d.getResource()
                .getPropertyResourceValue(DCAT.downloadURL).getURI()).toList();

        assertThat(downloads).hasSize(2).anySatisfy(url -> assertThat(url).endsWith(".jsonld"));
        String turtleUrl = downloads.stream().filter(url -> url.endsWith(".ttl")).findFirst().orElseThrow();
        Model document = turtle(get(URI.create(turtleUrl).getRawPath(), Map.of()));
        assertThat(document.listObjectsOfProperty(mfr, DISCO.variable).toList()).hasSizeGreaterThan(10);
    }

    @Test
    void servedHealthDcatApHasNoViolationOfTheReleaseEightNonPublicShapes() throws Exception {
        Model all = ModelFactory.createDefaultModel();
        pages("/catalog/healthdcat-ap?size=5").forEach(all::add);

        assertThat(datasets(all)).hasSizeGreaterThanOrEqualTo(15);
        assertThat(all.listSubjectsWithProperty(RDF.type, CSVW.Column).toList()).hasSizeGreaterThan(1000);
        var result = OfficialShapes.healthDcatApNonPublic(all.getGraph());
        assertThat(OfficialShapes.aboutExport(result.withSeverity(Severity.VIOLATION), all.getGraph()))
                .extracting(Violation::format).isEmpty();
    }

    @Test
    void healthDcatApPagesComeInPartsOfAtMostSoManyVariablesThatTogetherListEachColumnOnce() throws Exception {
        Model whole = ModelFactory.createDefaultModel();
        pages("/catalog/healthdcat-ap?size=5").forEach(whole::add);
        List<Model> parts = pages("/catalog/healthdcat-ap?size=5&variables=100");

        List<String> listed = new ArrayList<>();
        for (Model part : parts) {
            List<Resource> columns = part.listSubjectsWithProperty(RDF.type, CSVW.Column).toList();
            assertThat(columns).hasSizeLessThanOrEqualTo(100);
            columns.forEach(column -> listed.add(column.getURI()));
        }
        assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(
                whole.listSubjectsWithProperty(RDF.type, CSVW.Column).mapWith(Resource::getURI).toList());
        assertThat(parts.size()).isGreaterThan(listed.size() / 100);
        Resource second = HydraPages.views(parts.get(1)).get(0);
        assertThat(second.getURI()).endsWith("/catalog/healthdcat-ap?page=1&part=2&size=5&variables=100");
        assertThat(second.getPropertyResourceValue(HYDRA.previous).getURI()).endsWith("/catalog/healthdcat-ap?page=1&size=5&variables=100");
        HttpResponse<byte[]> beyond = get("/catalog/healthdcat-ap?part=999", Map.of());
        assertThat(beyond.statusCode()).isEqualTo(404);
        assertProblemNaming(beyond, "part");
        HttpResponse<byte[]> noSuchPage = get("/catalog/healthdcat-ap?page=999&part=2", Map.of());
        assertThat(noSuchPage.statusCode()).isEqualTo(404);
        assertProblemNaming(noSuchPage, "page");
        for (String bad : List.of("part=0", "part=x", "variables=0", "variables=801")) {
            HttpResponse<byte[]> response = get("/catalog/healthdcat-ap?" + bad, Map.of());
            assertThat(response.statusCode()).as(bad).isEqualTo(400);
            assertProblemNaming(response, bad.substring(0, bad.indexOf('=')));
        }
    }

    @Test
    void pagesLinkFirstNextPreviousLastAndTogetherListEveryRegisterOnce() throws Exception {
        // Every page at the default size: other tests' registers may make more than one.
        List<Model> defaultPages = pages("/catalog");
        Model whole = ModelFactory.createDefaultModel();
        defaultPages.forEach(whole::add);
        List<Model> pages = pages("/catalog?size=4");

        List<String> listed = new ArrayList<>();
        pages.forEach(page -> datasets(page).forEach(d -> listed.add(d.getURI())));
        assertThat(listed).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(datasets(whole).stream().map(Resource::getURI).toList());
        assertThat(pages).hasSize((listed.size() + 3) / 4);
        Resource view = HydraPages.views(pages.get(1)).get(0);
        assertThat(view.getURI()).endsWith("/catalog?page=2&size=4");
        assertThat(view.getPropertyResourceValue(HYDRA.first).getURI()).endsWith("/catalog?page=1&size=4");
        assertThat(view.getPropertyResourceValue(HYDRA.previous).getURI()).endsWith("/catalog?page=1&size=4");
        assertThat(view.getPropertyResourceValue(HYDRA.next).getURI()).endsWith("/catalog?page=3&size=4");
        assertThat(view.getPropertyResourceValue(HYDRA.last).getURI()).endsWith("/catalog?page=" + pages.size() + "&size=4");
        assertThat(pages.get(1).listObjectsOfProperty(HYDRA.totalItems).next().asLiteral().getLong()).isEqualTo(listed.size());
        assertThat(HydraPages.views(defaultPages.get(0))).as("one page needs no view").hasSize(defaultPages.size() == 1 ? 0 : 1);
    }

    @Test
    void whatIsNotAPageIsRefusedNamingTheParameter() throws Exception {
        for (String bad : List.of("page=0", "page=-1", "page=abc", "page=1.5", "page=99999999999999", "size=0", "size=26",
                "size=x")) {
            HttpResponse<byte[]> response = get("/catalog?" + bad, Map.of());
            assertThat(response.statusCode()).as(bad).isEqualTo(400);
            assertProblemNaming(response, bad.substring(0, bad.indexOf('=')));
        }
        HttpResponse<byte[]> beyond = get("/catalog?page=999", Map.of());
        assertThat(beyond.statusCode()).isEqualTo(404);
        assertProblemNaming(beyond, "page");
        assertThat(get("/catalog/healthdcat-ap?page=999", Map.of()).statusCode()).isEqualTo(404);
    }

    @Test
    void conditionalGetAnswers304UntilTheStoreChanges() throws Exception {
        HttpResponse<byte[]> first = get("/catalog", Map.of());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

        HttpResponse<byte[]> again = get("/catalog", Map.of("If-None-Match", etag));
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(get("/catalog", Map.of("If-Modified-Since", lastModified)).statusCode()).isEqualTo(304);
        assertThat(get("/catalog", Map.of("If-None-Match", etag, "Accept", "application/ld+json")).statusCode())
                .as("another syntax is another representation").isEqualTo(200);
        assertThat(get("/catalog?page=1&size=5", Map.of("If-None-Match", etag)).statusCode()).isEqualTo(200);
        String part = "/catalog/healthdcat-ap?variables=100&part=2";
        String partTag = get(part, Map.of()).headers().firstValue("ETag").orElseThrow();
        assertThat(get(part, Map.of("If-None-Match", partTag)).statusCode()).isEqualTo(304);
        assertThat(get("/catalog/healthdcat-ap?variables=100", Map.of("If-None-Match", partTag)).statusCode())
                .as("another part is another representation").isEqualTo(200);

        HarvestReport harvested = harvester.harvest(new HarvestSource(EXTRA,
                URI.create("classpath:no/varcat/web/catalog/extra-register.ttl"), "turtle", "Ekstra", null, null));
        try {
            assertThat(harvested.succeeded()).as(harvested.issues().toString()).isTrue();
            HttpResponse<byte[]> changed = get("/catalog", Map.of("If-None-Match", etag));
            assertThat(changed.statusCode()).isEqualTo(200);
            assertThat(changed.headers().firstValue("ETag")).isPresent().isNotEqualTo(Optional.of(etag));
            assertThat(turtle(changed).containsResource(EXTRA_REGISTER)).isTrue();
            etag = changed.headers().firstValue("ETag").orElseThrow();
        } finally {
            // As removing a source does: its data and its ids go, its log stays.
            Graph empty = GraphFactory.createDefaultGraph();
            store.apply(List.of(new GraphChange.Replace(HarvestSource.graphNameFor(EXTRA), empty),
                    new GraphChange.Replace(HarvestSource.idsGraphNameFor(EXTRA), empty)));
        }
        HttpResponse<byte[]> removed = get("/catalog", Map.of("If-None-Match", etag));
        assertThat(removed.statusCode()).as("a source emptied changes the ETag too").isEqualTo(200);
        assertThat(turtle(removed).containsResource(EXTRA_REGISTER)).isFalse();
    }

    @Test
    void gzipWhenAskedFor() throws Exception {
        HttpResponse<byte[]> plain = get("/catalog", Map.of());
        HttpResponse<byte[]> zipped = get("/catalog", Map.of("Accept-Encoding", "gzip"));

        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        byte[] unzipped;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            unzipped = in.readAllBytes();
        }
        assertThat(zipped.body().length).isLessThan(plain.body().length / 3);
        assertThat(new String(unzipped, StandardCharsets.UTF_8)).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
        assertThat(get("/catalog", Map.of("Accept-Encoding", "gzip", "If-None-Match",
                zipped.headers().firstValue("ETag").orElseThrow())).statusCode()).isEqualTo(304);
    }

    /**
     * A generated 100k catalog's registers, harvested into the running application beside the sample,
     * served page by page: zero violations of the official DCAT-AP-NO 2.0 shapes. Its variables stay
     * out of /catalog (GeneratedCatalogExportTest shows more of them leave its size as it is), so its
     * register descriptions and national coverage are what the check needs.
     */
    @Test
    void servedCatalogWithAGenerated100kCatalogHasNoViolationOfTheOfficialShapes(@TempDir Path temp) throws Exception {
        GeneratedCatalog generated = new CatalogGenerator(CatalogSpec.medium(42)).generate(temp);
        Harvester fromFiles = new Harvester(store, SourceReaders.standard(), new SourceOpener(true), Clock.systemUTC());
        List<SampleSource> registerSources = generated.sources().stream()
                .filter(s -> s.id().endsWith("-dcat") || s.id().equals("coverage-national")).toList();
        List<String> ids = registerSources.stream().map(s -> "generated-" + s.id()).toList();
        try {
            for (SampleSource s : registerSources) {
                HarvestReport report = fromFiles.harvest(new HarvestSource("generated-" + s.id(),
                        generated.directory().resolve(s.file()).toUri(), s.format(), s.title(), s.register(), s.preset()));
                assertThat(report.succeeded()).as(s.id() + ": " + report.issues()).isTrue();
            }
            Graph served = GraphFactory.createDefaultGraph();
            List<Model> pages = pages("/catalog?size=20");
            pages.forEach(page -> page.getGraph().find().forEach(served::add));

            assertThat(pages).hasSizeGreaterThan(1);
            assertThat(datasets(ModelFactory.createModelForGraph(served))).hasSizeGreaterThanOrEqualTo(15 + generated.registers());
            assertThat(OfficialShapes.dcatApNo2(served).withSeverity(Severity.VIOLATION)).extracting(Violation::format).isEmpty();
            assertThat(served.contains(null, VARCAT.pathId.asNode(), null)).as("no URL ids in the catalog").isFalse();
        } finally {
            Graph empty = GraphFactory.createDefaultGraph();
            List<GraphChange> removals = new ArrayList<>();
            for (String id : ids) {
                removals.add(new GraphChange.Replace(HarvestSource.graphNameFor(id), empty));
                removals.add(new GraphChange.Replace(HarvestSource.idsGraphNameFor(id), empty));
            }
            store.apply(removals);
        }
    }

    /** Every page of a listing, following hydra:next from the first. */
    private List<Model> pages(String first) throws Exception {
        return HydraPages.follow(first, path -> {
            HttpResponse<byte[]> page = get(path, Map.of());
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            return new String(page.body(), StandardCharsets.UTF_8);
        });
    }

    private static List<Resource> datasets(Model catalog) {
        return catalog.listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList();
    }

    private static void assertProblemNaming(HttpResponse<byte[]> response, String parameter) throws IOException {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        Map<String, Object> problem = JSON.readValue(response.body(), new TypeReference<>() { });
        assertThat(problem.get("parameter")).isEqualTo(parameter);
        assertThat(problem.get("detail").toString()).contains("'" + parameter + "'");
    }

    private static Model turtle(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(new String(response.body(), StandardCharsets.UTF_8), Lang.TURTLE).parse(graph);
        return ModelFactory.createModelForGraph(graph);
    }

    private HttpResponse<byte[]> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
