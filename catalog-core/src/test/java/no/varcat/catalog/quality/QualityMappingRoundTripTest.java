package no.varcat.catalog.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.varcat.catalog.store.Tdb2CatalogStore;
import no.varcat.catalog.text.LocalizedText;

/** Records written by the mappings come back equal from the store, through the repositories. */
class QualityMappingRoundTripTest {

    private static final String REGISTER = "https://test.varcat.no/diabetes";
    private static final String HOSPITAL = "https://data.brreg.no/enhetsregisteret/api/enheter/974557746";

    private final Tdb2CatalogStore store = Tdb2CatalogStore.inMemory();

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void coverageRatesComeBackByYear() {
        CoverageRate y2023 = new CoverageRate(REGISTER + "/coverage/2023", REGISTER, 2023, new BigDecimal("0.912"), null, 912L, 1000L);
        CoverageRate y2022 = new CoverageRate(REGISTER + "/coverage/2022", REGISTER, 2022, new BigDecimal("0.88"), null, null, null);
        CoverageRate hospital = new CoverageRate(REGISTER + "/coverage/2022/hus", REGISTER, 2022, new BigDecimal("1"), HOSPITAL, 40L, 40L,
                "diabetes_voksne_dg");
        CoverageRate other = new CoverageRate("https://test.varcat.no/other/coverage/2023", "https://test.varcat.no/other", 2023,
                new BigDecimal("0.5"), null, null, null);
        load(sink -> List.of(y2023, y2022, hospital, other).forEach(c -> CoverageRateMapping.write(c, sink)));

        assertThat(new CoverageRepository(store).forResource(REGISTER)).containsExactly(y2022, hospital, y2023);
        assertThat(new CoverageRepository(store).forResource("https://test.varcat.no/other")).containsExactly(other);
        assertThat(new CoverageRepository(store).forResource("https://test.varcat.no/none")).isEmpty();
        assertThat(new CoverageRepository(store).forResource("not an iri> }")).isEmpty();
        assertThat(new CoverageRepository(store).forResource(null)).isEmpty();
    }

    @Test
    void indicatorsAndMeasurementsComeBack() {
        QualityIndicator hba1c = new QualityIndicator(REGISTER + "/indicator/hba1c",
                new LocalizedText("HbA1c under 53 mmol/mol", null, "HbA1c below 53 mmol/mol"),
                new LocalizedText("Andel pasienter med god blodsukkerkontroll.", null, null),
                "https://w3id.org/varcat/ns#clinicalQuality", Direction.HIGHER_IS_BETTER,
                new BigDecimal("0.6"), new BigDecimal("0.4"), REGISTER);
        IndicatorMeasurement m2023 = new IndicatorMeasurement(hba1c.iri() + "/2023/hus", hba1c.iri(), REGISTER, 2023, HOSPITAL,
                new BigDecimal("0.55"), 550L, 1000L);
        IndicatorMeasurement m2022 = new IndicatorMeasurement(hba1c.iri() + "/2022/hus", hba1c.iri(), REGISTER, 2022, HOSPITAL,
                new BigDecimal("0.5"), null, null);
        String otherRegister = "https://test.varcat.no/other";
        QualityIndicator other = new QualityIndicator(otherRegister + "/indicator/waiting",
                new LocalizedText("Ventetid", null, null), LocalizedText.EMPTY, null, Direction.LOWER_IS_BETTER, null, null,
                otherRegister);
        IndicatorMeasurement otherMeasurement = new IndicatorMeasurement(other.iri() + "/2023/hus", other.iri(), otherRegister,
                2023, HOSPITAL, new BigDecimal("0.2"), null, null);
        load(sink -> {
            QualityIndicatorMapping.write(hba1c, sink);
            QualityIndicatorMapping.write(m2023, sink);
            QualityIndicatorMapping.write(m2022, sink);
            QualityIndicatorMapping.write(other, sink);
            QualityIndicatorMapping.write(otherMeasurement, sink);
        });

        QualityIndicatorRepository repository = new QualityIndicatorRepository(store);
        assertThat(repository.forRegister(REGISTER)).containsExactly(hba1c);
        assertThat(repository.forRegister(otherRegister)).containsExactly(other);
        assertThat(repository.forRegister("https://test.varcat.no/none")).isEmpty();
        assertThat(repository.findAll()).containsExactly(hba1c, other);
        assertThat(repository.measurements(hba1c.iri())).containsExactly(m2022, m2023);
        assertThat(repository.measurements(other.iri())).containsExactly(otherMeasurement);
    }

    @Test
    void reportingUnitsKeepTheirNames() {
        load(sink -> {
            ReportingUnitMapping.write(new ReportingUnit(HOSPITAL, "Helse Bergen HF"), sink);
            ReportingUnitMapping.write(new ReportingUnit("https://w3id.org/varcat/region/NO", "Norge"), sink);
        });

        assertThat(ReportingUnitMapping.names(store, List.of(HOSPITAL, "https://w3id.org/varcat/region/NO",
                "https://w3id.org/varcat/region/SE", "not an iri> }")))
                .containsOnly(java.util.Map.entry(HOSPITAL, "Helse Bergen HF"), java.util.Map.entry("https://w3id.org/varcat/region/NO", "Norge"));
    }

    @Test
    void coverageIsNotMistakenForAnIndicator() {
        load(sink -> CoverageRateMapping.write(
                new CoverageRate(REGISTER + "/coverage/2023", REGISTER, 2023, new BigDecimal("0.9"), null, null, null), sink));
        assertThat(new QualityIndicatorRepository(store).findAll()).isEmpty();
    }

    @Test
    void impossibleValuesAreRejectedWhereTheyAreMade() {
        assertThatThrownBy(() -> new CoverageRate("x", REGISTER, 2023, new BigDecimal("1.2"), null, null, null))
                .hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> new CoverageRate("x", REGISTER, 2023, new BigDecimal("0.5"), null, 11L, 10L))
                .hasMessageContaining("exceeds");
    }

    private void load(java.util.function.Consumer<StreamRDF> writer) {
        Graph graph = GraphFactory.createDefaultGraph();
        writer.accept(StreamRDFLib.graph(graph));
        store.replaceGraph("urn:varcat:source:test", graph);
    }
}
