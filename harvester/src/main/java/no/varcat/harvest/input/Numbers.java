package no.varcat.harvest.input;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Numbers as registers write them: a decimal point or a Norwegian decimal comma, counts as whole numbers. */
public final class Numbers {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+([.,][0-9]*)?|[.,][0-9]+)([eE][+-]?[0-9]+)?");
    private static final Pattern COUNT = Pattern.compile("[0-9]{1,18}");

    private Numbers() {
    }

    /** "0.55", "0,55", "5.5E-1"; no thousands separators, no NaN or infinity. */
    public static BigDecimal decimal(String text) {
        String value = text.strip();
        if (!DECIMAL.matcher(value).matches()) {
            throw new NumberFormatException("Not a decimal number: '" + text + "'");
        }
        return new BigDecimal(value.replace(',', '.'));
    }

    /** A whole number of 0 or more, as counts of cases are. */
    public static long count(String text) {
        String value = text.strip();
        if (!COUNT.matcher(value).matches()) {
            throw new NumberFormatException("Not a whole number of 0 or more: '" + text + "'");
        }
        return Long.parseLong(value);
    }
}
