package no.varcat.harvest.coverage;

import static no.varcat.harvest.coverage.CoverageHarvest.SKDE_REGISTER;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.varcat.catalog.quality.CoverageRate;
import no.varcat.harvest.HarvestReport;
import no.varcat.harvest.RegisterSources;

/**
 * SKDE's published coverage file for the adult diabetes register, read in place from the shared
 * reference folder beside the checkout (../../shared/reference from this module). Skipped where
 * that folder is absent, as in a user's clone (failed with CI=true).
 */
class SkdeReferenceFileTest {

    private final CoverageHarvest harvest = new CoverageHarvest();

    @AfterEach
    void close() {
        harvest.close();
    }

    @Test
    void everyRowOfTheDiabetesFileBecomesARate() {
        Path file = RegisterSources.file("skde-imongr_diabetes_voksne_dg_coverage.csv");

        HarvestReport report = harvest.harvest(file.toUri(), "skde", SKDE_REGISTER);

        assertThat(report.succeeded()).isTrue();
        assertThat(report.issues()).isEmpty();
        List<CoverageRate> rates = harvest.rates(SKDE_REGISTER);
        assertThat(rates).hasSize(97);
        assertThat(rates).extracting(CoverageRate::year).containsOnly(2018, 2019);
        // First data row: "diabetes_voksne_dg";2018;974631776;211;247
        assertThat(rates).contains(new CoverageRate(SKDE_REGISTER + "/coverage/diabetes_voksne_dg/2018/974631776", SKDE_REGISTER,
                2018, new BigDecimal("0.8543"), "https://data.brreg.no/enhetsregisteret/api/enheter/974631776", 211L, 247L,
                "diabetes_voksne_dg"));
    }
}
