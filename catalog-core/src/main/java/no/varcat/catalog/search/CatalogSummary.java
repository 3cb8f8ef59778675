package no.varcat.catalog.search;

import java.util.List;

/**
 * What the catalog holds: how many variables, registers and publishers; registers by size with
 * their latest national coverage; themes by the number of variables.
 */
public record CatalogSummary(long variables, long registers, long publishers, List<RegisterCount> byRegister,
        List<ThemeCount> byTheme) {

    public CatalogSummary {
        byRegister = List.copyOf(byRegister);
        byTheme = List.copyOf(byTheme);
    }

    /**
     * @param coverageRate the register's latest national coverage rate (0..1), or null when none is known
     * @param coverageYear the year of that rate, or null
     */
    public record RegisterCount(String iri, String titleNb, String titleEn, long variables, Double coverageRate,
            Integer coverageYear) {
    }

    public record ThemeCount(String iri, String labelNb, String labelEn, long variables) {
    }
}
