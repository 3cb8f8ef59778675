package no.varcat.web.compare;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import no.varcat.catalog.quality.CoverageRate;
import no.varcat.catalog.quality.CoverageRepository;
import no.varcat.web.chart.Percent;

/** One line of a register's national coverage for a comparison: the latest year and the range over the years. */
@Component
class RegisterCoverage {

    private final CoverageRepository coverage;

    RegisterCoverage(CoverageRepository coverage) {
        this.coverage = coverage;
    }

    /** "2024: 99,7 % (2014–2024: 99,3–99,7 %)", or "" when the register publishes no national rate. */
    String summary(String registerIri) {
        List<CoverageRate> national = coverage.forResource(registerIri).stream().filter(CoverageRate::national)
                .sorted(Comparator.comparingInt(CoverageRate::year)).toList();
        if (national.isEmpty()) {
            return "";
        }
        NumberFormat percent = Percent.format(LocaleContextHolder.getLocale());
        CoverageRate first = national.get(0);
        CoverageRate last = national.get(national.size() - 1);
        BigDecimal min = national.stream().map(CoverageRate::rate).min(Comparator.naturalOrder()).orElseThrow();
        BigDecimal max = national.stream().map(CoverageRate::rate).max(Comparator.naturalOrder()).orElseThrow();
        return last.year() + ": " + percent.format(last.rate()) + " (" + first.year() + "–" + last.year() + ": "
                + percent.format(min) + "–" + percent.format(max) + ")";
    }
}
