package no.varcat.web.list;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.graph.GraphFactory;

import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.store.GraphChange;

/**
 * The researchers' lists, in the shared store (one named graph, {@link #GRAPH}), so that any
 * instance of the application serves any list: the web tier keeps nothing. Each entry is a few
 * triples of its own, written and removed by a patch of those triples alone, so two tabs adding at
 * once do not overwrite each other. The graph is private: the SPARQL endpoint shows harvested
 * graphs only, and catalog IRIs appear here as plain literals, never as subjects or objects that a
 * description of a variable could pick up.
 *
 * <p>Bounds: {@link #MAX_ENTRIES} entries a list, {@link #MAX_LISTS} lists in all; a list not changed
 * for {@link #KEEP} is gone (read as absent at once, deleted by the next list created).
 */
public final class SavedLists {

    static final String GRAPH = "urn:varcat:lists";
    /** Enough for any data access application; bounds what one list can hold. */
    static final int MAX_ENTRIES = 500;
    /** Bounds what anonymous visitors can make the store hold: about 100 MB at worst. */
    static final int MAX_LISTS = 100_000;
    /** An application for data access takes months; a list unchanged for a year is let go. */
    static final Duration KEEP = Duration.ofDays(365);
    /** Expired lists deleted when a list is created: the store sheds them at the pace new ones come. */
    private static final int SWEEP = 20;

    private static final String NS = "urn:varcat:list-terms:";
    private static final Node EXPIRES = term("expires");
    private static final Node ENTRY = term("entry");
    private static final Node ITEM = term("item");
    private static final Node KIND = term("kind");
    private static final Node FROM = term("from");
    private static final Node TO = term("to");
    private static final Node REASON = term("reason");
    private static final Node POSITION = term("position");

    private static final String ENTRIES = """
            SELECT ?expires ?e ?item ?kind ?position ?from ?to ?reason WHERE {
              GRAPH <%1$s> {
                ?list <%2$sexpires> ?expires .
                OPTIONAL {
                  ?list <%2$sentry> ?e . ?e <%2$sitem> ?item ; <%2$skind> ?kind ; <%2$sposition> ?position .
                  OPTIONAL { ?e <%2$sfrom> ?from } OPTIONAL { ?e <%2$sto> ?to } OPTIONAL { ?e <%2$sreason> ?reason }
                }
              }
            }
            """.formatted(GRAPH, NS);

    private static final String COUNT = "SELECT (COUNT(?list) AS ?n) WHERE { GRAPH <%s> { ?list <%sexpires> ?e } }"
            .formatted(GRAPH, NS);

    private static final String EXPIRED = """
            SELECT ?list WHERE { GRAPH <%s> { ?list <%sexpires> ?e FILTER(?e < ?now) } } LIMIT %d
            """.formatted(GRAPH, NS, SWEEP);

    /** What {@link #add} did with each entry asked for. */
    enum Added {
        ADDED, ALREADY_THERE, FULL
    }

