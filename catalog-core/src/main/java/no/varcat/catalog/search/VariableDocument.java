package no.varcat.catalog.search;

import java.time.LocalDate;
import java.util.List;

import no.varcat.catalog.register.RegisterFacts;
import no.varcat.catalog.variable.VariableSummary;
import no.varcat.vocab.ControlledTerms;

/**
 * A variable as stored in the search index; field names match variables-index.json. The register
 * facts (themes, coverage, quality indicators) are copied into every variable of the register so
 * that they can be facets of the variable search.
 *
 * @param coverageBand the {@link CoverageBand#param()} of {@code coverageRate}
 * @param modified     {@code dct:modified} of the variable or, when it has none, of its register, as yyyy-MM-dd; or null
 * @param registerKeywords the register's {@code dcat:keyword}s: they add to the score of a variable found by its own text
 * @param temporality  the {@link ControlledTerms.Term#param()} of its temporality ({@code event}), or null
 * @param unitType     the {@link ControlledTerms.Term#param()} of its unit type ({@code person}), or null when it has
 *                     none or one of no list varcat knows
 */
public record VariableDocument(
        String iri,
        String notation,
        String labelNb,
        String labelNn,
        String labelEn,
        String definitionNb,
        String definitionNn,
        String definitionEn,
        String registerIri,
        String registerTitleNb,
        String registerTitleEn,
        Integer firstYear,
        Integer lastYear,
        String representation,
        boolean hasCodeList,
        String valueType,
        String publisherName,
        String publisherNameEn,
        List<String> themes,
        Double coverageRate,
        Integer coverageYear,
        String coverageBand,
        boolean hasQualityIndicators,
        String modified,
        List<String> registerKeywords,
        String temporality,
        String unitType,
        String contentHash) implements IndexedDocument {

    public VariableDocument {
        themes = themes == null ? List.of() : List.copyOf(themes);
        registerKeywords = registerKeywords == null ? List.of() : List.copyOf(registerKeywords);
    }

    /** A variable of a register the store says nothing more about. */
    public static VariableDocument from(VariableSummary v) {
        return from(v, RegisterFacts.NONE);
    }

    public static VariableDocument from(VariableSummary v, RegisterFacts register) {
        LocalDate modified = v.modified() != null ? v.modified() : register.modified();
        return new VariableDocument(v.iri(), v.notation(),
                v.label().nb(), v.label().nn(), v.label().en(),
                v.definition().nb(), v.definition().nn(), v.definition().en(),
                v.registerIri(), v.registerTitle().in("nb"), v.registerTitle().in("en"),
                v.firstYear(), v.lastYear(), v.representation(), v.hasCodeList(),
                ValueType.of(v.representation(), v.hasCodeList()).param(),
                v.publisherName().isEmpty() ? null : v.publisherName().in("nb"), v.publisherName().en(),
                register.themes(),
                register.coverageRate() == null ? null : register.coverageRate().doubleValue(), register.coverageYear(),
                CoverageBand.of(register.coverageRate()).param(), register.hasQualityIndicators(),
                modified == null ? null : modified.toString(), register.keywords(),
                param(ControlledTerms.TEMPORALITY, v.temporality()), param(ControlledTerms.UNIT_TYPES, v.unitType()),
                ContentHash.of(v.iri(), v.notation(), v.label(), v.definition(), v.registerIri(), v.registerTitle(),
                        v.firstYear(), v.lastYear(), v.representation(), v.hasCodeList(), v.publisherName(), modified, register.keywords(),
                        v.temporality(), v.unitType())
                        + FACTS_HASH_SEPARATOR + factsHash(register));
    }

    private static String param(ControlledTerms terms, String iri) {
        return terms.byIri(iri).map(ControlledTerms.Term::param).orElse(null);
    }

    /**
     * Separates the content hash's two parts: the variable's own content, then the register facts
     * {@link RegisterFactsUpdate} sets by a partial update (so it can replace that part alone).
     */
    static final char FACTS_HASH_SEPARATOR = '.';

    /** The part of the content hash made of the register facts that {@link RegisterFactsUpdate} sets. */
    static String factsHash(RegisterFacts register) {
        return ContentHash.of(register.themes(), register.coverageRate(), register.coverageYear(), register.hasQualityIndicators());
    }
}
