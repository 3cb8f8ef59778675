package no.varcat.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class CoverageBandTest {

    @Test
    void lowerBoundsAreInclusive() {
        assertThat(CoverageBand.of(new BigDecimal("1"))).isEqualTo(CoverageBand.FROM_95);
        assertThat(CoverageBand.of(new BigDecimal("0.95"))).isEqualTo(CoverageBand.FROM_95);
        assertThat(CoverageBand.of(new BigDecimal("0.9499"))).isEqualTo(CoverageBand.FROM_80);
        assertThat(CoverageBand.of(new BigDecimal("0.8"))).isEqualTo(CoverageBand.FROM_80);
        assertThat(CoverageBand.of(new BigDecimal("0.6"))).isEqualTo(CoverageBand.FROM_60);
        assertThat(CoverageBand.of(new BigDecimal("0.5999"))).isEqualTo(CoverageBand.UNDER_60);
        assertThat(CoverageBand.of(BigDecimal.ZERO)).isEqualTo(CoverageBand.UNDER_60);
        assertThat(CoverageBand.of(null)).isEqualTo(CoverageBand.UNKNOWN);
    }

    @Test
    void urlParametersNameBandsAndNothingElse() {
        for (CoverageBand band : CoverageBand.values()) {
            assertThat(CoverageBand.fromParam(band.param())).isEqualTo(band);
        }
        assertThat(CoverageBand.fromParam("95")).isNull();
        assertThat(CoverageBand.fromParam(null)).isNull();
    }
}
