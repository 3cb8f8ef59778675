package no.varcat.harvest.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.varcat.catalog.quality.CoverageRate;
import no.varcat.catalog.quality.IndicatorMeasurement;
import no.varcat.catalog.quality.QualityIndicatorRepository;
import no.varcat.harvest.HarvestReport;
import no.varcat.harvest.RegisterSources;

/**
 * SKDE's upload export of all of a register's data (imongr's all_data.csv for AblaNor, mong/imongr on
 * GitHub): columns in another order, an extra {@code context}, coverage and quality indicator rows
 * together, and empty {@code ;;;;;} rows at the end, harvested through the real harvester into a TDB2 store.
 */
class SkdeUploadExportTest {

    private static final String ABLANOR = "https://test.varcat.no/skde/ablanor";
    private static final String UNIT = "https://data.brreg.no/enhetsregisteret/api/enheter/";

    private final CoverageHarvest harvest = new CoverageHarvest();

    @AfterEach
    void close() {
        harvest.close();
    }

    @Test
    void coverageRowsAreRatesIndicatorRowsAreValuesAndEmptyRowsAreNothing() {
        HarvestReport report = harvest.harvest(RegisterSources.file("skde-imongr_all_data_ablanor.csv").toUri(), "skde", ABLANOR);

        assertThat(report.succeeded()).as("%s", report.issues()).isTrue();
        // The two ";;;;;" rows at the end say nothing, so nothing is said about them.
        assertThat(report.issues()).isEmpty();

        List<CoverageRate> rates = harvest.rates(ABLANOR);
        assertThat(rates).hasSize(5).extracting(CoverageRate::identifier).containsOnly("ablanor_dg");
        // "ablanor_dg";2020;834;856;974557746;"caregiver"
        assertThat(rates).contains(new CoverageRate(ABLANOR + "/coverage/ablanor_dg/2020/974557746", ABLANOR, 2020,
                new BigDecimal("0.9743"), UNIT + "974557746", 834L, 856L, "ablanor_dg"));

        List<IndicatorMeasurement> values = new QualityIndicatorRepository(harvest.store)
                .measurements("https://w3id.org/varcat/skde/indicator/ablanor_ki01_akutt_suksess");
        assertThat(values).hasSize(5);
        // "ablanor_ki01_akutt_suksess";2020;709;771;974557746;"caregiver"
        IndicatorMeasurement first = values.stream().filter(m -> m.reportingUnit().equals(UNIT + "974557746")).findFirst().orElseThrow();
        assertThat(first.computedOn()).isEqualTo(ABLANOR);
        assertThat(first.year()).isEqualTo(2020);
        assertThat(first.numerator()).isEqualTo(709L);
        assertThat(first.denominator()).isEqualTo(771L);
        assertThat(first.value()).isEqualByComparingTo("0.9196");
    }
}
