package no.varcat.harvest;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.varcat.catalog.qualityscore.QualityGraph;
import no.varcat.catalog.resource.ResourceIdTriples;
import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.store.GraphChange;
import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.HarvestReport.Outcome;
import no.varcat.harvest.fetch.FetchState;
import no.varcat.harvest.fetch.Fetched;

/**
 * Runs one harvest of one source: open, read into a scratch graph, and only if that worked
 * replace the source's named graph in one transaction (with the runs going on at the same time:
 * {@link GroupCommit}). A failure leaves the source's graph as it was. Every run, failed or not, is recorded in the source's log graph ({@link HarvestHistory}),
 * except one that found an http(s) source unchanged (304): that writes nothing at all.
 */
public final class Harvester {

    private static final Logger log = LoggerFactory.getLogger(Harvester.class);

    private final CatalogStore store;
    private final SourceReaders readers;
    private final SourceOpener opener;
    private final Clock clock;
    private final ProfileCheck profileCheck;
    private final HarvestHook hook;
    private final GroupCommit commits;

    public Harvester(CatalogStore store, SourceReaders readers, SourceOpener opener, Clock clock) {
        this(store, readers, opener, clock, HarvestHook.NONE);
    }

    /** With {@code hook} adding its own changes to each successful run's transaction. */
    public Harvester(CatalogStore store, SourceReaders readers, SourceOpener opener, Clock clock, HarvestHook hook) {
        this(store, readers, opener, clock, hook, new GroupCommit(store));
    }

    /** With {@code commits} committing the writes of runs going on at once together. */
    public Harvester(CatalogStore store, SourceReaders readers, SourceOpener opener, Clock clock, HarvestHook hook, GroupCommit commits) {
        this.hook = hook;
        this.commits = commits;
        this.store = store;
        this.readers = readers;
        this.opener = opener;
        this.clock = clock;
        this.profileCheck = new ProfileCheck(store);
    }

    public HarvestReport harvest(HarvestSource source) {
        return harvest(source, FetchState.NONE);
    }

    /**
     * Harvests an http(s) source only if it changed since the fetch {@code previous} describes: a
     * 304 Not Modified gives {@link Outcome#UNCHANGED} and writes nothing, not even the log. Keep
     * the report's {@link HarvestReport#fetchState()} for the next run.
     */
    public HarvestReport harvest(HarvestSource source, FetchState previous) {
        return harvest(source, previous, HarvestProgress.NONE);
    }

    /**
     * As {@link #harvest(HarvestSource, FetchState)}, telling {@code progress} each
     * {@link HarvestPhase} the run enters.
     */
    public HarvestReport harvest(HarvestSource source, FetchState previous, HarvestProgress progress) {
        // Without the source's graph in the store, "unchanged" would keep nothing: fetch it all.
        FetchState known = previous == null ? FetchState.NONE : previous;
        boolean conditional = known != FetchState.NONE && store.graphNames().contains(source.graphName());
        HarvestReport report;
        try (GroupCommit.Run pending = commits.begin()) {
            report = run(source, conditional ? known : FetchState.NONE, progress == null ? HarvestProgress.NONE : progress, pending);
        }
        boolean newState = report.succeeded()
                || report.outcome() == Outcome.UNCHANGED && report.fetchState() != null && report.fetchState() != FetchState.NONE;
        return newState ? report : report.withFetchState(known);
    }

