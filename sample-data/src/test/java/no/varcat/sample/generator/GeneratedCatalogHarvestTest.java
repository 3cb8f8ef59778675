package no.varcat.sample.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.varcat.catalog.store.Tdb2CatalogStore;
import no.varcat.catalog.validation.ProfileValidator;
import no.varcat.catalog.validation.Violation;
import no.varcat.harvest.HarvestIssue;
import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.HarvestReport;
import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.Harvester;
import no.varcat.harvest.SourceOpener;
import no.varcat.harvest.SourceReaders;
import no.varcat.sample.SampleSource;
import no.varcat.vocab.ControlledVocabularies;

/** A generated catalog goes through the real harvester, every format, as the benchmarks will load it. */
class GeneratedCatalogHarvestTest {

    private static final String COUNT_VARIABLES = "SELECT (COUNT(DISTINCT ?v) AS ?n) WHERE { "
            + "?d <http://rdf-vocabulary.ddialliance.org/discovery#variable> ?v }";

    @TempDir
    static Path temp;
    private static GeneratedCatalog catalog;
    private static Tdb2CatalogStore store;
    private static final List<HarvestReport> REPORTS = new ArrayList<>();

    @BeforeAll
    static void harvest() {
        catalog = GeneratedFiles.generate(CatalogGeneratorTest.SMALL, temp);
        store = Tdb2CatalogStore.inMemory();
        Harvester harvester = new Harvester(store, SourceReaders.standard(), new SourceOpener(true), Clock.systemUTC());
        for (SampleSource s : catalog.sources()) {
            HarvestSource source = new HarvestSource(s.id(), catalog.directory().resolve(s.file()).toUri(), s.format(), s.title(),
                    s.register(), s.preset());
            REPORTS.add(harvester.harvest(source));
        }
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void everySourceHarvestsWithoutErrors() {
        assertThat(REPORTS).hasSize(catalog.files().size()).allSatisfy(report -> {
            assertThat(report.succeeded()).as(report.sourceId() + ": " + report.issues()).isTrue();
            assertThat(report.issues()).as(report.sourceId())
                    .filteredOn(issue -> issue.severity() != Severity.WARNING).extracting(HarvestIssue::toString).isEmpty();
        });
    }

    @Test
    void storeHoldsExactlyTheGeneratedVariables() {
        long[] count = {-1};
        store.select(COUNT_VARIABLES, row -> count[0] = row.getLiteral("n").getLong());

        assertThat(count[0]).isEqualTo(CatalogGeneratorTest.SMALL.variables());
    }

    /** What the readers made of every format together (coverage, indicators, codebooks) is profile data too. */
    @Test
    void harvestedCatalogConformsToTheProfile() {
        Graph all = GraphFactory.createDefaultGraph();
        store.graphNames().stream().filter(name -> name.startsWith("urn:varcat:source:"))
                .forEach(name -> store.readGraph(name).find().forEach(all::add));
        ControlledVocabularies.codingSystems().getGraph().find().forEach(all::add);

        assertThat(new ProfileValidator().validate(all).violations()).extracting(Violation::format).isEmpty();
    }
}
