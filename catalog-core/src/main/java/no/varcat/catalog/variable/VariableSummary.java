package no.varcat.catalog.variable;

import java.time.LocalDate;

import no.varcat.catalog.text.LocalizedText;

/**
 * What search and lists need to know about a variable.
 *
 * @param representation the code list or datatype IRI of the value domain, or null
 * @param firstYear      first year the register holds the variable, or null when unknown
 * @param lastYear       last year, or null while the variable is still collected
 * @param publisherName  name of the register's publisher, empty when unknown
 * @param modified       the variable's own {@code dct:modified}, or null
 * @param temporality    the IRI of its {@code varcat:temporality}, or null
 * @param unitType       the IRI of its {@code disco:analysisUnit}, or null
 */
public record VariableSummary(
        String iri,
        String notation,
        LocalizedText label,
        LocalizedText definition,
        String registerIri,
        LocalizedText registerTitle,
        Integer firstYear,
        Integer lastYear,
        String representation,
        boolean hasCodeList,
        LocalizedText publisherName,
        LocalDate modified,
        String temporality,
        String unitType) {

    /** A variable that says nothing of its temporality or unit type. */
    public VariableSummary(String iri, String notation, LocalizedText label, LocalizedText definition, String registerIri,
            LocalizedText registerTitle, Integer firstYear, Integer lastYear, String representation, boolean hasCodeList,
            LocalizedText publisherName, LocalDate modified) {
        this(iri, notation, label, definition, registerIri, registerTitle, firstYear, lastYear, representation, hasCodeList,
                publisherName, modified, null, null);
    }

    /** A variable that does not say when it was last changed. */
    public VariableSummary(String iri, String notation, LocalizedText label, LocalizedText definition, String registerIri,
            LocalizedText registerTitle, Integer firstYear, Integer lastYear, String representation, boolean hasCodeList,
            LocalizedText publisherName) {
        this(iri, notation, label, definition, registerIri, registerTitle, firstYear, lastYear, representation, hasCodeList,
                publisherName, null);
    }
}
