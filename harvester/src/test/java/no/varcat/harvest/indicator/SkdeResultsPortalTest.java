package no.varcat.harvest.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.varcat.catalog.quality.Direction;
import no.varcat.catalog.quality.IndicatorMeasurement;
import no.varcat.catalog.quality.QualityIndicator;
import no.varcat.catalog.quality.QualityIndicatorRepository;
import no.varcat.catalog.quality.ReportingUnitMapping;
import no.varcat.harvest.HarvestIssue;
import no.varcat.harvest.HarvestReport;
import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.InMemoryHarvest;
import no.varcat.harvest.RegisterSources;

/**
 * SKDE's results portal (qmongjs, mong/qmongjs on GitHub): its indicator descriptions and its results
 * per health region and year, each a JSON list, harvested as two sources through the real harvester
 * into a TDB2 store. The files are read in place from the shared reference folder.
 */
class SkdeResultsPortalTest {

    private static final String PORTAL = "https://test.varcat.no/skde";
    private static final String INDICATOR = "https://w3id.org/varcat/skde/indicator/";

    private final InMemoryHarvest harvest = new InMemoryHarvest(true);
    private final QualityIndicatorRepository repository = new QualityIndicatorRepository(harvest.store);

    @AfterEach
    void close() {
        harvest.close();
    }

    @Test
    void descriptionsLandAsIndicatorsWithTargetLevelsOnTheirRegisters() {
        HarvestReport report = harvest("skde-descriptions", RegisterSources.file("skde-qmongjs_description.min.json"));

        assertThat(report.succeeded()).as("%s", report.issues()).isTrue();
        assertThat(report.issues()).filteredOn(i -> i.severity() != HarvestIssue.Severity.WARNING).isEmpty();
        assertThat(repository.findAll()).hasSize(42);
        // Four registers, minted under the source's register and titled with the portal's full names.
        Graph graph = harvest.store.readGraph(HarvestSource.graphNameFor("skde-descriptions"));
        assertThat(graph.find(Node.ANY, RDF.type.asNode(), DCAT.Dataset.asNode()).mapWith(t -> t.getSubject().getURI()).toList())
                .containsExactlyInAnyOrder(PORTAL + "/barnediabetes", PORTAL + "/hjerneslag", PORTAL + "/hoftebrudd", PORTAL + "/lymfoid");
        assertThat(graph.contains(NodeFactory.createURI(PORTAL + "/hoftebrudd"), DCTerms.title.asNode(),
                NodeFactory.createLiteralLang("Nasjonalt hoftebruddregister", "nb"))).isTrue();
        assertThat(repository.forRegister(PORTAL + "/barnediabetes")).hasSize(14);

        QualityIndicator hipFracture = indicator("hoftebrudd_1aar");
        assertThat(hipFracture.label().nb()).isEqualTo("Ikke-reopererte proteser innen et år");
        assertThat(hipFracture.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(hipFracture.highAchievementLevel()).isEqualByComparingTo("0.9");
        assertThat(hipFracture.moderateAchievementLevel()).isEqualByComparingTo("0.8");
        assertThat(hipFracture.registerIri()).isEqualTo(PORTAL + "/hoftebrudd");
        // The portal's '|' between paragraphs becomes a blank line.
        assertThat(hipFracture.definition().nb()).startsWith("Andelen reoperasjoner er et mål").contains("primæroperasjonen.\n\nAndelen");

        // level_direction 0 with only a yellow level: lower is better, no high level.
        QualityIndicator hba1c = indicator("barnediabetes_hba1c_ge_9");
        assertThat(hba1c.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(hba1c.highAchievementLevel()).isNull();
        assertThat(hba1c.moderateAchievementLevel()).isEqualByComparingTo("0.1");
    }

    @Test
    void resultsLandPerRegionAndYearAndMeetTheirDescriptions() {
        HarvestReport descriptions = harvest("skde-descriptions", RegisterSources.file("skde-qmongjs_description.min.json"));
        HarvestReport results = harvest("skde-results", RegisterSources.file("skde-qmongjs_indicator_rhf.min.json"));

        assertThat(descriptions.succeeded()).isTrue();
        assertThat(results.succeeded()).as("%s", results.issues()).isTrue();
        assertThat(results.issues()).isEmpty();
        Graph graph = harvest.store.readGraph(HarvestSource.graphNameFor("skde-results"));
        assertThat(graph.find(Node.ANY, RDF.type.asNode(), NodeFactory.createURI("http://www.w3.org/ns/dqv#QualityMeasurement")).toList())
                .hasSize(1063);

        // The register page's path: the register's indicators, then each one's measurements.
        assertThat(repository.forRegister(PORTAL + "/hoftebrudd")).extracting(QualityIndicator::iri).contains(INDICATOR + "hoftebrudd_1aar");
        List<IndicatorMeasurement> hipFracture = repository.measurements(INDICATOR + "hoftebrudd_1aar");
        assertThat(hipFracture).hasSize(56);
        // First entry: hoftebrudd_1aar, Helse Midt-Norge RHF (983658776), 2005, var 0.915 of 541.
        IndicatorMeasurement first = hipFracture.stream()
                .filter(m -> m.year() == 2005 && m.reportingUnit().endsWith("/983658776")).findFirst().orElseThrow();
        assertThat(first.value()).isEqualByComparingTo(new BigDecimal("0.915"));
        assertThat(first.denominator()).isEqualTo(541L);
        assertThat(first.reportingUnit()).isEqualTo("https://data.brreg.no/enhetsregisteret/api/enheter/983658776");

        Map<String, String> units = ReportingUnitMapping.names(harvest.store, List.of(
                "https://data.brreg.no/enhetsregisteret/api/enheter/983658776",
                "https://data.brreg.no/enhetsregisteret/api/enheter/991324968"));
        assertThat(units).containsValues("Helse Midt-Norge RHF", "Helse Sør-Øst RHF");
    }

    private QualityIndicator indicator(String id) {
        return repository.findAll().stream().filter(i -> i.iri().equals(INDICATOR + id)).findFirst().orElseThrow();
    }

    private HarvestReport harvest(String id, Path file) {
        return harvest.harvest(new HarvestSource(id, file.toUri(), IndicatorJsonReader.FORMAT, "SKDE", PORTAL, null));
    }
}
