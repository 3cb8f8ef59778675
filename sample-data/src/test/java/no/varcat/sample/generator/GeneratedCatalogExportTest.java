package no.varcat.sample.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.varcat.catalog.dcat.DcatCatalogExport;
import no.varcat.catalog.store.Tdb2CatalogStore;
import no.varcat.catalog.validation.Severity;
import no.varcat.catalog.validation.Violation;
import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.Harvester;
import no.varcat.harvest.SourceOpener;
import no.varcat.harvest.SourceReaders;
import no.varcat.sample.ExportLinks;
import no.varcat.sample.OfficialShapes;
import no.varcat.sample.SampleSource;

/**
 * The DCAT-AP-NO export of a generated 100k catalog. The catalog carries no variables, so its
 * registers' DCAT sources, the national coverage and a few variable sources are enough to check it
 * against the official shapes; more variable sources must not make it any larger.
 */
class GeneratedCatalogExportTest {

    private static final int FIRST_VARIABLE_SOURCES = 3;
    private static final int MORE_VARIABLE_SOURCES = 6;

    @TempDir
    static Path temp;
    private static GeneratedCatalog generated;
    private static Tdb2CatalogStore store;
    private static Harvester harvester;
    private static DcatCatalogExport export;

    @BeforeAll
    static void harvestRegisters() {
        generated = GeneratedFiles.generate(CatalogSpec.medium(42), temp);
        store = Tdb2CatalogStore.inMemory();
        harvester = new Harvester(store, SourceReaders.standard(), new SourceOpener(true), Clock.systemUTC());
        generated.sources().stream()
                .filter(s -> s.id().endsWith("-dcat") || s.id().equals("coverage-national"))
                .forEach(GeneratedCatalogExportTest::harvest);
        variableSources().stream().limit(FIRST_VARIABLE_SOURCES).forEach(GeneratedCatalogExportTest::harvest);
        export = new DcatCatalogExport(store, ExportLinks.CATALOG, new ExportLinks());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void exportHasNoViolationOfTheOfficialShapes() {
        Model catalog = catalog();

        assertThat(catalog.listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList()).hasSize(generated.registers());
        assertThat(OfficialShapes.dcatApNo2(catalog.getGraph()).withSeverity(Severity.VIOLATION))
                .extracting(Violation::format).isEmpty();
    }

    @Test
    void moreVariablesDoNotMakeTheCatalogLarger() {
        Model before = catalog();
        long variablesBefore = variables();
        variableSources().stream().skip(FIRST_VARIABLE_SOURCES).limit(MORE_VARIABLE_SOURCES)
                .forEach(GeneratedCatalogExportTest::harvest);
        Model after = catalog();

        assertThat(variables()).isGreaterThan(variablesBefore);
        assertThat(after.size()).isEqualTo(before.size());
        // The same triples; only literals may differ in their digits: dates (a second harvest run) and the
        // registers' quality measurements (shares and points of more variables), a few percent at most.
        long tolerance = turtleBytes(before) / 20;
        assertThat(turtleBytes(after)).isBetween(turtleBytes(before) - tolerance, turtleBytes(before) + tolerance);
    }

    private static Model catalog() {
        return export.catalog(export.page(1, 100), n -> ExportLinks.BASE + "catalog?page=" + n);
    }

    private static List<SampleSource> variableSources() {
        return generated.files().stream().filter(file -> file.variables() > 0).map(GeneratedFile::source).toList();
    }

    private static void harvest(SampleSource s) {
        harvester.harvest(new HarvestSource(s.id(), generated.directory().resolve(s.file()).toUri(), s.format(), s.title(),
                s.register(), s.preset()));
    }

    private static long variables() {
        long[] n = {0};
        store.select("SELECT (COUNT(DISTINCT ?v) AS ?n) WHERE { ?d <http://rdf-vocabulary.ddialliance.org/discovery#variable> ?v }",
                row -> n[0] = row.getLiteral("n").getLong());
        return n[0];
    }

    private static int turtleBytes(Model model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, Lang.TURTLE);
        return out.size();
    }
}
