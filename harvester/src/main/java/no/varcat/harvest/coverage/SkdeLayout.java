package no.varcat.harvest.coverage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import no.varcat.catalog.quality.CoverageRate;
import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.input.Iris;

/**
 * SKDE's upload format (imongr): {@code ind_id;year;orgnr;var;denominator}, one row per indicator,
 * year and reporting unit. The file does not name the register, so the source's configuration does.
 */
record SkdeLayout(String register) implements CoverageLayout {

    static final String NAME = "skde";
    static final Header HEADER = new Header(NAME, ';', List.of("ind_id", "year", "orgnr", "var", "denominator"));

    /** Hundredths of a percent; a fixed scale also gives the same literal for the same counts, so re-harvests do not churn. */
    private static final int SCALE = 4;

    SkdeLayout {
        register = Iris.base(register);
    }

    @Override
    public Header header() {
        return HEADER;
    }

    @Override
    public String identity() {
        return "ind_id, year and orgnr";
    }

    @Override
    public CoverageRate rate(CsvRow row) {
        String indicator = row.required("ind_id");
        int year = row.year("year");
        String orgnr = row.required("orgnr");
        if (!Iris.isOrganisationNumber(orgnr)) {
            throw RowProblem.error("'orgnr' is not a nine-digit organisation number: '" + orgnr + "'", row.position("orgnr"));
        }
        long registered = row.count("var");
        long expected = row.count("denominator");
        if (expected == 0) {
            throw new RowProblem(Severity.WARNING, "'denominator' is 0, so there is no rate for " + orgnr + " in " + year
                    + "; row skipped", row.position("denominator"));
        }
        if (registered > expected) {
            throw RowProblem.error("'var' " + registered + " exceeds 'denominator' " + expected
                    + ": more cases registered than expected", row.position("var"));
        }
        BigDecimal rate = BigDecimal.valueOf(registered).divide(BigDecimal.valueOf(expected), SCALE, RoundingMode.HALF_UP);
        String iri = register + "/coverage/" + Iris.segment(indicator) + "/" + year + "/" + orgnr;
        return new CoverageRate(iri, register, year, rate, Iris.organisation(orgnr), registered, expected, indicator);
    }
}
