package no.varcat.harvest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.store.GraphChange;
import no.varcat.vocab.PROV;
import no.varcat.vocab.VARCAT;

/**
 * A source's log graph, kept to its newest {@link #KEEP} runs: a source that fails on a five-minute
 * schedule would otherwise add hundreds of runs a day, for ever. A run's record goes with its
 * issues and with the {@code prov:wasGeneratedBy} that names it.
 */
final class HarvestLog {

    static final int KEEP = 100;

    private HarvestLog() {
    }

    /**
     * The change that records {@code run} in the source's log, moving the source's
     * {@code varcat:latestRun} to it, and taking out whole the runs beyond the newest {@link #KEEP}.
     * It reads the log's run list and the dropped runs' issue names, never the whole log: a source on
     * a five-minute schedule records a run every five minutes, each at the limit.
     */
    static GraphChange record(CatalogStore store, String sourceId, Graph run) {
        return record(store, sourceId, run, KEEP);
    }

    static GraphChange record(CatalogStore store, String sourceId, Graph run, int keep) {
        String name = HarvestRunMapping.logGraphName(sourceId);
        Node source = NodeFactory.createURI(HarvestRunMapping.sourceIri(sourceId));
        Graph entry = GraphFactory.createDefaultGraph();
        run.find().forEach(entry::add);
        entry.add(Triple.create(source, VARCAT.latestRun.asNode(), NodeFactory.createURI(HarvestRunMapping.runIri(run))));
        List<Triple> removed = new ArrayList<>();
        removed.add(Triple.create(source, VARCAT.latestRun.asNode(), Node.ANY));
        List<Node> beyond = runsBeyond(store, name, keep - 1);
        Optional<Node> current = beyond.isEmpty() ? Optional.empty() : newestGenerating(store, name);
        for (Node dropped : beyond) {
            if (current.isPresent() && current.get().equals(dropped)) {
                // The run that wrote the source's current graph stays, however many failed since: its record
                // is the provenance of what is served, and its warnings are what the registers' pages show.
                continue;
            }
            removed.add(Triple.create(dropped, Node.ANY, Node.ANY));
            removed.add(Triple.create(Node.ANY, Node.ANY, dropped));
            issuesOf(store, name, dropped).forEach(issue -> removed.add(Triple.create(issue, Node.ANY, Node.ANY)));
        }
        return new GraphChange.Patch(name, removed, entry);
    }

    /** The runs of the log after its newest {@code keep}; a run without a start sorts as the oldest. */
    private static List<Node> runsBeyond(CatalogStore store, String logGraphName, int keep) {
        List<Node> runs = new ArrayList<>();
        store.select("""
                PREFIX varcat: <%s>
                PREFIX prov: <%s>
                SELECT ?run WHERE {
                  GRAPH <%s> { ?run a varcat:HarvestRun OPTIONAL { ?run prov:startedAtTime ?started } }
                } ORDER BY DESC(?started) OFFSET %d
                """.formatted(VARCAT.NS, PROV.NS, logGraphName, Math.max(keep, 0)), row -> runs.add(row.get("run").asNode()));
        return runs;
    }

    /** The newest run of the log that wrote the source's graph ({@code prov:wasGeneratedBy}). */
    private static Optional<Node> newestGenerating(CatalogStore store, String logGraphName) {
        List<Node> runs = new ArrayList<>();
        store.select("""
                PREFIX prov: <%s>
                SELECT ?run WHERE {
                  GRAPH <%s> { ?graph prov:wasGeneratedBy ?run OPTIONAL { ?run prov:startedAtTime ?started } }
                } ORDER BY DESC(?started) LIMIT 1
                """.formatted(PROV.NS, logGraphName), row -> runs.add(row.get("run").asNode()));
        return runs.stream().findFirst();
    }

    private static List<Node> issuesOf(CatalogStore store, String logGraphName, Node run) {
        List<Node> issues = new ArrayList<>();
        store.select("""
                PREFIX varcat: <%s>
                SELECT ?issue WHERE { GRAPH <%s> { <%s> varcat:issue ?issue } }
                """.formatted(VARCAT.NS, logGraphName, run.getURI()), row -> issues.add(row.get("issue").asNode()));
        return issues;
    }

    /**
     * The change that gives a log written before {@code varcat:latestRun} existed its pointer to its
     * newest run; empty when the log has one, or no run.
     */
    static Optional<GraphChange> pointToLatest(String logGraphName, Graph log) {
        List<Node> runs = runs(log);
        if (runs.isEmpty() || log.find(Node.ANY, VARCAT.latestRun.asNode(), Node.ANY).hasNext()) {
            return Optional.empty();
        }
        Node newest = runs.stream().max(Comparator.comparing((Node run) -> started(log, run))).orElseThrow();
        var used = log.find(newest, PROV.used.asNode(), Node.ANY);
        if (!used.hasNext()) {
            return Optional.empty();
        }
        Graph pointer = GraphFactory.createDefaultGraph();
        pointer.add(Triple.create(used.next().getObject(), VARCAT.latestRun.asNode(), newest));
        return Optional.of(new GraphChange.Add(logGraphName, pointer));
    }

    private static List<Node> runs(Graph log) {
        List<Node> runs = new ArrayList<>();
        log.find(Node.ANY, RDF.type.asNode(), VARCAT.HarvestRun.asNode()).forEach(t -> runs.add(t.getSubject()));
        return runs;
    }

    /** When the run started; a run without a readable start counts as the oldest. */
    private static Instant started(Graph log, Node run) {
        var it = log.find(run, PROV.startedAtTime.asNode(), Node.ANY);
        try {
            return it.hasNext() ? Instant.parse(it.next().getObject().getLiteralLexicalForm()) : Instant.MIN;
        } catch (DateTimeParseException e) {
            return Instant.MIN;
        }
    }
}
