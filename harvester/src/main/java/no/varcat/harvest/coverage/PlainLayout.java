package no.varcat.harvest.coverage;

import java.math.BigDecimal;
import java.util.List;

import no.varcat.catalog.quality.CoverageRate;
import no.varcat.harvest.input.Iris;

/**
 * The simple layout for registers without an upload format of their own:
 * {@code register,year,rate} and optionally {@code variable,unit,numerator,denominator}. Each row
 * names its register. A variable is a name in the register's codebook or a variable IRI; a unit an
 * organisation number, a region id or an IRI.
 *
 * <p>The measurement IRI is {@code {register}/coverage/{year}}, followed by
 * {@code /variable/{variable}} and {@code /unit/{unit}} when given: labelled, so a variable and a
 * unit with the same name cannot give the same IRI.
 */
record PlainLayout() implements CoverageLayout {

    static final String NAME = "plain";
    static final Header HEADER = new Header(NAME, ',', List.of("register", "year", "rate"));

    @Override
    public Header header() {
        return HEADER;
    }

    @Override
    public String identity() {
        return "register, year, variable and unit";
    }

    @Override
    public CoverageRate rate(CsvRow row) {
        String registerCell = row.required("register");
        if (!Iris.isHttpIri(registerCell)) {
            throw RowProblem.error("'register' is not an http(s) IRI: '" + registerCell + "'", row.position("register"));
        }
        String register = Iris.base(registerCell);
        int year = row.year("year");
        BigDecimal rate = rateOf(row);
        StringBuilder iri = new StringBuilder(register).append("/coverage/").append(year);

        String computedOn = register;
        String variable = row.optional("variable");
        if (variable != null) {
            String prefix = register + "/variable/";
            computedOn = Iris.isHttpIri(variable) ? variable : Iris.variable(register, variable);
            iri.append("/variable/").append(key(computedOn, prefix));
        }
        String unitCell = row.optional("unit");
        String unit = null;
        if (unitCell != null) {
            unit = Iris.isHttpIri(unitCell) ? unitCell : Iris.reportingUnit(unitCell);
            iri.append("/unit/").append(unit.startsWith(Iris.ORGANISATION) ? key(unit, Iris.ORGANISATION) : key(unit, Iris.REGION));
        }
        return new CoverageRate(iri.toString(), computedOn, year, rate, unit,
                row.optionalCount("numerator"), row.optionalCount("denominator"));
    }

    /** A decimal 0..1, or a percentage with "%"; a bare number over 1 is most likely a forgotten "%". */
    private static BigDecimal rateOf(CsvRow row) {
        String cell = row.required("rate");
        boolean percent = cell.endsWith("%");
        BigDecimal value = row.decimal("rate", percent ? cell.substring(0, cell.length() - 1) : cell);
        if (percent) {
            return value.movePointLeft(2);
        }
        if (value.compareTo(BigDecimal.ONE) > 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0) {
            throw RowProblem.error("'rate' " + cell + " is over 1; a rate is 0..1, or a percentage written with '%' ("
                    + cell + "%)", row.position("rate"));
        }
        return value;
    }

    /** The part of an IRI that names it under a known prefix, or the whole IRI encoded as one segment. */
    private static String key(String iri, String prefix) {
        return iri.startsWith(prefix) && iri.length() > prefix.length() ? iri.substring(prefix.length()) : Iris.segment(iri);
    }
}
