package no.varcat.harvest.coverage;

import static no.varcat.harvest.coverage.CoverageHarvest.SKDE_REGISTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.varcat.catalog.quality.CoverageRate;
import no.varcat.harvest.HarvestIssue;
import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.HarvestReport;

/** Preset skde: SKDE's upload format, one rate per indicator id, year and organisation number. */
class SkdeCoverageTest {

    private static final String UNIT = "https://data.brreg.no/enhetsregisteret/api/enheter/";
    private static final String ID = "diabetes_voksne_dg";

    private final CoverageHarvest harvest = new CoverageHarvest();

    @AfterEach
    void close() {
        harvest.close();
    }

    @Test
    void rowsBecomeRatesOfTheConfiguredRegisterPerUnitAndYear() {
        HarvestReport report = harvest.skde("skde-small.csv");

        assertThat(report.succeeded()).isTrue();
        assertThat(report.issues()).isEmpty();
        assertThat(harvest.rates(SKDE_REGISTER)).containsExactlyInAnyOrder(
                rate(2022, "974557746", "0.7208", 1131, 1569),
                rate(2022, "983974910", "1", 40, 40),
                rate(2023, "974557746", "0.8", 1200, 1500));
    }

    @Test
    void aByteOrderMarkChangesNothing() {
        HarvestReport report = harvest.skde("skde-bom.csv");

        assertThat(report.issues()).isEmpty();
        assertThat(harvest.rates(SKDE_REGISTER)).hasSize(3).contains(rate(2022, "974557746", "0.7208", 1131, 1569));
    }

    @Test
    void badRowsAreReportedWithLineAndColumnAndSkipped() {
        HarvestReport report = harvest.skde("skde-problems.csv");

        assertThat(report.succeeded()).isTrue();
        assertThat(report.issues()).extracting(HarvestIssue::severity, HarvestIssue::line, HarvestIssue::column).containsExactly(
                tuple(Severity.WARNING, 3L, 5L),
                tuple(Severity.ERROR, 4L, 4L),
                tuple(Severity.ERROR, 5L, 4L),
                tuple(Severity.ERROR, 6L, 2L),
                tuple(Severity.ERROR, 7L, 3L),
                tuple(Severity.WARNING, 8L, -1L),
                tuple(Severity.ERROR, 10L, 4L),
                tuple(Severity.ERROR, 11L, -1L));
        assertThat(report.issues()).extracting(HarvestIssue::message).satisfiesExactly(
                m -> assertThat(m).contains("'denominator' is 0").contains("skipped"),
                m -> assertThat(m).contains("'var' 300 exceeds 'denominator' 247"),
                m -> assertThat(m).contains("'var' is not a whole number").contains("'abc'"),
                m -> assertThat(m).contains("'year' is not a four-digit year: '22'"),
                m -> assertThat(m).contains("'orgnr' is not a nine-digit organisation number: '97411680'"),
                m -> assertThat(m).contains("Same ind_id, year and orgnr as line 2"),
                m -> assertThat(m).contains("'-5'"),
                m -> assertThat(m).contains("3 fields where the header has 5"));
        assertThat(harvest.rates(SKDE_REGISTER)).containsExactlyInAnyOrder(
                rate(2022, "974557746", "0.7208", 1131, 1569),
                rate(2023, "983974910", "0.8", 40, 50));
    }

    @Test
    void withoutAConfiguredRegisterTheHarvestFails() {
        HarvestReport report = harvest.harvest("skde-small.csv", "skde", null);

        assertThat(report.succeeded()).isFalse();
        assertThat(report.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.FATAL);
            assertThat(issue.message()).contains("needs the source's register");
        });
    }

    @Test
    void noPresetMeansSkde() {
        HarvestReport report = harvest.harvest("skde-small.csv", null, SKDE_REGISTER);

        assertThat(report.issues()).isEmpty();
        assertThat(harvest.rates(SKDE_REGISTER)).hasSize(3);
    }

    private static CoverageRate rate(int year, String orgnr, String rate, long registered, long expected) {
        return new CoverageRate(SKDE_REGISTER + "/coverage/" + ID + "/" + year + "/" + orgnr, SKDE_REGISTER, year,
                new BigDecimal(rate), UNIT + orgnr, registered, expected, ID);
    }
}
