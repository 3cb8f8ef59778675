package no.varcat.harvest.indicator;

import static no.varcat.harvest.indicator.IndicatorHarvest.REGISTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.varcat.catalog.quality.Direction;
import no.varcat.catalog.quality.IndicatorMeasurement;
import no.varcat.catalog.quality.QualityIndicator;
import no.varcat.catalog.text.LocalizedText;
import no.varcat.harvest.HarvestIssue;
import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.HarvestReport;

/** Indicators become dqv:Metrics of their register, data rows their yearly values per reporting unit. */
class IndicatorJsonReaderTest {

    private static final String CLINICAL = "https://w3id.org/varcat/ns#clinicalQuality";
    private static final String HBA1C = REGISTER + "/indicator/hba1c-under-53";
    private static final String AMPUTATION = REGISTER + "/indicator/amputasjon";
    private static final String BERGEN = "https://data.brreg.no/enhetsregisteret/api/enheter/983974910";

    private final IndicatorHarvest harvest = new IndicatorHarvest();

    @AfterEach
    void close() {
        harvest.close();
    }

    @Test
    void indicatorsAndTheirValuesComeBackFromTheStore() {
        HarvestReport report = harvest.harvest("indicators.json");

        assertThat(report.succeeded()).isTrue();
        assertThat(report.issues()).isEmpty();
        assertThat(harvest.repository.forRegister(REGISTER)).containsExactlyInAnyOrder(
                new QualityIndicator(HBA1C,
                        new LocalizedText("HbA1c under 53 mmol/mol", null, "HbA1c below 53 mmol/mol"),
                        new LocalizedText("Andel pasienter med HbA1c under 53 mmol/mol.", null, null),
                        CLINICAL, Direction.HIGHER_IS_BETTER, new BigDecimal("0.6"), new BigDecimal("0.4"), REGISTER),
                new QualityIndicator(AMPUTATION, new LocalizedText("Amputasjon", null, null), LocalizedText.EMPTY,
                        CLINICAL, Direction.LOWER_IS_BETTER, new BigDecimal("0.01"), new BigDecimal("0.02"), REGISTER));
        assertThat(harvest.repository.measurements(HBA1C)).containsExactlyInAnyOrder(
                new IndicatorMeasurement(HBA1C + "/2023/983974910", HBA1C, REGISTER, 2023, BERGEN, new BigDecimal("0.55"), 550L, 1000L),
                new IndicatorMeasurement(HBA1C + "/2023/vest", HBA1C, REGISTER, 2023, "https://w3id.org/varcat/region/vest",
                        new BigDecimal("0.5"), null, null));
        // Keys in another case, a number for the location id, a year alone and a decimal comma in a string.
        assertThat(harvest.repository.measurements(AMPUTATION)).containsExactly(
                new IndicatorMeasurement(AMPUTATION + "/2022/983974910", AMPUTATION, REGISTER, 2022, BERGEN,
                        new BigDecimal("0.012"), 12L, 1000L));
    }

    @Test
    void badEntriesAreReportedWhereTheyStartAndSkipped() {
        HarvestReport report = harvest.harvest("indicators-problems.json");

        assertThat(report.succeeded()).isTrue();
        assertThat(report.issues()).extracting(HarvestIssue::severity, HarvestIssue::line, HarvestIssue::column).containsExactly(
                tuple(Severity.ERROR, 16L, 3L),
                tuple(Severity.WARNING, 2L, 3L),
                tuple(Severity.ERROR, 3L, 3L),
                tuple(Severity.WARNING, 4L, 3L),
                tuple(Severity.WARNING, 8L, 3L),
                tuple(Severity.ERROR, 9L, 3L),
                tuple(Severity.WARNING, 10L, 3L),
                tuple(Severity.WARNING, 11L, 3L),
                tuple(Severity.ERROR, 12L, 3L),
                tuple(Severity.WARNING, 13L, 3L),
                tuple(Severity.ERROR, 14L, 3L),
                tuple(Severity.WARNING, 15L, 3L));
        assertThat(report.issues()).extracting(HarvestIssue::message).satisfiesExactly(
                m -> assertThat(m).contains("An entry of 'data' is not an object: 42"),
                m -> assertThat(m).contains("'direction' is 'up', not higher or lower"),
                m -> assertThat(m).contains("'orphan' names no 'register'"),
                m -> assertThat(m).contains("'hba1c-under-53' is defined twice"),
                m -> assertThat(m).contains("No indicator 'blodtrykk' in 'indicators'; row skipped"),
                m -> assertThat(m).contains("Numerator 60 exceeds denominator 50"),
                m -> assertThat(m).contains("'periodType' is 'quarter'"),
                m -> assertThat(m).contains("No 'value'"),
                m -> assertThat(m).contains("'value' is not a number"),
                m -> assertThat(m).contains("as the row on line 7"),
                m -> assertThat(m).contains("'periodFrom' is not a date or year: 'last year'"),
                m -> assertThat(m).contains("Indicator 'orphan' was left out"));
        assertThat(harvest.repository.findAll()).singleElement().satisfies(indicator -> {
            assertThat(indicator.iri()).isEqualTo(HBA1C);
            assertThat(indicator.direction()).isNull();
        });
        assertThat(harvest.repository.measurements(HBA1C)).containsExactly(
                new IndicatorMeasurement(HBA1C + "/2023/983974910", HBA1C, REGISTER, 2023, BERGEN, new BigDecimal("0.55"), 550L, 1000L));
    }

    @Test
    void aByteOrderMarkIsAcceptedAndLatin1IsReadWithAWarning() {
        HarvestReport bom = harvest.harvest("bom.json");
        assertThat(bom.issues()).isEmpty();
        QualityIndicator fromUtf8 = harvest.repository.findAll().get(0);

        HarvestReport latin1 = harvest.harvest("latin1.json");

        assertThat(latin1.outcome()).as("decoded, it is the same content").isEqualTo(HarvestReport.Outcome.UNCHANGED);
        assertThat(latin1.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.WARNING);
            assertThat(issue.line()).isEqualTo(3);
            assertThat(issue.message()).contains("Latin-1");
        });
        assertThat(harvest.repository.findAll()).containsExactly(fromUtf8);
        assertThat(fromUtf8.label().nb()).isEqualTo("Blodtrykk under 140/90 mmHg, Helse Førde");
    }
}
