package no.varcat.catalog.search;

import no.varcat.catalog.register.RegisterSummary;

/**
 * A register as stored in the search index; field names match registers-index.json.
 *
 * @param titleNb       the title as a Norwegian reader sees it: in Bokmål, else in the language there is
 * @param keywords      the register's {@code dcat:keyword}s in any language, searched beside the title
 * @param titleLanguage the language {@code titleNb} is in ({@code nb}, or e.g. {@code sv} for a Swedish
 *                      catalog's register), so that a hit can say so
 */
public record RegisterDocument(
        String iri,
        String identifier,
        String titleNb,
        String titleEn,
        String titleLanguage,
        String descriptionNb,
        String descriptionEn,
        String publisherName,
        java.util.List<String> keywords,
        int variableCount,
        Integer qualityScore,
        String contentHash) implements IndexedDocument {

    /** @param qualityScore the register's quality score in percent (docs/quality.md), or null before any harvest measured it */
    public static RegisterDocument from(RegisterSummary r, Integer qualityScore) {
        return new RegisterDocument(r.iri(), r.identifier(),
                r.title().in("nb"), r.title().en(), r.title().languageOf("nb"), r.description().in("nb"), r.description().en(),
                r.publisherName(), r.keywords(), r.variableCount(), qualityScore,
                ContentHash.of(r.iri(), r.identifier(), r.title(), r.description(), r.publisherName(), r.variableCount(),
                        qualityScore, r.keywords()));
    }
}
