package no.varcat.catalog.search;

import java.util.List;

/**
 * A page of one register's variables, with the register's counts.
 *
 * @param inRegister     how many variables the register has in the index
 * @param matching       how many of them match the filter
 * @param variables      the page, in technical-name order
 * @param withDefinition how many of the register's variables have a definition in some language
 * @param withValueDomain how many have a code list or a datatype that needs none (value type other than "other")
 * @param sample         the register's first {@link RegisterVariables#SAMPLE_SIZE} variables by technical name,
 *                       unfiltered, with iri, notation and labels only
 * @param firstCursor    {@link PageCursor#token()} of the first variable, for the page before; null when empty
 * @param lastCursor     {@link PageCursor#token()} of the last variable, for the page after; null when empty
 */
public record RegisterVariablePage(long inRegister, long matching, List<VariableDocument> variables, long withDefinition,
        long withValueDomain, List<Named> sample, String firstCursor, String lastCursor) {

    public RegisterVariablePage {
        variables = List.copyOf(variables);
        sample = List.copyOf(sample);
    }

    /** A variable by name only: what the sample carries. */
    public record Named(String iri, String notation, String labelNb, String labelNn, String labelEn) {
    }
}
