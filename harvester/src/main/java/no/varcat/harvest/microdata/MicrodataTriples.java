package no.varcat.harvest.microdata;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;

import no.varcat.harvest.input.VariableTriples;

/** Writes microdata.no variables as the profile's variables of one register, through the readers' shared {@link VariableTriples}. */
final class MicrodataTriples {

    private final VariableTriples variables;

    /** @param register the register's IRI without trailing slash */
    MicrodataTriples(StreamRDF sink, String register) {
        this.variables = new VariableTriples(sink, register);
    }

    void write(MicrodataVariable variable) {
        Node node = variables.variable(variable.name(), variable.labels(), variable.definitions());
        variables.universe(node, variable.universe());
        variables.scope(node, variable.temporality(), variable.unitType());
        variables.period(node, variable.start(), variable.end());
        if (!variable.codes().isEmpty()) {
            variables.codeList(node, variable.name(), variable.labels(), variable.codes().stream()
                    .map(code -> new VariableTriples.CodeEntry(code.value(), code.labels(), code.missing(), code.from(), code.until()))
                    .toList());
        } else if (variable.datatype() != null) {
            variables.representation(node, variable.datatype());
        }
    }
}
