package no.varcat.catalog.dcat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import no.varcat.catalog.TestFixtures;
import no.varcat.catalog.resource.ResourceKind;
import no.varcat.catalog.store.GraphChange;
import no.varcat.catalog.store.Tdb2CatalogStore;
import no.varcat.vocab.CSVW;
import no.varcat.vocab.DISCO;
import no.varcat.vocab.HYDRA;
import no.varcat.vocab.HealthDCATAP;
import no.varcat.vocab.PROV;
import no.varcat.vocab.VARCAT;

/** The exports on a small store of our own: what a page holds, its record dates, its links, the version. */
class DcatCatalogExportTest {

    private static final String BASE = "https://varcat.test/";
    private static final String GRAPH = "urn:varcat:source:birth";
    private static final CatalogDescription CATALOG = new CatalogDescription(BASE + "catalog", "t", "t", "d", "d",
            BASE + "publisher", "varcat");
    private static final ResourceLinks LINKS = (kind, iri) -> BASE + kind.segment() + "/" + Integer.toHexString(iri.hashCode());

    private Tdb2CatalogStore store;
    private DcatCatalogExport export;

    @BeforeEach
    void store() {
        store = Tdb2CatalogStore.inMemory();
        export = new DcatCatalogExport(store, CATALOG, LINKS);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void catalogHasTheRegisterWithoutItsVariablesAndADistributionOfItsDocument() {
        harvest(GRAPH, TestFixtures.birthRegister(), "run-1", "2026-01-01T10:00:00Z", "2026-01-01T10:00:05Z");

        Model catalog = export.catalog(export.page(1, 10), n -> BASE + "catalog?page=" + n);

        Resource register = catalog.getResource(TestFixtures.BIRTH_REGISTER);
        assertThat(catalog.contains(catalog.getResource(BASE + "catalog"), DCAT.dataset, register)).isTrue();
        assertThat(catalog.contains(null, DISCO.variable, (RDFNode) null)).isFalse();
        assertThat(catalog.contains(null, RDF.type, DISCO.Variable)).isFalse();
        String document = LINKS.url(ResourceKind.REGISTER, TestFixtures.BIRTH_REGISTER);
        assertThat(register.listProperties(DCAT.distribution).toList()).hasSize(2).allSatisfy(d -> {
            Resource distribution = d.getResource();
            assertThat(distribution.getPropertyResourceValue(DCAT.accessURL).getURI()).isEqualTo(document);
            assertThat(distribution.getPropertyResourceValue(DCTerms.format).getURI()).startsWith(RegisterDocument.FILE_TYPE);
            assertThat(distribution.getPropertyResourceValue(DCAT.mediaType).getURI()).startsWith(RegisterDocument.MEDIA_TYPE);
        });
        assertThat(catalog.contains(null, HYDRA.view, (RDFNode) null)).as("one page: no view").isFalse();
    }

    @Test
    void recordSaysWhenTheRegisterWasFirstHarvestedAndLastChanged() {
        harvest(GRAPH, TestFixtures.birthRegister(), "run-1", "2026-01-01T10:00:00Z", "2026-01-01T10:00:05Z");
        harvest(GRAPH, TestFixtures.birthRegister(), "run-2", "2026-02-01T10:00:00Z", "2026-02-01T10:00:07Z");

        Model catalog = export.catalog(export.page(1, 10), n -> BASE + "catalog?page=" + n);

        Resource record = catalog.listSubjectsWithProperty(RDF.type, DCAT.CatalogRecord).next();
        assertThat(record.getPropertyResourceValue(FOAF.primaryTopic).getURI()).isEqualTo(TestFixtures.BIRTH_REGISTER);
        assertThat(record.getProperty(DCTerms.issued).getString()).isEqualTo("2026-01-01T10:00:00Z");
        assertThat(record.getProperty(DCTerms.modified).getString()).isEqualTo("2026-02-01T10:00:07Z");
    }

    @Test
    void pagesSplitTheRegistersAndLinkEachOther() {
        for (int i = 0; i < 5; i++) {
            Graph register = GraphFactory.createDefaultGraph();
            register.add(Triple.create(NodeFactory.createURI("https://test.varcat.no/r" + i), RDF.type.asNode(), DCAT.Dataset.asNode()));
            harvest("urn:varcat:source:r" + i, register, "run-r" + i, "2026-01-01T10:00:00Z", "2026-01-01T10:00:01Z");
        }

        Model second = export.catalog(export.page(2, 2), n -> BASE + "catalog?page=" + n);

        assertThat(second.listObjectsOfProperty(DCAT.dataset).mapWith(RDFNode::toString).toList())
                .containsExactlyInAnyOrder("https://test.varcat.no/r2", "https://test.varcat.no/r3");
        Resource view = second.getResource(BASE + "catalog?page=2");
        assertThat(view.hasProperty(RDF.type, HYDRA.PartialCollectionView)).isTrue();
        assertThat(view.getPropertyResourceValue(HYDRA.previous).getURI()).isEqualTo(BASE + "catalog?page=1");
        assertThat(view.getPropertyResourceValue(HYDRA.next).getURI()).isEqualTo(BASE + "catalog?page=3");
        assertThat(view.getPropertyResourceValue(HYDRA.last).getURI()).isEqualTo(BASE + "catalog?page=3");
        assertThat(second.listObjectsOfProperty(HYDRA.totalItems).next().asLiteral().getLong()).isEqualTo(5);
        assertThatThrownBy(() -> export.page(4, 2)).isInstanceOf(PageOutOfRangeException.class).hasMessageContaining("3 pages");
        assertThat(export.page(1, 2).hasPrevious()).isFalse();
    }

    @Test
    void versionChangesWhenAHarvestWritesOrASourceIsEmptiedAndOnlyThen() {
        CatalogVersion empty = CatalogVersion.read(store);
        harvest(GRAPH, TestFixtures.birthRegister(), "run-1", "2026-01-01T10:00:00Z", "2026-01-01T10:00:05Z");
        CatalogVersion harvested = CatalogVersion.read(store);

        assertThat(harvested.tag()).isNotEqualTo(empty.tag());
        assertThat(CatalogVersion.read(store)).isEqualTo(harvested);
        assertThat(harvested.lastModified()).hasValueSatisfying(t -> assertThat(t).hasToString("2026-01-01T10:00:05Z"));

        store.replaceGraph(GRAPH, GraphFactory.createDefaultGraph());
        assertThat(CatalogVersion.read(store).tag()).isNotEqualTo(harvested.tag());
    }

    @Test
    void healthDcatApListsTheVariablesAsColumns() {
        harvest(GRAPH, TestFixtures.birthRegister(), "run-1", "2026-01-01T10:00:00Z", "2026-01-01T10:00:05Z");
        HealthDcatApExport health = health();

        Model catalog = health.catalog(health.page(health.registers(1, 10), 1, 800),
                (n, k) -> BASE + "catalog/healthdcat-ap?page=" + n + "&part=" + k);

        Resource register = catalog.getResource(TestFixtures.BIRTH_REGISTER);
        assertThat(register.getProperty(HealthDCATAP.hasStructuredData).getBoolean()).isTrue();
        Resource table = register.getPropertyResourceValue(HealthDCATAP.hasVariables).getPropertyResourceValue(CSVW.table);
        List<String> names = table.listProperties(CSVW.column).mapWith(c -> c.getResource().getProperty(CSVW.name).getString()).toList();
        assertThat(names).containsExactlyInAnyOrder("VEKT", "KJONN", "MOR_BMI");
        assertThat(table.listProperties(CSVW.column).toList()).allSatisfy(c -> {
            assertThat(c.getResource().hasProperty(CSVW.datatype)).isTrue();
            assertThat(c.getResource().hasProperty(DCTerms.description)).isTrue();
        });
        assertThat(register.getPropertyResourceValue(HealthDCATAP.healthCategory).getURI()).endsWith("/MRMR");
        assertThat(register.getPropertyResourceValue(HealthDCATAP.hdab).getURI()).isEqualTo(BASE + "hdab");
    }

    @Test
    void healthDcatApCutsAPageIntoPartsOfAtMostSoManyVariablesThatTogetherListThemAll() {
        registerWithVariables("r0", 5);
        registerWithVariables("r1", 0);
        registerWithVariables("r2", 3);
        HealthDcatApExport health = health();
        HealthPage.PartAddress address = (n, k) -> BASE + "h?page=" + n + "&part=" + k;

        HealthPage first = health.page(health.registers(1, 10), 1, 2);
        assertThat(first.parts()).isEqualTo(4);
        Model union = ModelFactory.createDefaultModel();
        String next = BASE + "h?page=1&part=1";
        for (int part = 1; part <= 4; part++) {
            Model model = health.catalog(health.page(health.registers(1, 10), part, 2), address);
            assertThat(model.listObjectsOfProperty(CSVW.column).toList()).hasSizeLessThanOrEqualTo(2);
            Resource view = model.getResource(next);
            assertThat(view.getPropertyResourceValue(HYDRA.last).getURI()).isEqualTo(BASE + "h?page=1&part=4");
            next = part < 4 ? view.getPropertyResourceValue(HYDRA.next).getURI() : null;
            assertThat(view.hasProperty(HYDRA.next)).isEqualTo(part < 4);
            union.add(model);
        }
        Model whole = health.catalog(health.page(health.registers(1, 10), 1, 800), address);
        assertThat(columns(union, "r0")).containsExactly("V0", "V1", "V2", "V3", "V4").isEqualTo(columns(whole, "r0"));
        assertThat(columns(union, "r2")).containsExactly("V0", "V1", "V2").isEqualTo(columns(whole, "r2"));
        assertThat(union.getResource("https://test.varcat.no/r1").getProperty(HealthDCATAP.hasStructuredData).getBoolean()).isFalse();
        assertThat(union.listObjectsOfProperty(union.getResource("https://test.varcat.no/r0"), HealthDCATAP.hasStructuredData)
                .mapWith(o -> o.asLiteral().getBoolean()).toList()).containsExactly(true);
        assertThat(whole.contains(null, HYDRA.view)).isFalse();
        assertThatThrownBy(() -> health.page(health.registers(1, 10), 5, 2)).isInstanceOf(PageOutOfRangeException.class)
                .hasMessage("Part 5 of page 1 does not exist: the page has 4 parts");
    }

    @Test
    void theFirstPartOfAPageLinksBackToTheLastPartOfThePageBefore() {
        registerWithVariables("r0", 3);
        registerWithVariables("r1", 1);
        registerWithVariables("r2", 4);
        HealthDcatApExport health = health();

        Model second = health.catalog(health.page(health.registers(2, 2), 1, 2), (n, k) -> BASE + "h?page=" + n + "&part=" + k);

        Resource view = second.getResource(BASE + "h?page=2&part=1");
        assertThat(view.getPropertyResourceValue(HYDRA.previous).getURI()).isEqualTo(BASE + "h?page=1&part=2");
        assertThat(view.getPropertyResourceValue(HYDRA.next).getURI()).isEqualTo(BASE + "h?page=2&part=2");
        assertThat(view.getPropertyResourceValue(HYDRA.last).getURI()).isEqualTo(BASE + "h?page=2&part=2");
        assertThat(second.listObjectsOfProperty(HYDRA.totalItems).next().asLiteral().getLong()).isEqualTo(3);
    }

    @Test
    void aPartCountsTheRegistersOncePerCatalogVersion() {
        registerWithVariables("r0", 3, "2026-01-01T10:00:01Z");
        HealthDcatApExport health = health();
        String first = CatalogVersion.read(store).tag();
        assertThat(health.page(health.registers(1, 10), 1, 2, first).parts()).isEqualTo(2);

        registerWithVariables("r0", 5, "2026-01-02T10:00:01Z");
        String second = CatalogVersion.read(store).tag();

        assertThat(second).isNotEqualTo(first);
        assertThat(health.page(health.registers(1, 10), 1, 2, first).parts()).as("the first version's count, not read again")
                .isEqualTo(2);
        assertThat(health.page(health.registers(1, 10), 1, 2, second).parts()).as("a new version counts afresh").isEqualTo(3);
        assertThat(health.page(health.registers(1, 10), 1, 2).parts()).as("no version: counted every time").isEqualTo(3);
    }

    /** The HealthDCAT-AP export over the store, with a health data access body and EU defaults of our own. */
    private HealthDcatApExport health() {
        return new HealthDcatApExport(export, new HealthDescription("http://data.europa.eu/eli/reg/2025/327/oj",
                BASE + "hdab", "HDAB", BASE + "hdab/contact", "https://hdeu.test/healthcategories/MRMR",
                "http://publications.europa.eu/resource/authority/dataset-type/PERSONAL_DATA"));
    }

    /** A register {@code https://test.varcat.no/{id}} with {@code count} variables V0, V1, ... */
    private void registerWithVariables(String id, int count) {
        registerWithVariables(id, count, "2026-01-01T10:00:01Z");
    }

    /** As {@link #registerWithVariables(String, int)}, harvested by a run that ended at {@code ended}. */
    private void registerWithVariables(String id, int count, String ended) {
        Graph graph = GraphFactory.createDefaultGraph();
        var register = NodeFactory.createURI("https://test.varcat.no/" + id);
        graph.add(Triple.create(register, RDF.type.asNode(), DCAT.Dataset.asNode()));
        for (int i = 0; i < count; i++) {
            var variable = NodeFactory.createURI("https://test.varcat.no/" + id + "/v" + i);
            graph.add(Triple.create(register, DISCO.variable.asNode(), variable));
            graph.add(Triple.create(variable, SKOS.notation.asNode(), NodeFactory.createLiteralString("V" + i)));
            graph.add(Triple.create(variable, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("Variabel " + i, "nb")));
        }
        harvest("urn:varcat:source:" + id, graph, "run-" + id + "-" + ended, "2026-01-01T10:00:00Z", ended);
    }

    /** The csvw:names of the register's columns in {@code model}, sorted. */
    private static List<String> columns(Model model, String id) {
        Resource register = model.getResource("https://test.varcat.no/" + id);
        return model.listObjectsOfProperty(register, HealthDCATAP.hasVariables).toList().stream()
                .flatMap(group -> model.listObjectsOfProperty(group.asResource(), CSVW.table).toList().stream())
                .flatMap(table -> model.listObjectsOfProperty(table.asResource(), CSVW.column).toList().stream())
                .map(column -> column.asResource().getProperty(CSVW.name).getString())
                .distinct().sorted().toList();
    }

    /**
     * What a successful harvest run leaves: the source graph and, in its log, the run that generated
     * it and the log's pointer to its latest run (as the harvester's HarvestLog writes them).
     */
    private void harvest(String graph, Graph content, String run, String started, String ended) {
        Graph log = GraphFactory.createDefaultGraph();
        var runNode = NodeFactory.createURI("urn:varcat:harvest-run:" + run);
        log.add(Triple.create(NodeFactory.createURI(graph), PROV.wasGeneratedBy.asNode(), runNode));
        log.add(Triple.create(NodeFactory.createURI(graph + ":source"), VARCAT.latestRun.asNode(), runNode));
        log.add(Triple.create(runNode, PROV.startedAtTime.asNode(), NodeFactory.createLiteralDT(started,
                XSDDatatype.XSDdateTime)));
        log.add(Triple.create(runNode, PROV.endedAtTime.asNode(), NodeFactory.createLiteralDT(ended,
                XSDDatatype.XSDdateTime)));
        store.apply(List.of(new GraphChange.Replace(graph, content), new GraphChange.Add("urn:varcat:harvest-log:test", log)));
    }
}
