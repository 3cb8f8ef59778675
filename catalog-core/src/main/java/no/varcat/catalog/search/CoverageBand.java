package no.varcat.catalog.search;

import java.math.BigDecimal;

/**
 * The register's most recent national coverage rate, in bands a researcher can choose from. The
 * bounds follow how registers talk about coverage: 95 % and over is what the national registers
 * reach and what SKDE calls high; 80 % is the floor for using a quality register for research
 * without a caveat; under 60 % the register misses too many cases for most analyses. The URL
 * carries {@link #param()}; lower bounds are inclusive.
 */
public enum CoverageBand {
    /** 95 % and over. */
    FROM_95("95-100", new BigDecimal("0.95")),
    /** 80 % to under 95 %. */
    FROM_80("80-95", new BigDecimal("0.80")),
    /** 60 % to under 80 %. */
    FROM_60("60-80", new BigDecimal("0.60")),
    /** Under 60 %. */
    UNDER_60("under-60", BigDecimal.ZERO),
    /** The register has no coverage rate. */
    UNKNOWN("unknown", null);

    private final String param;
    private final BigDecimal lowerBound;

    CoverageBand(String param, BigDecimal lowerBound) {
        this.param = param;
        this.lowerBound = lowerBound;
    }

    public String param() {
        return param;
    }

    /** The band of a rate (0..1); {@link #UNKNOWN} for null. */
    public static CoverageBand of(BigDecimal rate) {
        if (rate == null) {
            return UNKNOWN;
        }
        for (CoverageBand band : values()) {
            if (band.lowerBound != null && rate.compareTo(band.lowerBound) >= 0) {
                return band;
            }
        }
        return UNDER_60;
    }

    /** The band a URL parameter names, or null when it names none. */
    public static CoverageBand fromParam(String value) {
        for (CoverageBand band : values()) {
            if (band.param.equals(value == null ? null : value.strip())) {
                return band;
            }
        }
        return null;
    }
}
