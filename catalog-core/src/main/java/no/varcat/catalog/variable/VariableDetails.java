package no.varcat.catalog.variable;

import java.util.List;

/** A variable with its code list, for the variable page. */
public record VariableDetails(VariableSummary summary, List<Code> codes) {
}
