package no.varcat.sample.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rates written as decimals, computed from integers. Formatting a double is what differs between
 * JDK releases (Double.toString changed in 19), so no double is ever written.
 */
final class Decimals {

    private Decimals() {
    }

    /** numerator / denominator to three decimals, e.g. "0.953". */
    static String ratio(long numerator, long denominator) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 3, RoundingMode.HALF_UP).toPlainString();
    }

    /** 800 → "0.8". */
    static String permille(int permille) {
        return BigDecimal.valueOf(permille, 3).stripTrailingZeros().toPlainString();
    }
}
