package no.varcat.harvest.coverage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import no.varcat.catalog.quality.CoverageRate;
import no.varcat.catalog.quality.IndicatorMeasurement;
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
        Counts counts = counts(row);
        String iri = register + "/coverage/" + Iris.segment(counts.indicator()) + "/" + counts.year() + "/" + counts.orgnr();
        return new CoverageRate(iri, register, counts.year(), counts.rate(), Iris.organisation(counts.orgnr()), counts.registered(),
                counts.expected(), counts.indicator());
    }

    /**
     * A row of another indicator than a coverage one: its value (var out of denominator) for the unit
     * and year, of the indicator at {@link Iris#skdeIndicator}, which SKDE's descriptions define.
     */
    @Override
    public Optional<IndicatorMeasurement> indicatorValue(CsvRow row) {
        String id = row.required("ind_id");
        if (isCoverage(id)) {
            return Optional.empty();
        }
        Counts counts = counts(row);
        String indicator = Iris.skdeIndicator(id);
        return Optional.of(new IndicatorMeasurement(register + "/measurement/" + Iris.segment(id) + "/" + counts.year() + "/"
                + counts.orgnr(), indicator, register, counts.year(), Iris.organisation(counts.orgnr()), counts.rate(),
                counts.registered(), counts.expected()));
    }

    /** SKDE's coverage indicators: "diabetes_voksne_dg", "hoftebrudd_dg_prim_brudd". */
    static boolean isCoverage(String indicatorId) {
        return indicatorId.endsWith("_dg") || indicatorId.contains("_dg_") || indicatorId.equals("dg");
    }

    private record Counts(String indicator, int year, String orgnr, long registered, long expected) {
        BigDecimal rate() {
            return BigDecimal.valueOf(registered).divide(BigDecimal.valueOf(expected), SCALE, RoundingMode.HALF_UP);
        }
    }

    private static Counts counts(CsvRow row) {
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
        return new Counts(indicator, year, orgnr, registered, expected);
    }
}
