package no.varcat.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.varcat.catalog.dcat.CatalogPage;
import no.varcat.catalog.dcat.DcatCatalogExport;
import no.varcat.catalog.dcat.HealthDcatApExport;
import no.varcat.catalog.resource.ResourceKind;
import no.varcat.catalog.store.Tdb2CatalogStore;
import no.varcat.catalog.validation.Severity;
import no.varcat.catalog.validation.Violation;
import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.Harvester;
import no.varcat.harvest.SourceOpener;
import no.varcat.harvest.SourceReaders;
import no.varcat.vocab.CSVW;
import no.varcat.vocab.DISCO;

/**
 * The exports of the whole sample catalog, harvested by the real harvester, against the official
 * shapes: DCAT-AP-NO 2.0 and HealthDCAT-AP Release 8 (non-public) without a violation, and the
 * DCAT-AP-NO v3 draft with the results docs/exports.md names and explains.
 */
class CatalogExportConformanceTest {

    private static Tdb2CatalogStore store;
    private static DcatCatalogExport dcat;
    private static Model catalog;
    private static Model health;

    @BeforeAll
    static void harvestAndExport() {
        store = Tdb2CatalogStore.inMemory();
        Harvester harvester = new Harvester(store, SourceReaders.standard(), new SourceOpener(false), Clock.systemUTC());
        for (SampleSource s : SampleCatalog.sources()) {
            harvester.harvest(new HarvestSource(s.id(), URI.create("classpath:" + s.resource()), s.format(), s.title(),
                    s.register(), s.preset()));
        }
        dcat = new DcatCatalogExport(store, ExportLinks.CATALOG, new ExportLinks());
        CatalogPage all = dcat.page(1, 100);
        catalog = dcat.catalog(all, n -> ExportLinks.BASE + "catalog?page=" + n);
        HealthDcatApExport healthExport = new HealthDcatApExport(dcat, ExportLinks.HEALTH);
        health = healthExport.catalog(healthExport.page(healthExport.registers(1, 100), 1, Integer.MAX_VALUE),
                (n, k) -> ExportLinks.BASE + "catalog/healthdcat-ap?page=" + n + "&part=" + k);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** No violation; the warnings docs/exports.md gives, and why: see there. */
    @Test
    void dcatApNo2HasNoViolation() {
        var result = OfficialShapes.dcatApNo2(catalog.getGraph());

        assertThat(result.withSeverity(Severity.VIOLATION)).extracting(Violation::format).isEmpty();
        assertThat(catalog.listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList()).hasSize(15);
        assertThat(byShape(result.withSeverity(Severity.WARNING)))
                .isEqualTo(Map.of("Dataset_ShapeCV", 15L, "Distribution_Shape", 30L));
    }

    /** The counts docs/exports.md gives, and why: see there. */
    @Test
    void dcatApNo3DraftGivesTheDocumentedResults() {
        var single = OfficialShapes.dcatApNo3(catalog.getGraph());
        var split = OfficialShapes.dcatApNo3Split(catalog.getGraph());

        assertThat(byShape(single.withSeverity(Severity.VIOLATION))).isEqualTo(Map.of("hasShapeCV-dctSpatialMin0MaxN", 15L));
        assertThat(byShape(single.withSeverity(Severity.WARNING))).isEqualTo(Map.of("Dataset_ShapeCV", 15L));
        assertThat(byShape(split.withSeverity(Severity.VIOLATION)))
                .isEqualTo(Map.of("hasShapeCVPattern-mediaType", 30L, "hasMin1MaxNShape-dcatContactPoint", 1L));
        assertThat(split.withSeverity(Severity.WARNING)).isEmpty();
    }

    @Test
    void healthDcatApNonPublicHasNoViolation() {
        var result = OfficialShapes.healthDcatApNonPublic(health.getGraph());

        assertThat(OfficialShapes.aboutExport(result.withSeverity(Severity.VIOLATION), health.getGraph()))
                .extracting(Violation::format).isEmpty();
    }

    @Test
    void catalogLeavesTheVariablesToEachRegistersDocument() {
        assertThat(catalog.listStatements(null, DISCO.variable, (org.apache.jena.rdf.model.RDFNode) null).toList()).isEmpty();
        assertThat(catalog.listSubjectsWithProperty(RDF.type, DISCO.Variable).toList()).isEmpty();
        catalog.listSubjectsWithProperty(RDF.type, DCAT.Dataset).forEach(dataset -> {
            String document = new ExportLinks().url(ResourceKind.REGISTER, dataset.getURI());
            assertThat(dataset.getPropertyResourceValue(FOAF.page).getURI()).isEqualTo(document);
            assertThat(dataset.listProperties(DCAT.distribution).toList()).hasSize(2).allSatisfy(d ->
                    assertThat(d.getResource().getPropertyResourceValue(DCAT.accessURL).getURI()).isEqualTo(document));
        });
    }

    @Test
    void everyRegisterHasARecordWithItsHarvestDates() {
        assertThat(catalog.listSubjectsWithProperty(RDF.type, DCAT.CatalogRecord).toList()).hasSize(15).allSatisfy(record -> {
            assertThat(record.getPropertyResourceValue(FOAF.primaryTopic).hasProperty(RDF.type, DCAT.Dataset)).isTrue();
            assertThat(record.getProperty(DCTerms.issued).getString()).isLessThanOrEqualTo(record.getProperty(DCTerms.modified).getString());
        });
    }

    @Test
    void healthDcatApListsEveryVariableOfEveryRegisterAsAColumn() {
        long[] variables = {0};
        store.select("SELECT (COUNT(*) AS ?n) WHERE { ?d a <http://www.w3.org/ns/dcat#Dataset> ;"
                + " <http://rdf-vocabulary.ddialliance.org/discovery#variable> ?v . ?v <http://www.w3.org/2004/02/skos/core#notation> [] }",
                row -> variables[0] = row.getLiteral("n").getLong());

        assertThat(variables[0]).isGreaterThan(1000);
        assertThat(health.listSubjectsWithProperty(RDF.type, CSVW.Column).toList()).hasSize((int) variables[0]);
    }

    private static Map<String, Long> byShape(java.util.List<Violation> violations) {
        return violations.stream().map(v -> v.sourceShape().substring(v.sourceShape().lastIndexOf('#') + 1))
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    }
}
