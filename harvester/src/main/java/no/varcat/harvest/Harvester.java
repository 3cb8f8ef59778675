package no.varcat.harvest;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.store.GraphChange;
import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.HarvestReport.Outcome;

/**
 * Runs one harvest of one source: open, read into a scratch graph, and only if that worked
 * replace the source's named graph in one transaction. A failure leaves the source's graph as it
 * was. Every run, failed or not, is recorded in the source's log graph ({@link HarvestHistory}).
 */
public final class Harvester {

    private static final Logger log = LoggerFactory.getLogger(Harvester.class);

    private final CatalogStore store;
    private final SourceReaders readers;
    private final SourceOpener opener;
    private final Clock clock;
    private final ProfileCheck profileCheck;

    public Harvester(CatalogStore store, SourceReaders readers, SourceOpener opener, Clock clock) {
        this.store = store;
        this.readers = readers;
        this.opener = opener;
        this.clock = clock;
        this.profileCheck = new ProfileCheck(store);
    }

    public HarvestReport harvest(HarvestSource source) {
        Instant started = clock.instant();
        IssueCollector issues = new IssueCollector();
        SourceReader reader = readers.forFormat(source.format()).orElse(null);
        if (reader == null) {
            issues.add(Severity.FATAL, "Unknown format '" + source.format() + "'; known formats: " + readers.formats(), -1, -1);
            return finish(source, started, Outcome.FAILED, 0, issues);
        }
        Graph scratch = GraphFactory.createDefaultGraph();
        try (InputStream in = opener.open(source.location())) {
            reader.read(in, SourceContext.of(source), StreamRDFLib.graph(scratch), issues);
        } catch (IOException e) {
            issues.add(Severity.FATAL, "Cannot read " + source.location() + ": " + e.getMessage(), -1, -1);
            return finish(source, started, Outcome.FAILED, 0, issues);
        } catch (SourceFormatException e) {
            return finish(source, started, Outcome.FAILED, 0, issues);
        }
        if (scratch.isEmpty()) {
            issues.add(Severity.FATAL, "The source is empty; the previous harvest is kept", -1, -1);
            return finish(source, started, Outcome.FAILED, 0, issues);
        }
        Graph checked = profileCheck.apply(source, scratch, issues);
        if (checked.isEmpty()) {
            issues.add(Severity.FATAL, "Nothing in the source conforms to the profile; the previous harvest is kept", -1, -1);
            return finish(source, started, Outcome.FAILED, 0, issues);
        }
        HarvestReport report = finish(source, started, Outcome.SUCCEEDED, checked.size(), issues);
        // The data and its log entry land in one transaction: the log never claims a graph the store lacks.
        store.apply(List.of(new GraphChange.Replace(source.graphName(), checked),
                new GraphChange.Add(HarvestRunMapping.logGraphName(source.id()), HarvestRunMapping.toGraph(report, source))));
        return report;
    }

    private HarvestReport finish(HarvestSource source, Instant started, Outcome outcome, long triples, IssueCollector issues) {
        HarvestReport report = new HarvestReport(source.id(), started, clock.instant(), outcome, triples, issues.issues());
        if (report.succeeded()) {
            log.info("Harvested {}: {} triples, {} issues", source.id(), triples, report.issues().size());
        } else {
            log.warn("Harvest of {} failed: {}", source.id(), report.issues());
            store.apply(List.of(new GraphChange.Add(HarvestRunMapping.logGraphName(source.id()), HarvestRunMapping.toGraph(report, source))));
        }
        return report;
    }
}
