package no.varcat.harvest.microdata;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;

/**
 * One variable of a microdata.no dataset: what {@link MicrodataTriples} writes.
 *
 * @param name        the dataset's short name, the variable's notation
 * @param labels      label per language tag
 * @param definitions description per language tag
 * @param universe    population description per language tag; empty when not given
 * @param datatype    the XSD datatype of an uncoded variable; null when coded or unknown
 * @param codes       the code list, missing values included; empty when uncoded
 * @param start       first day it exists; null when not given
 * @param end         last day; null when still collected
 * @param temporality the IRI of its temporality concept; null when not given
 * @param unitType    the IRI of its unit type concept; null when not given
 */
record MicrodataVariable(String name, Map<String, String> labels, Map<String, String> definitions, Map<String, String> universe,
        Node datatype, List<Code> codes, LocalDate start, LocalDate end, String temporality, String unitType) {

    /** A value of the code list; {@code missing}: a sentinel or missing value. */
    record Code(String value, Map<String, String> labels, boolean missing) {
    }

    MicrodataVariable(String name, Map<String, String> labels, Map<String, String> definitions, Map<String, String> universe,
            Node datatype, List<Code> codes, LocalDate start, LocalDate end) {
        this(name, labels, definitions, universe, datatype, codes, start, end, null, null);
    }

    /** The same variable with its temporality and unit type (IRIs, or null). */
    MicrodataVariable described(String temporalityIri, String unitTypeIri) {
        return new MicrodataVariable(name, labels, definitions, universe, datatype, codes, start, end, temporalityIri, unitTypeIri);
    }

    MicrodataVariable {
        labels = Map.copyOf(labels);
        definitions = Map.copyOf(definitions);
        universe = Map.copyOf(universe);
        codes = List.copyOf(codes);
    }
}
