package no.varcat.catalog.variable;

/** A variable in another place that means the same or nearly the same, and how we know. */
public record RelatedVariable(VariableSummary variable, Relation relation) {

    /** Strongest first: a page lists exact matches before variables that are only close. */
    public enum Relation {
        /** {@code skos:exactMatch}: same meaning and coding. */
        EXACT_MATCH,
        /** Both {@code disco:basedOn} the same represented variable. */
        SAME_CONCEPT,
        /** {@code skos:closeMatch}: related, not interchangeable. */
        CLOSE_MATCH
    }
}
