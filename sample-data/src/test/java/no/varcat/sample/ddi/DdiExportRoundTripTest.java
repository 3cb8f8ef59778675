package no.varcat.sample.ddi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.varcat.catalog.ddi.DdiCodebookExport;
import no.varcat.catalog.register.RegisterDetails;
import no.varcat.catalog.register.RegisterRepository;
import no.varcat.catalog.register.RegisterSummary;
import no.varcat.catalog.store.Tdb2CatalogStore;
import no.varcat.catalog.variable.VariableDetails;
import no.varcat.catalog.variable.VariableRepository;
import no.varcat.harvest.HarvestIssue;
import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.Harvester;
import no.varcat.harvest.IssueCollector;
import no.varcat.harvest.SourceOpener;
import no.varcat.harvest.SourceReaders;
import no.varcat.harvest.ddi.DdiCodebookReader;
import no.varcat.sample.SampleCatalog;
import no.varcat.sample.SampleSource;

/**
 * Every sample register's DDI-Codebook export: valid against the official DDI-Codebook 2.5 schema,
 * and read back by varcat's own DDI reader into the same variables and code lists.
 */
class DdiExportRoundTripTest {

    private static final String BACK = "https://roundtrip.varcat.no/ddi/";

    private static Tdb2CatalogStore catalog;
    private static final Map<String, byte[]> EXPORTS = new LinkedHashMap<>();

    @BeforeAll
    static void harvestAndExport() {
        catalog = Tdb2CatalogStore.inMemory();
        Harvester harvester = new Harvester(catalog, SourceReaders.standard(), new SourceOpener(false), Clock.systemUTC());
        for (SampleSource s : SampleCatalog.sources()) {
            harvester.harvest(new HarvestSource(s.id(), URI.create("classpath:" + s.resource()), s.format(), s.title(),
                    s.register(), s.preset()));
        }
        RegisterRepository registers = new RegisterRepository(catalog);
        DdiCodebookExport export = new DdiCodebookExport(catalog, registers, new VariableRepository(catalog));
        for (RegisterSummary register : registers.findAll()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                export.codebook(register.iri()).orElseThrow().writeTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            EXPORTS.put(register.iri(), out.toByteArray());

        }
    }

    @AfterAll
    static void close() {
        catalog.close();
    }

    @Test
    void everyRegisterIsExported() {
        assertThat(EXPORTS).hasSizeGreaterThanOrEqualTo(15);
    }

    @Test
    void everyExportIsValidAgainstTheOfficialSchema() {
        DdiSchema schema = DdiSchema.load();
        EXPORTS.forEach((register, ddi) -> assertThat(schema.errors(ddi)).as(register).isEmpty());
    }

    @Test
    void everyPageOfAPagedExportIsValidAgainstTheOfficialSchema() throws IOException {
        DdiSchema schema = DdiSchema.load();
        RegisterRepository registers = new RegisterRepository(catalog);
        DdiCodebookExport export = new DdiCodebookExport(catalog, registers, new VariableRepository(catalog));
        String largest = registers.findAll().stream().map(RegisterSummary::iri)
                .max(java.util.Comparator.comparingLong(new VariableRepository(catalog)::countOfRegister)).orElseThrow();
        int pages = export.codebook(largest, 1, 50).orElseThrow().page().pages();
        assertThat(pages).isGreaterThan(1);
        for (int page = 1; page <= pages; page++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            export.codebook(largest, page, 50).orElseThrow().writeTo(out);
            assertThat(schema.errors(out.toByteArray())).as(largest + " page " + page).isEmpty();
        }
    }

    @Test
    void readingAnExportBackGivesTheSameStudyVariablesAndCodeLists() {
        VariableRepository variables = new VariableRepository(catalog);
        RegisterRepository registers = new RegisterRepository(catalog);
        int n = 0;
        for (Map.Entry<String, byte[]> export : EXPORTS.entrySet()) {
            String register = export.getKey();
            String base = BACK + (++n);
            try (Tdb2CatalogStore back = Tdb2CatalogStore.inMemory()) {
                IssueCollector issues = new IssueCollector();
                Graph read = GraphFactory.createDefaultGraph();
                new DdiCodebookReader("nb").read(new ByteArrayInputStream(export.getValue()), base, StreamRDFLib.graph(read), issues);
                assertThat(issues.issues()).as(register).extracting(HarvestIssue::toString).isEmpty();
                back.replaceGraph("urn:varcat:source:roundtrip", read);

                String study = base + "#study";
                RegisterDetails original = registers.find(register).orElseThrow(() -> new AssertionError("no original " + register));
                RegisterDetails reread = new RegisterRepository(back).find(study).orElseThrow(() -> new AssertionError("no reread " + study));
                sameStudy(original, reread);
                List<VariableDetails> before = new ArrayList<>();
                variables.forEachOfRegister(register, 500, before::add);
                List<VariableDetails> after = new ArrayList<>();
                new VariableRepository(back).forEachOfRegister(study, 500, after::add);
                assertThat(after).as(register).hasSameSizeAs(before).isNotEmpty();
                for (int i = 0; i < before.size(); i++) {
                    sameVariable(register, before.get(i), after.get(i));
                }
            }
        }
    }

    private static void sameStudy(RegisterDetails before, RegisterDetails after) {
        String register = before.summary().iri();
        assertThat(after.summary().title()).as(register).isEqualTo(before.summary().title());
        assertThat(after.summary().description()).as(register).isEqualTo(before.summary().description());
        assertThat(after.populationCoverage()).as(register).isEqualTo(before.populationCoverage());
        assertThat(after.firstYear()).as(register).isEqualTo(before.firstYear());
        assertThat(after.lastYear()).as(register).isEqualTo(before.lastYear());
    }

    private static void sameVariable(String register, VariableDetails before, VariableDetails after) {
        String what = register + " " + before.summary().notation();
        assertThat(after.summary().notation()).as(what).isEqualTo(before.summary().notation());
        assertThat(after.summary().label()).as(what + " label").isEqualTo(before.summary().label());
        assertThat(after.summary().definition()).as(what + " definition").isEqualTo(before.summary().definition());
        assertThat(after.population()).as(what + " universe").isEqualTo(before.population());
        assertThat(after.question()).as(what + " question").isEqualTo(before.question());
        assertThat(after.summary().hasCodeList()).as(what + " has a code list").isEqualTo(!before.codes().isEmpty());
        if (!before.summary().hasCodeList()) {
            assertThat(after.summary().representation()).as(what + " datatype").isEqualTo(before.summary().representation());
        }
        assertThat(after.unit()).as(what + " unit").isEqualTo(before.unit());
        assertThat(after.summary().unitType()).as(what + " unit type").isEqualTo(before.summary().unitType());
        assertThat(after.codes()).as(what + " codes").isEqualTo(before.codes());
    }
}
