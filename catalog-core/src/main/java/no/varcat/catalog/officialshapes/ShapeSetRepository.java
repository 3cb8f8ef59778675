package no.varcat.catalog.officialshapes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.store.GraphChange;
import no.varcat.vocab.VARCAT;

/**
 * The registered {@link ShapeSet}s in the store, shared by every instance of the application: a
 * small registry graph ({@value #REGISTRY}) listing each set and its files, and one graph per set
 * ({@code urn:varcat:shapes:{name}}) holding its shapes as registered. The registry's own
 * {@code varcat:version} changes with every save and delete, so an instance learns whether its
 * compiled copies are current from one small query ({@link #stamp()}).
 */
public final class ShapeSetRepository {

    public static final String REGISTRY = "urn:varcat:shapes";

    private static final Node REGISTRY_NODE = NodeFactory.createURI(REGISTRY);
    private static final Node SHAPE_SET = VARCAT.ShapeSet.asNode();
    private static final Node SHAPE_FILE = VARCAT.shapeFile.asNode();
    private static final Node VERSION = VARCAT.version.asNode();
    private static final String STAMP_QUERY = "SELECT ?version WHERE { GRAPH <" + REGISTRY + "> { <" + REGISTRY + "> <" + VERSION.getURI()
            + "> ?version } } LIMIT 1";

    private final CatalogStore store;

    public ShapeSetRepository(CatalogStore store) {
        this.store = store;
    }

    /** The graph holding a set's shapes. */
    public static String graphName(String name) {
        return REGISTRY + ":" + name;
    }

    /** The registry's version: changes with every save and delete; empty before the first. One small query. */
    public String stamp() {
        String[] stamp = {""};
        store.select(STAMP_QUERY, row -> stamp[0] = row.getLiteral("version").getLexicalForm());
        return stamp[0];
    }

    /** Every registered set, by name. */
    public List<ShapeSet> all() {
        return fromRegistry(store.readGraph(REGISTRY));
    }

    public Optional<ShapeSet> find(String name) {
        return all().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The set's shapes as registered; empty when there is no such set. */
    public Graph shapes(String name) {
        return store.readGraph(graphName(name));
    }

    /** Adds {@code set}, or replaces the set of its name, with its shapes, in one transaction. */
    public synchronized void save(ShapeSet set, Graph shapes) {
        Graph registry = without(store.readGraph(REGISTRY), set.name());
        toGraph(set, registry);
        store.apply(List.of(new GraphChange.Replace(graphName(set.name()), shapes), new GraphChange.Replace(REGISTRY, stamped(registry))));
    }

    /** Drops the set and its shapes; false when there was none. */
    public synchronized boolean delete(String name) {
        Graph registry = store.readGraph(REGISTRY);
        if (!registry.contains(node(name), RDF.type.asNode(), SHAPE_SET)) {
            return false;
        }
        store.apply(List.of(new GraphChange.Replace(graphName(name), GraphFactory.createDefaultGraph()),
                new GraphChange.Replace(REGISTRY, stamped(without(registry, name)))));
        return true;
    }

    private static Graph stamped(Graph registry) {
        registry.remove(REGISTRY_NODE, VERSION, Node.ANY);
        registry.add(Triple.create(REGISTRY_NODE, VERSION, NodeFactory.createLiteralString(UUID.randomUUID().toString())));
        return registry;
    }

    private static Node node(String name) {
        return NodeFactory.createURI(graphName(name));
    }

    private static Node fileNode(String name, int position) {
        return NodeFactory.createURI(graphName(name) + ":file:" + position);
    }

    /** A copy of the registry without the set's triples and its files'. */
    private static Graph without(Graph registry, String name) {
        Node set = node(name);
        List<Node> files = registry.find(set, SHAPE_FILE, Node.ANY).mapWith(Triple::getObject).toList();
        Graph kept = GraphFactory.createDefaultGraph();
        registry.find().filterDrop(t -> t.getSubject().equals(set) || files.contains(t.getSubject())).forEach(kept::add);
        return kept;
    }

    private static void toGraph(ShapeSet set, Graph g) {
        Node s = node(set.name());
        g.add(Triple.create(s, RDF.type.asNode(), SHAPE_SET));
        g.add(Triple.create(s, RDFS.label.asNode(), NodeFactory.createLiteralString(set.label())));
        g.add(Triple.create(s, VERSION, NodeFactory.createLiteralString(set.version())));
        g.add(Triple.create(s, DCTerms.modified.asNode(), NodeFactory.createLiteralDT(set.modified().toString(), XSDDatatype.XSDdateTime)));
        for (int i = 0; i < set.files().size(); i++) {
            ShapeFile file = set.files().get(i);
            Node f = fileNode(set.name(), i + 1);
            g.add(Triple.create(s, SHAPE_FILE, f));
            g.add(Triple.create(f, DCTerms.title.asNode(), NodeFactory.createLiteralString(file.name())));
            g.add(Triple.create(f, VARCAT.order.asNode(), number(i + 1, XSDDatatype.XSDpositiveInteger)));
            g.add(Triple.create(f, VARCAT.tripleCount.asNode(), number(file.triples(), XSDDatatype.XSDnonNegativeInteger)));
            if (file.source() != null) {
                g.add(Triple.create(f, DCTerms.source.asNode(), NodeFactory.createURI(file.source())));
            }
        }
    }

    private static List<ShapeSet> fromRegistry(Graph g) {
        List<ShapeSet> sets = new ArrayList<>();
        for (Node s : g.find(Node.ANY, RDF.type.asNode(), SHAPE_SET).mapWith(Triple::getSubject).toList()) {
            String name = s.getURI().substring(REGISTRY.length() + 1);
            if (!ShapeSet.isValidName(name)) {
                continue;
            }
            record Positioned(long position, ShapeFile file) {
            }
            List<Positioned> files = new ArrayList<>();
            g.find(s, SHAPE_FILE, Node.ANY).mapWith(Triple::getObject).forEach(f -> {
                Node source = one(g, f, DCTerms.source.asNode());
                files.add(new Positioned(number(one(g, f, VARCAT.order.asNode())), new ShapeFile(text(one(g, f, DCTerms.title.asNode())),
                        source == null ? null : source.getURI(), number(one(g, f, VARCAT.tripleCount.asNode())))));
            });
            files.sort(Comparator.comparingLong(Positioned::position));
            Node modified = one(g, s, DCTerms.modified.asNode());
            sets.add(new ShapeSet(name, text(one(g, s, RDFS.label.asNode())), text(one(g, s, VERSION)),
                    modified == null ? Instant.EPOCH : Instant.parse(modified.getLiteralLexicalForm()),
                    files.stream().map(Positioned::file).toList()));
        }
        sets.sort(Comparator.comparing(ShapeSet::name));
        return sets;
    }

    private static Node one(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    private static String text(Node node) {
        return node == null || !node.isLiteral() ? "" : node.getLiteralLexicalForm();
    }

    private static long number(Node node) {
        try {
            return node == null ? 0 : Long.parseLong(node.getLiteralLexicalForm());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Node number(long value, XSDDatatype type) {
        return NodeFactory.createLiteralDT(Long.toString(value), type);
    }
}