    private HarvestReport run(HarvestSource source, FetchState previous, HarvestProgress progress, GroupCommit.Run pending) {
        Instant started = clock.instant();
        IssueCollector issues = new IssueCollector();
        SourceReader reader = readers.forFormat(source.format()).orElse(null);
        if (reader == null) {
            issues.add(Severity.FATAL, "Unknown format '" + source.format() + "'; known formats: " + readers.formats(), -1, -1);
            return finish(source, started, Outcome.FAILED, 0, issues);
        }
        Graph scratch = GraphFactory.createDefaultGraph();
        FetchState fetched;
        progress.phase(HarvestPhase.FETCHING);
        try (Fetched content = opener.open(source, reader.mediaTypes(), previous, issues)) {
            if (!(content instanceof Fetched.Content body)) {
                return unchanged(source, started, issues);
            }
            progress.phase(HarvestPhase.READING);
            reader.read(body.in(), SourceContext.of(source).servedAs(body.contentType()), StreamRDFLib.graph(scratch), issues);
            fetched = body.state();
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
        progress.phase(HarvestPhase.CHECKING);
        Graph checked = profileCheck.apply(source, Skolemizer.skolemize(scratch, source.id()), issues);
        if (checked.isEmpty()) {
            issues.add(Severity.FATAL, "Nothing in the source conforms to the profile; the previous harvest is kept", -1, -1);
            return finish(source, started, Outcome.FAILED, 0, issues);
        }
        Graph stored = store.readGraph(source.graphName());
        if (sameTriples(stored, checked) && sameWarnings(source, issues)) {
            // Served again without a 304, but the same content: nothing to write, nothing to reindex.
            return unchanged(source, started, issues).withFetchState(fetched);
        }
        ChangeSet changes = ChangeSet.between(stored, checked, store);
        VariableChanges variables = changes.variables();
        progress.phase(HarvestPhase.WRITING);
        HarvestReport report = finish(source, started, Outcome.SUCCEEDED, checked.size(), issues)
                .withFetchState(fetched).withVariables(variables);
        Graph run = HarvestRunMapping.toGraph(report, source);
        // The data, its log entry and its changes land in one transaction: neither log claims what the store lacks.
        // The ids of the resources' URLs land with them, so every harvested resource can be looked up.
        List<GraphChange> writes = new ArrayList<>(List.of(new GraphChange.Replace(source.graphName(), checked),
                new GraphChange.Replace(HarvestSource.idsGraphNameFor(source.id()), ResourceIdTriples.of(checked)),
                new GraphChange.Replace(RemovedVariables.graphName(source.id()),
                        RemovedVariables.record(store.readGraph(RemovedVariables.graphName(source.id())), stored, checked,
                                LocalDate.ofInstant(started, ZoneOffset.UTC))),
                HarvestLog.record(store, source.id(), run),
                changes.logged(HarvestRunMapping.runIri(run), report.finished())));
        // The quality score of what this run wrote, computed from its graph alone, linked to the run.
        writes.addAll(QualityGraph.afterRun(store, source.id(), checked, HarvestRunMapping.runIri(run), report.finished()));
        writes.addAll(hook.alsoWrite(source, checked));
        // Committed together with the runs going on at the same time, if any; returns once committed.
        pending.commit(writes);
        log.info("Harvested {}: {} triples, {}, {} issues", source.id(), checked.size(), variables, report.issues().size());
        return report;
    }

    /**
     * Readers mint IRIs for everything, so equal content is equal triples. A source with blank nodes
     * never compares equal (their labels differ per parse) and is simply written again.
     */
    private static boolean sameTriples(Graph stored, Graph harvested) {
        return stored.size() == harvested.size() && !harvested.find().filterDrop(stored::contains).hasNext();
    }

    /**
     * Whether the run that wrote the stored graph said what this one says about its registers. Equal
     * triples can be judged otherwise (a newer profile, or what they point to harvested since): then
     * the run is recorded, as a run that writes, so that the registers' pages show what is said of
     * their content now.
     */
    private boolean sameWarnings(HarvestSource source, IssueCollector issues) {
        List<HarvestIssue> now = issues.issues().stream().filter(i -> i.about() != null).toList();
        List<HarvestIssue> recorded = new HarvestHistory(store).aboutCurrentContent(source);
        return now.equals(recorded);
    }

    private HarvestReport unchanged(HarvestSource source, Instant started, IssueCollector issues) {
        log.info("{} has not changed since it was last harvested", source.id());
        scoreIfNeverScored(source);
        return new HarvestReport(source.id(), started, clock.instant(), Outcome.UNCHANGED, 0, issues.issues())
                .withHttpStatus(issues.httpStatus());
    }

    /**
     * A source last changed before quality scores were kept has none, and an unchanged run writes
     * nothing: score what is stored once, linked to the run that stored it. Bounded by the source.
     */
    private void scoreIfNeverScored(HarvestSource source) {
        Set<String> graphs = store.graphNames();
        if (graphs.contains(QualityGraph.latestGraphName(source.id())) || !graphs.contains(source.graphName())) {
            return;
        }
        new HarvestHistory(store).latestSucceeded(source.id()).ifPresent(run -> {
            store.apply(QualityGraph.afterRun(store, source.id(), store.readGraph(source.graphName()), run.iri(), run.ended()));
            log.info("Scored {} from its stored graph, as of its run {}", source.id(), run.iri());
        });
    }

    private HarvestReport finish(HarvestSource source, Instant started, Outcome outcome, long triples, IssueCollector issues) {
        HarvestReport report = new HarvestReport(source.id(), started, clock.instant(), outcome, triples, issues.issues())
                .withHttpStatus(issues.httpStatus());
        if (!report.succeeded()) {
            log.warn("Harvest of {} failed: {}", source.id(), report.issues());
            store.apply(List.of(HarvestLog.record(store, source.id(), HarvestRunMapping.toGraph(report, source))));
        }
        return report;
    }
}
