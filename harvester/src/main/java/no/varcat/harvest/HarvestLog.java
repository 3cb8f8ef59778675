package no.varcat.harvest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
     * {@code varcat:latestRun} to it: an addition, or the log trimmed with it.
     */
    static GraphChange record(CatalogStore store, String sourceId, Graph run) {
        String name = HarvestRunMapping.logGraphName(sourceId);
        Node source = NodeFactory.createURI(HarvestRunMapping.sourceIri(sourceId));
        Triple previousLatest = Triple.create(source, VARCAT.latestRun.asNode(), Node.ANY);
        Graph entry = GraphFactory.createDefaultGraph();
        run.find().forEach(entry::add);
        entry.add(Triple.create(source, VARCAT.latestRun.asNode(), NodeFactory.createURI(HarvestRunMapping.runIri(run))));
        Graph log = store.readGraph(name);
        if (runs(log).size() < KEEP) {
            return new GraphChange.Patch(name, List.of(previousLatest), entry);
        }
        log.remove(source, VARCAT.latestRun.asNode(), Node.ANY);
        entry.find().forEach(log::add);
        return new GraphChange.Replace(name, trim(log, KEEP));
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

    /** A copy of {@code log} without its runs older than the newest {@code keep}. */
    static Graph trim(Graph log, int keep) {
        List<Node> runs = runs(log);
        if (runs.size() <= keep) {
            return log;
        }
        runs.sort(Comparator.comparing((Node run) -> started(log, run)).reversed());
        Set<Node> dropped = new HashSet<>(runs.subList(keep, runs.size()));
        // The run that wrote the source's current graph stays, however many failed since: its record
        // is the provenance of what is served, and its warnings are what the registers' pages show.
        log.find(Node.ANY, PROV.wasGeneratedBy.asNode(), Node.ANY).mapWith(Triple::getObject)
                .toList().stream().max(Comparator.comparing((Node run) -> started(log, run))).ifPresent(dropped::remove);
        Set<Node> droppedIssues = new HashSet<>();
        dropped.forEach(run -> log.find(run, VARCAT.issue.asNode(), Node.ANY).forEach(t -> droppedIssues.add(t.getObject())));
        Graph trimmed = GraphFactory.createDefaultGraph();
        log.find().forEach(t -> {
            if (!dropped.contains(t.getSubject()) && !droppedIssues.contains(t.getSubject()) && !dropped.contains(t.getObject())) {
                trimmed.add(t);
            }
        });
        return trimmed;
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
