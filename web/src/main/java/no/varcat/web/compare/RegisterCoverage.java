package no.varcat.web.compare;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.SortedMap;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import no.varcat.catalog.quality.CoverageRepository;
import no.varcat.catalog.quality.NationalCoverage;
import no.varcat.web.chart.Percent;

/** One line of a register's national coverage for a comparison: the latest year and the range over the years. */
@Component
class RegisterCoverage {

    private final CoverageRepository coverage;

    RegisterCoverage(CoverageRepository coverage) {
        this.coverage = coverage;
    }

    /** "2024: 99,7 % (2014–2024: 99,3–99,7 %)", or "" when the register has no national rate (see {@link NationalCoverage}). */
    String summary(String registerIri) {
        NationalCoverage national = NationalCoverage.of(coverage.forResource(registerIri));
        if (national.isEmpty()) {
            return "";
        }
        NumberFormat percent = Percent.format(LocaleContextHolder.getLocale());
        SortedMap<Integer, BigDecimal> byYear = national.byYear();
        BigDecimal min = byYear.values().stream().min(Comparator.naturalOrder()).orElseThrow();
        BigDecimal max = byYear.values().stream().max(Comparator.naturalOrder()).orElseThrow();
        return byYear.lastKey() + ": " + percent.format(byYear.get(byYear.lastKey())) + " (" + byYear.firstKey() + "–"
                + byYear.lastKey() + ": " + percent.format(min) + "–" + percent.format(max) + ")";
    }
}
