package no.varcat.harvest.codebook;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

import no.varcat.harvest.input.Iris;
import no.varcat.vocab.DISCO;
import no.varcat.vocab.SDMXAttribute;
import no.varcat.vocab.VARCAT;

/**
 * Writes variables of one register as docs/model.md describes them: the register's disco:variable,
 * the variable, its period, and its own code list with its codes. Shared by every codebook layout.
 * IRIs come from the register and names in the file only ({@link Iris}), so a re-harvest gives the
 * same triples.
 */
final class CodebookTriples {

    static final String QUDT_UNIT = "http://qudt.org/vocab/unit/";

    private final StreamRDF sink;
    private final String register;

    /** @param register the register's IRI without trailing slash */
    CodebookTriples(StreamRDF sink, String register) {
        this.sink = sink;
        this.register = register;
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
        Node node = iri(Iris.variable(register, variable.notation()));
        add(iri(register), DISCO.variable, node);
        add(node, RDF.type, DISCO.Variable);
        add(node, RDF.type, SKOS.Concept);
        add(node, SKOS.notation, NodeFactory.createLiteralString(variable.notation()));
        variable.labels().forEach((language, label) -> add(node, SKOS.prefLabel, text(label, language)));
        variable.definitions().forEach((language, text) -> add(node, SKOS.definition, text(text, language)));
        if (!variable.subject().isEmpty()) {
            add(node, DCTerms.subject, text(variable.subject(), variable.language()));
        }
        if (!variable.unit().isEmpty()) {
            add(node, SDMXAttribute.unitMeasure, NodeFactory.createURI(QUDT_UNIT + variable.unit()));
        }
        if (variable.period() != null) {
            period(variable, node);
        }
        scope(variable, node);
        if (variable.type() == ValueType.CODE) {
            codeList(variable, node);
        } else if (variable.type() != null) {
            variable.type().datatype().ifPresent(datatype -> add(node, DISCO.representation, datatype));
        }
    }

    private void scope(CodebookVariable variable, Node node) {
        CodebookVariable.Scope scope = variable.scope();
        if (scope.temporality() != null) {
            add(node, VARCAT.temporality, iri(scope.temporality()));
        }
        if (scope.unitType() != null) {
            add(node, DISCO.analysisUnit, iri(scope.unitType()));
        }
        if (!scope.population().isEmpty()) {
            Node universe = iri(Iris.variable(register, variable.notation()) + "/universe");
            add(node, DISCO.universe, universe);
            add(universe, RDF.type, DISCO.Universe);
            add(universe, SKOS.definition, text(scope.population(), variable.language()));
        }
    }

    private void period(CodebookVariable variable, Node node) {
        Node period = iri(Iris.variable(register, variable.notation()) + "#period");
        add(node, DCTerms.temporal, period);
        add(period, RDF.type, DCTerms.PeriodOfTime);
        add(period, DCAT.startDate, date(variable.period().start().toString()));
        if (variable.period().end() != null) {
            add(period, DCAT.endDate, date(variable.period().end().toString()));
        }
    }

    /** The variable's own code list, labelled as the variable is (the codebook names no list). */
    private void codeList(CodebookVariable variable, Node node) {
        Node scheme = iri(Iris.codeList(register, variable.notation()));
        add(node, DISCO.representation, scheme);
        add(scheme, RDF.type, SKOS.ConceptScheme);
        variable.labels().forEach((language, label) -> add(scheme, SKOS.prefLabel, text(label, language)));
        for (Code code : variable.codes()) {
            Node codeNode = iri(Iris.code(register, variable.notation(), code.value()));
            add(codeNode, RDF.type, SKOS.Concept);
            add(codeNode, SKOS.inScheme, scheme);
            add(codeNode, SKOS.notation, NodeFactory.createLiteralString(code.value()));
            if (!code.label().isEmpty()) {
                add(codeNode, SKOS.prefLabel, text(code.label(), variable.language()));
            }
            if (code.missing()) {
                add(codeNode, VARCAT.missingValue, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
            }
        }
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node text(String text, String language) {
        return NodeFactory.createLiteralLang(text, language);
    }

    private static Node date(String lexical) {
        return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdate);
    }

    private void add(Node subject, Property predicate, Resource object) {
        add(subject, predicate.asNode(), object.asNode());
    }

    private void add(Node subject, Property predicate, Node object) {
        add(subject, predicate.asNode(), object);
    }

    private void add(Node subject, Node predicate, Node object) {
        sink.triple(Triple.create(subject, predicate, object));
    }
}
