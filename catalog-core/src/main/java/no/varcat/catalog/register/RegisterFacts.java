package no.varcat.catalog.register;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the search index copies from a register into each of its variables, so variables can be
 * filtered and sorted by them.
 *
 * @param themes               IRIs of the register's {@code dcat:theme} and {@code healthdcatap:healthTheme}, sorted
 * @param coverageRate         the most recent national coverage rate (0..1), or null when there is none
 * @param coverageYear         the year of {@code coverageRate}, or null
 * @param hasQualityIndicators whether quality indicators are computed from the register
 * @param modified             the register's {@code dct:modified}, or null
 * @param keywords             the register's {@code dcat:keyword}s in any language, sorted, for ranking its variables
 */
public record RegisterFacts(List<String> themes, BigDecimal coverageRate, Integer coverageYear,
        boolean hasQualityIndicators, LocalDate modified, List<String> keywords) {

    /** For a register the store says nothing more about. */
    public static final RegisterFacts NONE = new RegisterFacts(List.of(), null, null, false, null);

    public RegisterFacts {
        themes = themes == null ? List.of() : themes.stream().distinct().sorted().toList();
        keywords = keywords == null ? List.of() : keywords.stream().distinct().sorted().toList();
    }

    /** A register without keywords. */
    public RegisterFacts(List<String> themes, BigDecimal coverageRate, Integer coverageYear, boolean hasQualityIndicators,
            LocalDate modified) {
        this(themes, coverageRate, coverageYear, hasQualityIndicators, modified, List.of());
    }
}
