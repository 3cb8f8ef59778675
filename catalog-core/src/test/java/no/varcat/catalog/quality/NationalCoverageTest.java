package no.varcat.catalog.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class NationalCoverageTest {

    private static final String REGISTER = "https://x.example/register";

    private static CoverageRate national(int year, String rate) {
        return new CoverageRate(REGISTER + "/dg/" + year, REGISTER, year, new BigDecimal(rate), null, null, null);
    }

    private static CoverageRate unit(int year, String unit, Long registered, Long expected) {
        BigDecimal rate = registered == null ? new BigDecimal("0.9") : BigDecimal.valueOf(registered).divide(BigDecimal.valueOf(expected), 4,
                java.math.RoundingMode.HALF_EVEN);
        return new CoverageRate(REGISTER + "/dg/" + year + "/" + unit, REGISTER, year, rate, "https://x.example/" + unit, registered, expected);
    }

    @Test
    void publishedNationalRatesWinOverTheUnits() {
        NationalCoverage coverage = NationalCoverage.of(List.of(national(2023, "0.95"), national(2024, "0.97"),
                unit(2024, "a", 1L, 2L)));

        assertThat(coverage.computed()).isFalse();
        assertThat(coverage.byYear()).containsOnlyKeys(2023, 2024);
        assertThat(coverage.latest()).hasValueSatisfying(l -> {
            assertThat(l.year()).isEqualTo(2024);
            assertThat(l.rate()).isEqualByComparingTo("0.97");
        });
    }

    @Test
    void withoutThemTheUnitsArePooledForTheYearsWhereEveryUnitGivesItsCounts() {
        NationalCoverage coverage = NationalCoverage.of(List.of(
                unit(2023, "a", 90L, 100L), unit(2023, "b", 45L, 50L),
                unit(2024, "a", 95L, 100L), unit(2024, "b", null, null)));

        assertThat(coverage.computed()).isTrue();
        assertThat(coverage.byYear()).containsOnlyKeys(2023);
        assertThat(coverage.byYear().get(2023)).isEqualByComparingTo("0.9");
        assertThat(coverage.latest()).hasValueSatisfying(l -> assertThat(l.year()).isEqualTo(2023));
    }

    @Test
    void noRatesNoCoverage() {
        assertThat(NationalCoverage.of(List.of()).isEmpty()).isTrue();
        assertThat(LatestCoverage.of(List.of())).isEmpty();
    }
}
