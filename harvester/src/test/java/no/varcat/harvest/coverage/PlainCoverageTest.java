package no.varcat.harvest.coverage;

import static no.varcat.harvest.coverage.CoverageHarvest.MFR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.varcat.catalog.quality.CoverageRate;
import no.varcat.harvest.HarvestIssue;
import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.HarvestReport;

/** Preset plain: register,year,rate and optionally variable,unit,numerator,denominator. */
class PlainCoverageTest {

    private final CoverageHarvest harvest = new CoverageHarvest();

    @AfterEach
    void close() {
        harvest.close();
    }

    @Test
    void ratesOfRegistersVariablesAndUnits() {
        HarvestReport report = harvest.plain("plain-good.csv");

        assertThat(report.issues()).isEmpty();
        assertThat(harvest.rates(MFR)).containsExactlyInAnyOrder(
                new CoverageRate(MFR + "/coverage/2023", MFR, 2023, new BigDecimal("0.995"), null, null, null),
                new CoverageRate(MFR + "/coverage/2022", MFR, 2022, new BigDecimal("0.991"), null, null, null),
                new CoverageRate(MFR + "/coverage/2023/unit/974557746", MFR, 2023, new BigDecimal("0.9"),
                        "https://data.brreg.no/enhetsregisteret/api/enheter/974557746", 90L, 100L),
                new CoverageRate(MFR + "/coverage/2023/unit/vest", MFR, 2023, new BigDecimal("0.75"),
                        "https://w3id.org/varcat/region/vest", null, null));
        assertThat(harvest.rates(MFR + "/variable/VEKT")).containsExactly(
                new CoverageRate(MFR + "/coverage/2023/variable/VEKT", MFR + "/variable/VEKT", 2023, new BigDecimal("0.98"),
                        null, null, null));
    }

    @Test
    void headerNamesAreMatchedWhateverTheirCaseAndOptionalColumnsMayBeLeftOut() {
        HarvestReport report = harvest.plain("plain-minimal.csv");

        assertThat(report.issues()).isEmpty();
        assertThat(harvest.rates(MFR)).containsExactly(
                new CoverageRate(MFR + "/coverage/2021", MFR, 2021, new BigDecimal("0.97"), null, null, null));
    }

    @Test
    void impossibleAndNonNumericValuesAreReportedAndSkipped() {
        HarvestReport report = harvest.plain("plain-problems.csv");

        assertThat(report.issues()).extracting(HarvestIssue::severity, HarvestIssue::line, HarvestIssue::column).containsExactly(
                tuple(Severity.ERROR, 2L, 3L),
                tuple(Severity.ERROR, 3L, -1L),
                tuple(Severity.ERROR, 4L, -1L),
                tuple(Severity.ERROR, 5L, 3L),
                tuple(Severity.ERROR, 6L, 1L),
                tuple(Severity.ERROR, 7L, 6L));
        assertThat(report.issues()).extracting(HarvestIssue::message).satisfiesExactly(
                m -> assertThat(m).contains("'rate' 91.2 is over 1").contains("91.2%"),
                m -> assertThat(m).contains("between 0 and 1, not 1.2"),
                m -> assertThat(m).contains("Numerator 11 exceeds denominator 10"),
                m -> assertThat(m).contains("'rate' is not a number: 'high'"),
                m -> assertThat(m).contains("'register' is not an http(s) IRI: 'not-an-iri'"),
                m -> assertThat(m).contains("'numerator' is not a whole number").contains("'ten'"));
        assertThat(harvest.rates(MFR)).containsExactly(
                new CoverageRate(MFR + "/coverage/2017", MFR, 2017, new BigDecimal("0.93"), null, null, null));
    }

    @Test
    void latin1IsReadWithAWarningOnTheFirstLineThatIsNotUtf8() {
        HarvestReport report = harvest.plain("plain-latin1.csv");

        assertThat(report.succeeded()).isTrue();
        assertThat(report.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.WARNING);
            assertThat(issue.line()).isEqualTo(2);
            assertThat(issue.message()).contains("not UTF-8").contains("Latin-1");
        });
        // The variable name is "fødselsvekt", so its IRI is the one a UTF-8 codebook gives it.
        assertThat(harvest.rates(MFR + "/variable/f%C3%B8dselsvekt")).singleElement()
                .extracting(CoverageRate::rate).isEqualTo(new BigDecimal("0.97"));
    }
}
