package no.varcat.sample.generator;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Coverage rates (dekningsgrad): for a quality register SKDE's upload layout, one file per register
 * with a row per year and reporting unit; for the national registers one plain file naming the
 * register on each row, as a national overview would. Up to the last 15 years of each register.
 */
final class CoverageWriter {

    private static final long COVERAGE_STREAM = 4;
    private static final int YEARS = 15;

    private final CatalogSpec spec;

    CoverageWriter(CatalogSpec spec) {
        this.spec = spec;
    }

    /** {@code ind_id;year;orgnr;var;denominator}; the register is the source's. */
    void writeSkde(Writer out, Register register) throws IOException {
        Dice dice = Dice.of(spec.seed(), COVERAGE_STREAM, register.index());
        String indicator = register.slug().replace('-', '_') + "_dg";
        out.write("ind_id;year;orgnr;var;denominator\n");
        for (Organisation unit : register.reportingUnits()) {
            int expected = dice.between(40, 3000);
            int rate = dice.between(550, 950);
            for (int year = firstYear(register); year <= spec.lastYear(); year++) {
                // Coverage tends to improve: a few thousandths a year, never past complete.
                rate = Math.min(1000, rate + dice.between(-10, 25));
                int denominator = Math.max(1, expected + dice.between(-expected / 10, expected / 10));
                long registered = (long) denominator * rate / 1000;
                out.write(indicator + ";" + year + ";" + unit.number() + ";" + registered + ";" + denominator + "\n");
            }
        }
    }

    /** {@code register,year,rate,numerator,denominator} for every national register. */
    void writePlain(Writer out, List<Register> nationals) throws IOException {
        out.write("register,year,rate,numerator,denominator\n");
        for (Register register : nationals) {
            Dice dice = Dice.of(spec.seed(), COVERAGE_STREAM, register.index());
            int expected = dice.between(10_000, 500_000);
            int rate = dice.between(900, 990);
            for (int year = firstYear(register); year <= spec.lastYear(); year++) {
                rate = Math.min(1000, rate + dice.between(-3, 6));
                int denominator = expected + dice.between(-expected / 20, expected / 20);
                long registered = (long) denominator * rate / 1000;
                out.write(register.iri() + "," + year + "," + Decimals.ratio(registered, denominator) + "," + registered + ","
                        + denominator + "\n");
            }
        }
    }

    private int firstYear(Register register) {
        return Math.max(register.startYear(), spec.lastYear() - YEARS + 1);
    }
}
