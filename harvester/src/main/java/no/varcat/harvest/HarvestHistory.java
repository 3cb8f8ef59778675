package no.varcat.harvest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.query.ParameterizedSparqlString;

import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.store.GraphChange;
import no.varcat.catalog.store.Iris;
import no.varcat.harvest.fetch.FetchState;
import no.varcat.vocab.Prefixes;

/** The harvest runs of a source, read back from its log graph: what the admin pages show per source. */
public final class HarvestHistory {

    private final CatalogStore store;

    public HarvestHistory(CatalogStore store) {
        this.store = store;
    }

    /**
     * Every recorded run of the source, newest first, each with its issues in the order found; a
     * successful run also with its {@link VariableChanges} and the validators of its fetch.
     */
    public List<HarvestReport> runs(String sourceId) {
        Map<String, List<HarvestIssue>> issuesByRun = new HashMap<>();
        store.select(query(HarvestRunMapping.SELECT_ISSUES, sourceId), row -> issuesByRun
                .computeIfAbsent(row.getResource("run").getURI(), k -> new ArrayList<>())
                .add(HarvestRunMapping.readIssue(row)));
        return runs(sourceId, HarvestRunMapping.SELECT_RUNS, issuesByRun);
    }

    /**
     * The newest recorded run of the source, without its issues: for lists of sources, which would
     * otherwise read every run of every source.
     */
    public Optional<HarvestReport> latest(String sourceId) {
        return runs(sourceId, HarvestRunMapping.SELECT_RUNS + "LIMIT 1\n", Map.of()).stream().findFirst();
    }

    /** A recorded run: its IRI and when it ended. */
    public record RunRecord(String iri, java.time.Instant ended) {
    }

    /** The source's newest run that succeeded, as the provenance of what its graph now holds. */
    public Optional<RunRecord> latestSucceeded(String sourceId) {
        RunRecord[] found = {null};
        store.select(query(HarvestRunMapping.SELECT_LATEST_SUCCEEDED, sourceId), row -> found[0] = new RunRecord(
                row.getResource("run").getURI(), java.time.Instant.parse(row.getLiteral("ended").getLexicalForm())));
        return Optional.ofNullable(found[0]);
    }

    /**
     * The newest recorded run of every source that has one, by source id, without issues: one query
     * reading one run per source (through {@code varcat:latestRun}), for the admin's list of sources.
     */
    public Map<String, HarvestReport> latestOfAll() {
        Map<String, HarvestReport> latest = new HashMap<>();
        store.select(Prefixes.sparqlPrologue() + HarvestRunMapping.SELECT_LATEST_RUNS, row -> {
            String sourceId = row.get("wanted").isURIResource() ? HarvestRunMapping.sourceId(row.getResource("wanted").getURI()) : null;
            if (sourceId != null) {
                latest.merge(sourceId, HarvestRunMapping.readRun(sourceId, row, List.of()),
                        (a, b) -> a.started().isAfter(b.started()) ? a : b);
            }
        });
        return latest;
    }

    /**
     * Once per store: points each log written before {@code varcat:latestRun} existed at its newest
     * run. Reads every log graph that lacks the pointer (at most {@link HarvestLog#KEEP} runs each).
     *
     * @return how many logs got their pointer
     */
    public int pointLogsToTheirLatestRun() {
        String prefix = HarvestRunMapping.logGraphName("");
        List<GraphChange> changes = new ArrayList<>();
        for (String graphName : store.graphNames()) {
            if (graphName.startsWith(prefix)) {
                HarvestLog.pointToLatest(graphName, store.readGraph(graphName)).ifPresent(changes::add);
            }
        }
        if (!changes.isEmpty()) {
            store.apply(changes);
        }
        return changes.size();
    }

    /**
     * The validators the newest successful run recorded (the fetch that gave the source's current
     * graph), for a conditional GET after a restart; {@link FetchState#NONE} when there are none.
     * Reads no issues: every bundled source asks this on each start.
     */
    public FetchState lastFetchState(String sourceId) {
        return runs(sourceId, HarvestRunMapping.SELECT_RUNS, Map.of()).stream()
                .filter(HarvestReport::succeeded)
                .findFirst()
                .map(HarvestReport::fetchState)
                .orElse(FetchState.NONE);
    }

    /**
     * What the newest successful harvest said about one resource, e.g. the profile warnings about a
     * register that landed incomplete, in the order found: for the resource's own page.
     */
    public List<HarvestIssue> latestAbout(String resourceIri) {
        List<HarvestIssue> issues = new ArrayList<>();
        if (!Iris.isAbsolute(resourceIri)) {
            return issues;
        }
        ParameterizedSparqlString query = new ParameterizedSparqlString(Prefixes.sparqlPrologue()
                + HarvestRunMapping.SELECT_ISSUES_ABOUT);
        query.setIri("about", resourceIri);
        store.select(query.toString(), row -> {
            HarvestIssue issue = HarvestRunMapping.readIssue(row);
            issues.add(new HarvestIssue(issue.severity(), issue.message(), issue.line(), issue.column(), resourceIri));
        });
        return issues;
    }

    /**
     * What the run that wrote the source's current graph said about its resources (the registers'
     * warnings), in the order found; empty when no run did.
     */
    public List<HarvestIssue> aboutCurrentContent(HarvestSource source) {
        List<HarvestIssue> issues = new ArrayList<>();
        ParameterizedSparqlString query = new ParameterizedSparqlString(Prefixes.sparqlPrologue()
                + HarvestRunMapping.SELECT_ISSUES_OF_CURRENT_CONTENT);
        query.setIri("graph", source.graphName());
        store.select(query.toString(), row -> issues.add(HarvestRunMapping.readIssue(row)));
        return issues;
    }

    /** The runs {@code pattern} selects, newest first, each with its issues from {@code issuesByRun}. */
    private List<HarvestReport> runs(String sourceId, String pattern, Map<String, List<HarvestIssue>> issuesByRun) {
        List<HarvestReport> runs = new ArrayList<>();
        store.select(query(pattern, sourceId), row -> runs.add(HarvestRunMapping.readRun(sourceId, row,
                issuesByRun.getOrDefault(row.getResource("run").getURI(), List.of()))));
        return runs;
    }

    private static String query(String pattern, String sourceId) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(Prefixes.sparqlPrologue() + pattern);
        query.setIri("wanted", HarvestRunMapping.sourceIri(sourceId));
        return query.toString();
    }
}
