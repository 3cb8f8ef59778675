package no.varcat.harvest.codebook;

import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

import no.varcat.harvest.input.VariableTriples;
import no.varcat.vocab.DISCO;
import no.varcat.vocab.SDMXAttribute;
import no.varcat.vocab.VARCAT;

/**
 * Writes variables of one register as docs/model.md describes them, through the readers' shared
 * {@link VariableTriples}, with what only codebooks give (the form a variable belongs to, its unit),
 * and the register itself for files that name their registers. Shared by every codebook layout.
 */
final class CodebookTriples {

    static final String QUDT_UNIT = "http://qudt.org/vocab/unit/";

    private final String register;
    private final VariableTriples variables;

    /** @param register the register's IRI without trailing slash */
    CodebookTriples(StreamRDF sink, String register) {
        this.register = register;
        this.variables = new VariableTriples(sink, register);
    }

    static void prefixes(StreamRDF sink) {
        sink.prefix("dcat", DCAT.NS);
        sink.prefix("dct", DCTerms.NS);
        sink.prefix("disco", DISCO.NS);
        sink.prefix("skos", SKOS.uri);
        sink.prefix("varcat", VARCAT.NS);
        sink.prefix("sdmx-attribute", SDMXAttribute.NS);
        sink.prefix("unit", QUDT_UNIT);
        sink.prefix("xsd", XSD.NS);
    }

    /** The register as a minimal dcat:Dataset, for files that name their registers themselves. */
    void dataset(String title, String identifier, String language) {
        Node node = iri(register);
        add(node, RDF.type, DCAT.Dataset);
        add(node, DCTerms.identifier, NodeFactory.createLiteralString(identifier));
        add(node, DCTerms.title, text(title.isBlank() ? identifier : title, language));
    }

    void write(CodebookVariable variable) {
        Node node = variables.variable(variable.notation(), variable.labels(), variable.definitions());
        if (!variable.subject().isEmpty()) {
            add(node, DCTerms.subject, text(variable.subject(), variable.language()));
        }
        if (!variable.unit().isEmpty()) {
            add(node, SDMXAttribute.unitMeasure, NodeFactory.createURI(QUDT_UNIT + variable.unit()));
        }
        if (variable.period() != null) {
            variables.period(node, variable.period().start(), variable.period().end());
        }
        CodebookVariable.Scope scope = variable.scope();
        variables.scope(node, scope.temporality(), scope.unitType());
        variables.universe(node, scope.population().isEmpty() ? Map.of() : Map.of(variable.language(), scope.population()));
        if (variable.type() == ValueType.CODE) {
            variables.codeList(node, variable.notation(), variable.labels(), variable.codes().stream()
                    .map(code -> new VariableTriples.CodeEntry(code.value(),
                            code.label().isEmpty() ? Map.of() : Map.of(variable.language(), code.label()),
                            code.missing(), code.from(), code.until()))
                    .toList());
        } else if (variable.type() != null) {
            variable.type().datatype().ifPresent(datatype -> variables.representation(node, datatype));
        }
    }

    private static Node iri(String iri) {
        return VariableTriples.iri(iri);
    }

    private static Node text(String text, String language) {
        return VariableTriples.text(text, language);
    }

    private void add(Node subject, Property predicate, Resource object) {
        variables.add(subject, predicate, object);
    }

    private void add(Node subject, Property predicate, Node object) {
        variables.add(subject, predicate, object);
    }
}
