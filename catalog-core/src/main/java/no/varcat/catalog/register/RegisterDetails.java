package no.varcat.catalog.register;

import java.util.List;

import no.varcat.catalog.text.LocalizedText;

/**
 * What the register page shows beyond the summary: who to contact, on what legal basis data are
 * held, who may access them, and for which years.
 *
 * @param accessRights     EU access-right IRI, or null
 * @param firstYear        first year with data, or null when unknown
 * @param lastYear         last year, or null while the register is still collecting
 * @param numberOfRecords  {@code healthdcatap:numberOfRecords}, or null
 * @param themes           {@code dcat:theme} IRIs (EU data themes and the like)
 */
public record RegisterDetails(
        RegisterSummary summary,
        String contactName,
        String contactEmail,
        String accessRights,
        List<LegalBasis> legalBases,
        Integer firstYear,
        Integer lastYear,
        String landingPage,
        Long numberOfRecords,
        LocalizedText populationCoverage,
        List<String> themes) {

    public RegisterDetails {
        legalBases = List.copyOf(legalBases);
        themes = List.copyOf(themes);
    }
}
