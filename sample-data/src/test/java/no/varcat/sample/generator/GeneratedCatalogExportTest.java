package no.varcat.sample.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
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
import no.varcat.vocab.DQV;

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
        // A register that gets variables gets its variable-quality measurements (docs/quality.md): a fixed
        // number per register, whatever its number of variables. Apart from them, the same triples.
        assertThat(measurements(after)).isLessThanOrEqualTo(registers(after) * MEASUREMENTS_PER_REGISTER);
        Model plainBefore = withoutMeasurements(before);
        Model plainAfter = withoutMeasurements(after);
        assertThat(plainAfter.size()).isEqualTo(plainBefore.size());
        // Dates may differ in their digits (a second harvest run), never in more than that.
        assertThat(turtleBytes(plainAfter)).isBetween(turtleBytes(plainBefore) - 200, turtleBytes(plainBefore) + 200);
    }

    /** Every metric data.norge.no and varcat measure, with the two totals: an upper bound per register. */
    private static final int MEASUREMENTS_PER_REGISTER = 40;

    private static long measurements(Model model) {
        return model.listSubjectsWithProperty(RDF.type, DQV.QualityMeasurement).toList().size();
    }

    private static long registers(Model model) {
        return model.listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList().size();
    }

    /** The export without the registers' quality measurements and the links to them. */
    private static Model withoutMeasurements(Model model) {
        Model plain = ModelFactory.createDefaultModel().add(model);
        for (Resource m : model.listSubjectsWithProperty(RDF.type, DQV.QualityMeasurement).toList()) {
            plain.removeAll(m, null, null);
            plain.removeAll(null, null, m);
        }
        return plain;
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
