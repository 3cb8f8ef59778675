package no.varcat.harvest.microdata;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

import no.varcat.harvest.input.Iris;
import no.varcat.vocab.DISCO;
import no.varcat.vocab.VARCAT;

/** Writes microdata.no variables as the profile's variables of one register; IRIs from the register and names only. */
final class MicrodataTriples {

    private final StreamRDF sink;
    private final String register;

    /** @param register the register's IRI without trailing slash */
    MicrodataTriples(StreamRDF sink, String register) {
        this.sink = sink;
        this.register = register;
    }

    void write(MicrodataVariable variable) {
        String iri = Iris.variable(register, variable.name());
        Node node = iri(iri);
        add(iri(register), DISCO.variable.asNode(), node);
        add(node, RDF.type.asNode(), DISCO.Variable.asNode());
        add(node, RDF.type.asNode(), SKOS.Concept.asNode());
        add(node, SKOS.notation, NodeFactory.createLiteralString(variable.name()));
        variable.labels().forEach((language, text) -> add(node, SKOS.prefLabel, text(text, language)));
        variable.definitions().forEach((language, text) -> add(node, SKOS.definition, text(text, language)));
        if (!variable.universe().isEmpty()) {
            Node universe = iri(iri + "/universe");
            add(node, DISCO.universe, universe);
            add(universe, RDF.type.asNode(), DISCO.Universe.asNode());
            variable.universe().forEach((language, text) -> add(universe, SKOS.definition, text(text, language)));
        }
        if (variable.temporality() != null) {
            add(node, VARCAT.temporality, iri(variable.temporality()));
        }
        if (variable.unitType() != null) {
            add(node, DISCO.analysisUnit, iri(variable.unitType()));
        }
        if (variable.start() != null) {
            Node period = iri(iri + "#period");
            add(node, DCTerms.temporal, period);
            add(period, RDF.type.asNode(), DCTerms.PeriodOfTime.asNode());
            add(period, DCAT.startDate, date(variable.start().toString()));
            if (variable.end() != null) {
                add(period, DCAT.endDate, date(variable.end().toString()));
            }
        }
        if (!variable.codes().isEmpty()) {
            codeList(variable, node);
        } else if (variable.datatype() != null) {
            add(node, DISCO.representation, variable.datatype());
        }
    }

    private void codeList(MicrodataVariable variable, Node node) {
        Node scheme = iri(Iris.codeList(register, variable.name()));
        add(node, DISCO.representation, scheme);
        add(scheme, RDF.type.asNode(), SKOS.ConceptScheme.asNode());
        variable.labels().forEach((language, text) -> add(scheme, SKOS.prefLabel, text(text, language)));
        for (MicrodataVariable.Code code : variable.codes()) {
            Node codeNode = iri(Iris.code(register, variable.name(), code.value()));
            add(codeNode, RDF.type.asNode(), SKOS.Concept.asNode());
            add(codeNode, SKOS.inScheme, scheme);
            add(codeNode, SKOS.notation, NodeFactory.createLiteralString(code.value()));
            code.labels().forEach((language, text) -> add(codeNode, SKOS.prefLabel, text(text, language)));
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

    private void add(Node subject, Property predicate, Node object) {
        add(subject, predicate.asNode(), object);
    }

    private void add(Node subject, Node predicate, Node object) {
        sink.triple(Triple.create(subject, predicate, object));
    }
}