    /** No room for another list in the store. */
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE)
    public static final class StoreFullException extends RuntimeException {
        StoreFullException() {
            super("The store holds " + MAX_LISTS + " lists");
        }
    }

    private final CatalogStore store;
    private final Clock clock;

    public SavedLists(CatalogStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** A new, empty list; first lets go of a few expired ones. */
    ListId create() {
        sweep();
        long[] lists = {0};
        store.select(COUNT, row -> lists[0] = row.getLiteral("n").getLong());
        if (lists[0] >= MAX_LISTS) {
            throw new StoreFullException();
        }
        ListId id = ListId.random();
        Graph content = GraphFactory.createDefaultGraph();
        content.add(Triple.create(list(id), EXPIRES, expires()));
        store.apply(List.of(new GraphChange.Add(GRAPH, content)));
        return id;
    }

    /** The list's entries in the order added, or none if there is no such list (or it expired). */
    Optional<List<ListEntry>> entries(ListId id) {
        return rows(id).map(rows -> rows.stream().map(EntryRow::entry).toList());
    }

    private Optional<List<EntryRow>> rows(ListId id) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(ENTRIES);
        query.setParam("list", list(id));
        Instant[] expires = {null};
        Map<String, EntryRow> rows = new LinkedHashMap<>();
        store.select(query.toString(), row -> {
            Instant at = Instant.parse(row.getLiteral("expires").getLexicalForm());
            expires[0] = expires[0] == null || at.isAfter(expires[0]) ? at : expires[0];
            if (row.get("e") != null) {
                rows.computeIfAbsent(row.getResource("e").getURI(), e -> new EntryRow()).add(row);
            }
        });
        if (expires[0] == null || !expires[0].isAfter(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(rows.values().stream().sorted(java.util.Comparator.comparingLong(r -> r.position)).toList());
    }

    boolean exists(ListId id) {
        return entries(id).isPresent();
    }

    /**
     * Adds those of {@code wanted} the list lacks, in order, until it is full; entries already there
     * keep their years and reason unless {@code replaceDetails}, when the wanted ones' details win.
     */
    List<Added> add(ListId id, List<ListEntry> wanted, boolean replaceDetails) {
        List<EntryRow> current = rows(id).orElse(List.of());
        Map<String, ListEntry> byIri = new LinkedHashMap<>();
        current.forEach(row -> byIri.put(row.iri, row.entry()));
        // After the last entry, whatever the clocks of the instances say; the time only keeps the numbers apart between races.
        long position = Math.max(clock.millis() * 1000, current.stream().mapToLong(r -> r.position + 1).max().orElse(0));
        Graph content = GraphFactory.createDefaultGraph();
        List<Triple> removed = new ArrayList<>(refresh(id, content));
        List<Added> outcome = new ArrayList<>();
        for (ListEntry entry : wanted) {
            ListEntry there = byIri.get(entry.iri());
            if (there != null) {
                outcome.add(Added.ALREADY_THERE);
                if (replaceDetails && there.kind() == entry.kind()) {
                    removed.addAll(details(id, entry, content));
                }
                continue;
            }
            if (byIri.size() >= MAX_ENTRIES) {
                outcome.add(Added.FULL);
                continue;
            }
            byIri.put(entry.iri(), entry);
            Node e = entry(id, entry.iri());
            content.add(Triple.create(list(id), ENTRY, e));
            content.add(Triple.create(e, ITEM, NodeFactory.createLiteralString(entry.iri())));
            content.add(Triple.create(e, KIND, NodeFactory.createLiteralString(entry.kind().name())));
            content.add(Triple.create(e, POSITION, NodeFactory.createLiteralDT(Long.toString(position++), XSDDatatype.XSDlong)));
            removed.addAll(details(id, entry, content));
            outcome.add(Added.ADDED);
        }
        store.apply(List.of(new GraphChange.Patch(GRAPH, removed, content)));
        return outcome;
    }

    /** Sets the years and reason of the entries named (by IRI) that the list holds. */
    void update(ListId id, List<ListEntry> changed) {
        Graph content = GraphFactory.createDefaultGraph();
        List<Triple> removed = new ArrayList<>(refresh(id, content));
        for (ListEntry entry : changed) {
            removed.addAll(details(id, entry, content));
        }
        store.apply(List.of(new GraphChange.Patch(GRAPH, removed, content)));
    }

    void remove(ListId id, String iri) {
        Node e = entry(id, iri);
        Graph content = GraphFactory.createDefaultGraph();
        List<Triple> removed = new ArrayList<>(refresh(id, content));
        removed.add(Triple.create(list(id), ENTRY, e));
        removed.add(Triple.create(e, Node.ANY, Node.ANY));
        store.apply(List.of(new GraphChange.Patch(GRAPH, removed, content)));
    }

    void clear(ListId id) {
        Graph content = GraphFactory.createDefaultGraph();
        List<Triple> removed = new ArrayList<>(refresh(id, content));
        entries(id).orElse(List.of()).forEach(entry -> removed.add(Triple.create(entry(id, entry.iri()), Node.ANY, Node.ANY)));
        removed.add(Triple.create(list(id), ENTRY, Node.ANY));
        store.apply(List.of(new GraphChange.Patch(GRAPH, removed, content)));
    }

    /** Deletes a few expired lists with their entries. */
    void sweep() {
        ParameterizedSparqlString query = new ParameterizedSparqlString(EXPIRED);
        query.setLiteral("now", clock.instant().toString(), XSDDatatype.XSDdateTime);
        List<Node> expired = new ArrayList<>();
        store.select(query.toString(), row -> expired.add(row.get("list").asNode()));
        if (expired.isEmpty()) {
            return;
        }
        List<Triple> removed = new ArrayList<>();
        for (Node list : expired) {
            String prefix = list.getURI() + ":";
            ParameterizedSparqlString entries = new ParameterizedSparqlString(
                    "SELECT ?e WHERE { GRAPH <" + GRAPH + "> { ?list <" + NS + "entry> ?e } }");
            entries.setParam("list", list);
            store.select(entries.toString(), row -> {
                if (row.getResource("e").getURI().startsWith(prefix)) {
                    removed.add(Triple.create(row.get("e").asNode(), Node.ANY, Node.ANY));
                }
            });
            removed.add(Triple.create(list, Node.ANY, Node.ANY));
        }
        store.apply(List.of(new GraphChange.Patch(GRAPH, removed, GraphFactory.createDefaultGraph())));
    }

    /** The patterns that drop the list's expiry date, with the new one added to {@code content}: any change keeps a list. */
    private List<Triple> refresh(ListId id, Graph content) {
        content.add(Triple.create(list(id), EXPIRES, expires()));
        return List.of(Triple.create(list(id), EXPIRES, Node.ANY));
    }

    /** The patterns that drop the entry's years and reason, with the new ones added to {@code content}. */
    private static List<Triple> details(ListId id, ListEntry entry, Graph content) {
        Node e = entry(id, entry.iri());
        if (entry.from() != null) {
            content.add(Triple.create(e, FROM, NodeFactory.createLiteralDT(entry.from().toString(), XSDDatatype.XSDinteger)));
        }
        if (entry.to() != null) {
            content.add(Triple.create(e, TO, NodeFactory.createLiteralDT(entry.to().toString(), XSDDatatype.XSDinteger)));
        }
        if (entry.reason() != null) {
            content.add(Triple.create(e, REASON, NodeFactory.createLiteralString(entry.reason())));
        }
        return List.of(Triple.create(e, FROM, Node.ANY), Triple.create(e, TO, Node.ANY), Triple.create(e, REASON, Node.ANY));
    }

    private Node expires() {
        return NodeFactory.createLiteralDT(clock.instant().plus(KEEP).toString(), XSDDatatype.XSDdateTime);
    }

    private static Node list(ListId id) {
        return NodeFactory.createURI("urn:varcat:list:" + id.value());
    }

    /** An entry's node: the same for the same IRI in the same list, so that adding twice is one entry. */
    private static Node entry(ListId id, String iri) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(iri.getBytes(StandardCharsets.UTF_8));
            return NodeFactory.createURI("urn:varcat:list:" + id.value() + ":" + HexFormat.of().formatHex(digest, 0, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static Node term(String name) {
        return NodeFactory.createURI(NS + name);
    }

    /** Collects the rows OPTIONAL patterns give one entry. */
    private static final class EntryRow {
        private String iri;
        private ListEntry.Kind kind;
        private long position = Long.MAX_VALUE;
        private Integer from;
        private Integer to;
        private String reason;

        void add(QuerySolution row) {
            iri = row.getLiteral("item").getLexicalForm();
            kind = ListEntry.Kind.valueOf(row.getLiteral("kind").getLexicalForm());
            position = Math.min(position, row.getLiteral("position").getLong());
            if (from == null && row.get("from") != null) {
                from = Integer.valueOf(row.getLiteral("from").getInt());
            }
            if (to == null && row.get("to") != null) {
                to = Integer.valueOf(row.getLiteral("to").getInt());
            }
            reason = reason != null || row.get("reason") == null ? reason : row.getLiteral("reason").getLexicalForm();
        }

        ListEntry entry() {
            return new ListEntry(kind, iri, from, to, reason);
        }
    }
}
