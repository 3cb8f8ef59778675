package no.varcat.catalog.change;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import no.varcat.catalog.resource.ResourceKind;
import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.store.GraphChange;
import no.varcat.catalog.store.Iris;
import no.varcat.catalog.text.LocalizedText;
import no.varcat.vocab.DISCO;
import no.varcat.vocab.PROV;
import no.varcat.vocab.Prefixes;
import no.varcat.vocab.VARCAT;

/**
 * The durable log of what changed in the catalog (docs/model.md, "Change log"): one
 * {@code varcat:Change} per register or variable added, changed or removed, written in the same
 * transaction as the data it describes, numbered by the store. The change feed reads it, and the
 * search indexing is meant to (an outbox): one record of changes, not two.
 *
 * <p>Reads go by sequence number, one index lookup per number, so a page costs the same however
 * long the log is.
 */
public final class ChangeLog {

    public static final String GRAPH = "urn:varcat:changes";
    /** The most numbers {@link #range} reads at once. */
    public static final int MAX_RANGE = 1000;

    private static final String RANGE = """
            SELECT ?e ?seq ?type ?class ?resource ?register ?publisher ?recorded ?activity ?label WHERE {
              GRAPH <urn:varcat:changes> {
                VALUES ?seq { %s }
                ?e varcat:sequence ?seq ;
                   varcat:changeType ?type ;
                   varcat:resourceType ?class ;
                   varcat:resource ?resource ;
                   prov:generatedAtTime ?recorded .
                %s
                OPTIONAL { ?e varcat:register ?register }
                OPTIONAL { ?e varcat:publisher ?publisher }
                OPTIONAL { ?e prov:wasGeneratedBy ?activity }
                OPTIONAL { ?e rdfs:label ?label }
              }
            }
            """;

    /** The registers changed in a range: the range query's numbers, kept to the register entries. */
    private static final String REGISTERS_IN = """
            SELECT DISTINCT ?resource WHERE {
              GRAPH <urn:varcat:changes> {
                VALUES ?seq { %s }
                ?e varcat:sequence ?seq ;
                   varcat:resourceType dcat:Dataset ;
                   varcat:resource ?resource .
              }
            }
            """;

    private final CatalogStore store;

    public ChangeLog(CatalogStore store) {
        this.store = store;
    }

    /**
     * The change that appends {@code changes}, in order, to the log, as written by {@code activity}
     * (a harvest run or a source deletion) at {@code recorded}; the store numbers them. Apply it in
     * the transaction that writes the data they describe.
     */
    public static GraphChange append(String activity, Instant recorded, List<Change> changes) {
        Graph g = GraphFactory.createDefaultGraph();
        List<Node> entries = new ArrayList<>();
        Node by = NodeFactory.createURI(activity);
        Node at = NodeFactory.createLiteralDT(recorded.toString(), XSDDatatype.XSDdateTime);
        for (Change change : changes) {
            Node entry = NodeFactory.createURI(activity + ":change:" + (entries.size() + 1));
            entries.add(entry);
            g.add(Triple.create(entry, RDF.type.asNode(), VARCAT.Change.asNode()));
            g.add(Triple.create(entry, VARCAT.changeType.asNode(), NodeFactory.createLiteralString(change.type().name())));
            g.add(Triple.create(entry, VARCAT.resource.asNode(), NodeFactory.createURI(change.resource())));
            g.add(Triple.create(entry, VARCAT.resourceType.asNode(), typeOf(change.kind())));
            if (change.register() != null) {
                g.add(Triple.create(entry, VARCAT.register.asNode(), NodeFactory.createURI(change.register())));
            }
            if (change.publisher() != null) {
                g.add(Triple.create(entry, VARCAT.publisher.asNode(), NodeFactory.createURI(change.publisher())));
            }
            for (String language : List.of("nb", "nn", "en")) {
                String text = language.equals("nb") ? change.label().nb() : language.equals("nn") ? change.label().nn() : change.label().en();
                if (text != null && !text.isBlank()) {
                    g.add(Triple.create(entry, RDFS.label.asNode(), NodeFactory.createLiteralLang(text, language)));
                }
            }
            g.add(Triple.create(entry, PROV.wasGeneratedBy.asNode(), by));
            g.add(Triple.create(entry, PROV.generatedAtTime.asNode(), at));
        }
        return new GraphChange.Append(GRAPH, g, entries);
    }

    /** The highest number given so far; 0 for an empty log. */
    public long lastSequence() {
        long[] last = {0};
        store.select(Prefixes.sparqlPrologue()
                + "SELECT ?n WHERE { GRAPH <" + GRAPH + "> { <" + GRAPH + "> varcat:lastSequence ?n } }",
                row -> last[0] = row.getLiteral("n").getLong());
        return last[0];
    }

