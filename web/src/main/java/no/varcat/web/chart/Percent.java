package no.varcat.web.chart;

import java.text.NumberFormat;
import java.util.Locale;

/** How shares (0..1) read everywhere on the site: a percentage with at most one decimal, in the reader's locale. */
public final class Percent {

    private Percent() {
    }

    public static NumberFormat format(Locale locale) {
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(1);
        return percent;
    }
}
