package no.varcat.harvest.codebook;

import java.util.List;
import java.util.Map;

/**
 * One variable read from a codebook, in any layout: what {@link CodebookTriples} turns into RDF.
 *
 * @param notation     the register's technical name of the variable
 * @param line         where its (first) row is
 * @param labels       label per language tag
 * @param definitions  description per language tag
 * @param subject      the form the variable is on; empty when not given
 * @param type         its value domain; null when the type is missing or unknown
 * @param codes        the code list's codes, in file order; empty unless type is CODE
 * @param period       when it was collected; null when not given
 * @param unit         QUDT unit local name; empty when not given
 * @param language     the language tag of {@code subject} and code labels
 * @param scope        its temporality, unit type and population
 */
record CodebookVariable(
        String notation,
        long line,
        Map<String, String> labels,
        Map<String, String> definitions,
        String subject,
        ValueType type,
        List<Code> codes,
        Period period,
        String unit,
        String language,
        Scope scope) {

    /**
     * How the values relate to time and what and whom they describe.
     *
     * @param temporality the IRI of a temporality concept, or null
     * @param unitType    the IRI of a unit-type concept, or null
     * @param population  who the variable is recorded for; empty when not given
     */
    record Scope(String temporality, String unitType, String population) {
        static final Scope NONE = new Scope(null, null, "");
    }

    CodebookVariable {
        scope = scope == null ? Scope.NONE : scope;
        labels = Map.copyOf(labels);
        definitions = Map.copyOf(definitions);
        codes = List.copyOf(codes);
    }

    CodebookVariable withCodes(List<Code> allCodes) {
        return new CodebookVariable(notation, line, labels, definitions, subject, type, allCodes, period, unit, language, scope);
    }
}
