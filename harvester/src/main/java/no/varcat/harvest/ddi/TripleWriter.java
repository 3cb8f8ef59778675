package no.varcat.harvest.ddi;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/** Emits triples into the caller's sink, with the few literal shapes the profile uses. */
final class TripleWriter {

    private final StreamRDF sink;

    TripleWriter(StreamRDF sink) {
        this.sink = sink;
    }

    void add(Node subject, Node predicate, Node object) {
        sink.triple(Triple.create(subject, predicate, object));
    }

    void type(Node subject, Node... classes) {
        for (Node type : classes) {
            add(subject, RDF.type.asNode(), type);
        }
    }

    void string(Node subject, Node predicate, String value) {
        add(subject, predicate, NodeFactory.createLiteralString(value));
    }

    void typed(Node subject, Node predicate, String lexical, RDFDatatype datatype) {
        add(subject, predicate, NodeFactory.createLiteralDT(lexical, datatype));
    }

    void text(Node subject, Node predicate, LangText text) {
        add(subject, predicate, NodeFactory.createLiteralLang(text.text(), text.language()));
    }

    void texts(Node subject, Node predicate, List<LangText> texts) {
        texts.forEach(text -> text(subject, predicate, text));
    }

    /**
     * SKOS allows one prefLabel per language: the first label in a language is it, later different
     * ones are altLabels.
     */
    void labels(Node subject, List<LangText> labels) {
        Set<String> languages = new HashSet<>();
        for (LangText label : new LinkedHashSet<>(labels)) {
            Node predicate = languages.add(label.language()) ? SKOS.prefLabel.asNode() : SKOS.altLabel.asNode();
            text(subject, predicate, label);
        }
    }
}
