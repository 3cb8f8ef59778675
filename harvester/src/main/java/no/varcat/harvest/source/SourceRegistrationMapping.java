package no.varcat.harvest.source;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

import no.varcat.harvest.HarvestSource;
import no.varcat.vocab.VARCAT;

/**
 * The one place where a {@link RegisteredSource} meets RDF: a {@code varcat:HarvestSource} with its
 * settings (see docs/model.md, "Harvest sources"). Its IRI is the one the harvest log's runs use.
 */
final class SourceRegistrationMapping {

    private SourceRegistrationMapping() {
    }

    static Graph toGraph(List<RegisteredSource> sources) {
        Graph g = GraphFactory.createDefaultGraph();
        sources.forEach(s -> add(g, s));
        return g;
    }

    static List<RegisteredSource> fromGraph(Graph g) {
        List<RegisteredSource> sources = new ArrayList<>();
        g.find(Node.ANY, RDF.type.asNode(), VARCAT.HarvestSource.asNode())
                .forEachRemaining(t -> sources.add(read(g, t.getSubject())));
        sources.sort(Comparator.comparing(RegisteredSource::id));
        return sources;
    }

    private static void add(Graph g, RegisteredSource registered) {
        HarvestSource source = registered.source();
        Node s = NodeFactory.createURI(HarvestSource.iriFor(source.id()));
        g.add(Triple.create(s, RDF.type.asNode(), VARCAT.HarvestSource.asNode()));
        g.add(Triple.create(s, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(source.id())));
        g.add(Triple.create(s, DCAT.accessURL.asNode(), NodeFactory.createURI(source.location().toString())));
        g.add(Triple.create(s, VARCAT.sourceFormat.asNode(), NodeFactory.createLiteralString(source.format())));
        addLiteral(g, s, DCTerms.title.asNode(), source.title());
        addLiteral(g, s, VARCAT.sourcePreset.asNode(), source.preset());
        addLiteral(g, s, VARCAT.sourceColumns.asNode(), source.columns());
        if (source.register() != null) {
            g.add(Triple.create(s, VARCAT.describesRegister.asNode(), NodeFactory.createURI(source.register())));
        }
        addLiteral(g, s, VARCAT.schedule.asNode(), registered.schedule());
        addLiteral(g, s, VARCAT.authHeaderVariable.asNode(), registered.authHeaderEnv());
    }

    private static RegisteredSource read(Graph g, Node s) {
        HarvestSource source = new HarvestSource(
                literal(g, s, DCTerms.identifier.asNode()),
                URI.create(object(g, s, DCAT.accessURL.asNode()).getURI()),
                literal(g, s, VARCAT.sourceFormat.asNode()),
                literal(g, s, DCTerms.title.asNode()),
                object(g, s, VARCAT.describesRegister.asNode()) == null ? null : object(g, s, VARCAT.describesRegister.asNode()).getURI(),
                literal(g, s, VARCAT.sourcePreset.asNode()), null, literal(g, s, VARCAT.sourceColumns.asNode()));
        return new RegisteredSource(source, literal(g, s, VARCAT.schedule.asNode()), literal(g, s, VARCAT.authHeaderVariable.asNode()));
    }

    private static void addLiteral(Graph g, Node s, Node p, String value) {
        if (value != null) {
            g.add(Triple.create(s, p, NodeFactory.createLiteralString(value)));
        }
    }

    private static Node object(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private static String literal(Graph g, Node s, Node p) {
        Node o = object(g, s, p);
        return o == null ? null : o.getLiteralLexicalForm();
    }
}
