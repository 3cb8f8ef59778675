package no.varcat.harvest.input;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

import no.varcat.vocab.DISCO;
import no.varcat.vocab.VARCAT;

/**
 * Writes the variables of one register as docs/model.md describes them, for every reader that
 * builds them from a format of its own (codebooks, microdata.no): the register's
 * {@code disco:variable}, the variable with its labels and definitions, its period, population,
 * temporality and unit type, and its own code list with each code and the days it is in force.
 * IRIs come from the register and the names in the source only ({@link Iris}), so a re-harvest
 * gives the same triples.
 */
public final class VariableTriples {

    /** A code of a variable's own code list: its labels by language, and the days it is in force (either may be null). */
    public record CodeEntry(String value, Map<String, String> labels, boolean missing, LocalDate from, LocalDate until) {
    }

    private final StreamRDF sink;
    private final String register;

    /** @param register the register's IRI without trailing slash */
    public VariableTriples(StreamRDF sink, String register) {
        this.sink = sink;
        this.register = register;
    }

    /** The variable named {@code notation}, in the register, with its labels and definitions by language; its node. */
    public Node variable(String notation, Map<String, String> labels, Map<String, String> definitions) {
        Node node = iri(Iris.variable(register, notation));
        add(iri(register), DISCO.variable, node);
        add(node, RDF.type, DISCO.Variable);
        add(node, RDF.type, SKOS.Concept);
        add(node, SKOS.notation, NodeFactory.createLiteralString(notation));
        labels.forEach((language, label) -> add(node, SKOS.prefLabel, text(label, language)));
        definitions.forEach((language, text) -> add(node, SKOS.definition, text(text, language)));
        return node;
    }

    /** The days the variable is collected; nothing without a first day. */
    public void period(Node variable, LocalDate start, LocalDate end) {
        if (start == null) {
            return;
        }
        Node period = iri(variable.getURI() + "#period");
        add(variable, DCTerms.temporal, period);
        add(period, RDF.type, DCTerms.PeriodOfTime);
        add(period, DCAT.startDate, date(start));
        if (end != null) {
            add(period, DCAT.endDate, date(end));
        }
    }

    /** The population the variable describes, by language; nothing when there is none. */
    public void universe(Node variable, Map<String, String> definitions) {
        if (definitions.isEmpty()) {
            return;
        }
        Node universe = iri(variable.getURI() + "/universe");
        add(variable, DISCO.universe, universe);
        add(universe, RDF.type, DISCO.Universe);
        definitions.forEach((language, text) -> add(universe, SKOS.definition, text(text, language)));
    }

    /** The variable's temporality and unit type, concepts of varcat's lists by IRI; either may be null. */
    public void scope(Node variable, String temporality, String unitType) {
        if (temporality != null) {
            add(variable, VARCAT.temporality, iri(temporality));
        }
        if (unitType != null) {
            add(variable, DISCO.analysisUnit, iri(unitType));
        }
    }

    /** A representation that is no code list: an XSD datatype. */
    public void representation(Node variable, Node datatype) {
        add(variable, DISCO.representation, datatype);
    }

    /** The variable's own code list, labelled as the variable is, with its codes in the order given. */
    public void codeList(Node variable, String notation, Map<String, String> labels, List<CodeEntry> codes) {
        Node scheme = iri(Iris.codeList(register, notation));
        add(variable, DISCO.representation, scheme);
        add(scheme, RDF.type, SKOS.ConceptScheme);
        labels.forEach((language, label) -> add(scheme, SKOS.prefLabel, text(label, language)));
        Set<String> values = new HashSet<>();
        for (CodeEntry code : codes) {
            String codeIri = CodePeriods.code(register, notation, code.value(), code.from(), code.until(), values);
            Node codeNode = iri(codeIri);
            CodePeriods.write(sink, codeIri, code.from(), code.until());
            add(codeNode, RDF.type, SKOS.Concept);
            add(codeNode, SKOS.inScheme, scheme);
            add(codeNode, SKOS.notation, NodeFactory.createLiteralString(code.value()));
            code.labels().forEach((language, label) -> add(codeNode, SKOS.prefLabel, text(label, language)));
            if (code.missing()) {
                add(codeNode, VARCAT.missingValue, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
            }
        }
    }

    public void add(Node subject, Property predicate, Resource object) {
        add(subject, predicate, object.asNode());
    }

    public void add(Node subject, Property predicate, Node object) {
        sink.triple(Triple.create(subject, predicate.asNode(), object));
    }

    public static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    public static Node text(String text, String language) {
        return NodeFactory.createLiteralLang(text, language);
    }

    private static Node date(LocalDate day) {
        return NodeFactory.createLiteralDT(day.toString(), XSDDatatype.XSDdate);
    }
}