    /**
     * The changes numbered {@code first} to {@code last} that pass {@code filter}, newest first.
     *
     * @throws IllegalArgumentException for a range that is empty, starts below 1 or is longer than {@link #MAX_RANGE}
     */
    public List<LoggedChange> range(long first, long last, ChangeFilter filter) {
        String numbers = numbers(first, last);
        StringBuilder wanted = new StringBuilder();
        if (filter.register() != null) {
            wanted.append("?e varcat:register ?wantedRegister . ");
        }
        if (filter.publisher() != null) {
            wanted.append("?e varcat:publisher ?wantedPublisher . ");
        }
        ParameterizedSparqlString query = new ParameterizedSparqlString(Prefixes.sparqlPrologue() + RANGE.formatted(numbers, wanted));
        if (filter.register() != null) {
            query.setIri("wantedRegister", checked(filter.register()));
        }
        if (filter.publisher() != null) {
            query.setIri("wantedPublisher", checked(filter.publisher()));
        }
        Map<String, Row> rows = new LinkedHashMap<>();
        store.select(query.toString(), solution -> rows.computeIfAbsent(solution.getResource("e").getURI(), e -> new Row(solution))
                .label(solution.get("label")));
        return rows.values().stream().map(Row::toChange)
                .sorted(Comparator.comparingLong(LoggedChange::sequence).reversed()).toList();
    }

    /**
     * The registers (their IRIs) that a change numbered {@code first} to {@code last} added, changed or
     * removed: one lookup per number, as {@link #range} makes, without reading the changes themselves.
     *
     * @throws IllegalArgumentException for a range that is empty, starts below 1 or is longer than {@link #MAX_RANGE}
     */
    public Set<String> registersIn(long first, long last) {
        Set<String> registers = new TreeSet<>();
        store.select(Prefixes.sparqlPrologue() + REGISTERS_IN.formatted(numbers(first, last)),
                row -> registers.add(row.getResource("resource").getURI()));
        return registers;
    }

    private static String numbers(long first, long last) {
        if (first < 1 || last < first || last - first >= MAX_RANGE) {
            throw new IllegalArgumentException("Not a range of at most " + MAX_RANGE + " sequence numbers: " + first + ".." + last);
        }
        StringBuilder numbers = new StringBuilder();
        for (long n = first; n <= last; n++) {
            numbers.append(n).append(' ');
        }
        return numbers.toString();
    }

    /** When the change numbered {@code sequence} was recorded; empty when there is none. */
    public Optional<Instant> recorded(long sequence) {
        Instant[] found = {null};
        store.select(Prefixes.sparqlPrologue() + "SELECT ?t WHERE { GRAPH <" + GRAPH + "> { ?e varcat:sequence " + sequence
                + " ; prov:generatedAtTime ?t } }", row -> found[0] = instant(row.get("t")));
        return Optional.ofNullable(found[0]);
    }

    /** Whether any change names {@code iri} as its register: one index lookup. */
    public boolean hasRegister(String iri) {
        return mentions("varcat:register", iri);
    }

    /** Whether any change names {@code iri} as its publisher: one index lookup. */
    public boolean hasPublisher(String iri) {
        return mentions("varcat:publisher", iri);
    }

    private boolean mentions(String property, String iri) {
        if (!isUsable(iri)) {
            return false;
        }
        return store.ask(Prefixes.sparqlPrologue() + "ASK { GRAPH <" + GRAPH + "> { ?e " + property + " <" + iri + "> } }");
    }

    /** An absolute IRI with nothing SPARQL refuses between {@code <} and {@code >}: it cannot change a query's shape. */
    private static boolean isUsable(String iri) {
        return Iris.isAbsolute(iri) && iri.chars().noneMatch(c -> c <= ' ' || "<>\"{}|^`\\".indexOf(c) >= 0);
    }

    private static String checked(String iri) {
        if (!isUsable(iri)) {
            throw new IllegalArgumentException("Not an absolute IRI: " + iri);
        }
        return iri;
    }

    private static Node typeOf(ResourceKind kind) {
        return (kind == ResourceKind.REGISTER ? DCAT.Dataset : DISCO.Variable).asNode();
    }

    private static Instant instant(RDFNode node) {
        try {
            return node != null && node.isLiteral() ? Instant.parse(node.asLiteral().getLexicalForm()) : Instant.EPOCH;
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }

    /** One change's rows: the same but for its label, one row per language. Read at once: a row is only valid in its transaction. */
    private static final class Row {
        private final String id;
        private final long sequence;
        private final ChangeType type;
        private final ResourceKind kind;
        private final String resource;
        private final String register;
        private final String publisher;
        private final Instant recorded;
        private final String activity;
        private LocalizedText label = LocalizedText.EMPTY;

        Row(QuerySolution row) {
            id = row.getResource("e").getURI();
            sequence = row.getLiteral("seq").getLong();
            type = ChangeType.valueOf(row.getLiteral("type").getString());
            kind = row.getResource("class").getURI().equals(DCAT.Dataset.getURI()) ? ResourceKind.REGISTER : ResourceKind.VARIABLE;
            resource = row.getResource("resource").getURI();
            register = uri(row.get("register"));
            publisher = uri(row.get("publisher"));
            recorded = instant(row.get("recorded"));
            activity = uri(row.get("activity"));
        }

        Row label(RDFNode literal) {
            label = label.withLiteral(literal);
            return this;
        }

        LoggedChange toChange() {
            return new LoggedChange(id, sequence, new Change(type, kind, resource, register, publisher, label), recorded, activity);
        }

        private static String uri(RDFNode node) {
            return node != null && node.isURIResource() ? node.asResource().getURI() : null;
        }
    }
}
