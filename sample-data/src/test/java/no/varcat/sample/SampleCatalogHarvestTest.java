package no.varcat.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.varcat.catalog.quality.CoverageRate;
import no.varcat.catalog.quality.CoverageRepository;
import no.varcat.catalog.quality.QualityIndicatorRepository;
import no.varcat.catalog.register.RegisterRepository;
import no.varcat.catalog.register.RegisterSummary;
import no.varcat.catalog.store.Tdb2CatalogStore;
import no.varcat.catalog.validation.ProfileValidator;
import no.varcat.catalog.validation.ValidationResult;
import no.varcat.catalog.validation.Violation;
import no.varcat.catalog.variable.VariableRepository;
import no.varcat.harvest.HarvestIssue;
import no.varcat.harvest.HarvestReport;
import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.Harvester;
import no.varcat.harvest.SourceOpener;
import no.varcat.harvest.SourceReaders;
import no.varcat.vocab.ControlledVocabularies;

/**
 * The whole sample catalog, every source in every format, through the real harvester into a TDB2
 * store: what the catalog serves on first start.
 */
class SampleCatalogHarvestTest {

    private static Tdb2CatalogStore store;
    private static final Map<String, HarvestReport> REPORTS = new LinkedHashMap<>();

    @BeforeAll
    static void harvestEverything() {
        store = Tdb2CatalogStore.inMemory();
        Harvester harvester = new Harvester(store, SourceReaders.standard(), new SourceOpener(false), Clock.systemUTC());
        for (SampleSource s : SampleCatalog.sources()) {
            REPORTS.put(s.id(), harvester.harvest(new HarvestSource(s.id(), URI.create("classpath:" + s.resource()),
                    s.format(), s.title(), s.register(), s.preset())));
        }
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void everySourceHarvestsWithoutErrorsOrWarnings() {
        REPORTS.forEach((id, report) -> {
            assertThat(report.succeeded()).as(id + ": " + report.issues()).isTrue();
            assertThat(report.issues()).as(id).extracting(HarvestIssue::toString).isEmpty();
        });
    }

    @Test
    void catalogHasTheSizeOfARealOne() {
        assertThat(new RegisterRepository(store).findAll()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(new VariableRepository(store).findAll()).hasSizeGreaterThanOrEqualTo(1_000);
        assertThat(new QualityIndicatorRepository(store).findAll()).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void everyRegisterHasVariablesAndCoverageFor2014To2024() {
        CoverageRepository coverage = new CoverageRepository(store);
        for (RegisterSummary register : new RegisterRepository(store).findAll()) {
            assertThat(register.variableCount()).as(register.iri()).isGreaterThanOrEqualTo(10);
            Set<Integer> years = new TreeSet<>(coverage.forResource(register.iri()).stream().map(CoverageRate::year).toList());
            assertThat(years).as("coverage years of " + register.iri()).isNotEmpty().allMatch(y -> y >= 2014 && y <= 2024);
        }
    }

    @Test
    void indicatorsHaveYearlyValuesPerRegion() {
        QualityIndicatorRepository indicators = new QualityIndicatorRepository(store);
        indicators.findAll().forEach(indicator -> {
            Set<Integer> years = new TreeSet<>();
            Set<String> units = new TreeSet<>();
            indicators.measurements(indicator.iri()).forEach(m -> {
                years.add(m.year());
                units.add(String.valueOf(m.reportingUnit()));
            });
            assertThat(years).as(indicator.iri()).contains(2014, 2024);
            assertThat(units).as(indicator.iri()).hasSizeGreaterThanOrEqualTo(4);
        });
    }

    @Test
    void crosswalkLinksOnlyVariablesTheCatalogHas() {
        List<String> dangling = new java.util.ArrayList<>();
        store.select("""
                PREFIX disco: <http://rdf-vocabulary.ddialliance.org/discovery#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT DISTINCT ?v WHERE {
                  { ?v disco:basedOn ?c } UNION { ?v skos:exactMatch|skos:closeMatch ?w FILTER(!EXISTS { ?w a disco:RepresentedVariable }) }
                  UNION { ?x skos:exactMatch|skos:closeMatch ?v FILTER(!EXISTS { ?v a disco:RepresentedVariable }) }
                  FILTER NOT EXISTS { ?d disco:variable ?v }
                }""", row -> dangling.add(row.getResource("v").getURI()));
        assertThat(dangling).isEmpty();
        assertThat(new VariableRepository(store).related("https://sample.varcat.no/fhi/mfr/variable/VEKT"))
                .extracting(r -> r.variable().iri()).contains("https://sample.varcat.no/ous/nyfodt/variable/INNLEGGELSE_FODSELSVEKT");
    }

    @Test
    void wholeHarvestedCatalogConformsToOurShapes() {
        Graph all = GraphFactory.createDefaultGraph();
        store.graphNames().forEach(name -> store.readGraph(name).find().forEach(all::add));
        // Variables may reference standard code systems (ICD-10, ATC) that vocab declares.
        ControlledVocabularies.codingSystems().getGraph().find().forEach(all::add);

        ValidationResult result = new ProfileValidator().validate(all);

        List<String> problems = result.violations().stream().map(Violation::format).toList();
        assertThat(problems).isEmpty();
    }
}
