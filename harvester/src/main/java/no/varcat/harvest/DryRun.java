package no.varcat.harvest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;

import no.varcat.catalog.store.CatalogStore;
import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.fetch.FetchState;
import no.varcat.harvest.fetch.Fetched;
import no.varcat.harvest.fetch.HttpFetcher;

/**
 * A harvest that lands nowhere: the same reader, size cap, fetcher (time limits and address guard)
 * and profile check as {@link Harvester}, into a graph in memory that is handed back instead of
 * written. The store is only read, for the types of what the source points to, as the profile check
 * of a harvest reads them; nothing is written to it, or to the index, or logged as a run.
 */
public final class DryRun {

    private final SourceReaders readers;
    private final SourceOpener opener;
    private final ProfileCheck profileCheck;

    public DryRun(CatalogStore store, SourceReaders readers, SourceOpener opener) {
        this.readers = readers;
        this.opener = opener;
        this.profileCheck = new ProfileCheck(store);
    }

    /** The largest upload a check reads: a harvest's size cap. */
    public long maxBytes() {
        return opener.maxBytes();
    }

    /** Checks what an http(s) {@code source} serves now; any other location is refused, as a public caller gives it. */
    public DryRunResult fetchAndCheck(HarvestSource source) {
        IssueCollector issues = new IssueCollector();
        if (!HttpFetcher.handles(source.location())) {
            issues.add(Severity.FATAL, "Only http and https addresses can be checked, was " + source.location().getScheme(), -1, -1);
            return DryRunResult.failed(issues);
        }
        SourceReader reader = reader(source, issues);
        if (reader == null) {
            return DryRunResult.failed(issues);
        }
        try (Fetched content = opener.open(source, reader.mediaTypes(), FetchState.NONE, issues)) {
            if (!(content instanceof Fetched.Content body)) {
                issues.add(Severity.FATAL, "The server answered without content", -1, -1);
                return DryRunResult.failed(issues);
            }
            return check(source, reader, body.in(), body.contentType(), issues);
        } catch (IOException e) {
            issues.add(Severity.FATAL, "Cannot read " + source.location() + ": " + e.getMessage(), -1, -1);
            return DryRunResult.failed(issues);
        } catch (SourceFormatException e) {
            return DryRunResult.failed(issues);
        }
    }

    /**
     * Checks an uploaded file as if {@code source} served it; {@code bytes} longer than
     * {@link #maxBytes()} are refused unread, as a harvest refuses them.
     */
    public DryRunResult check(HarvestSource source, byte[] bytes, String contentType) {
        IssueCollector issues = new IssueCollector();
        if (bytes.length > maxBytes()) {
            issues.add(Severity.FATAL, "The file is larger than the size cap of " + maxBytes() + " bytes", -1, -1);
            return DryRunResult.failed(issues);
        }
        SourceReader reader = reader(source, issues);
        if (reader == null) {
            return DryRunResult.failed(issues);
        }
        try {
            return check(source, reader, new ByteArrayInputStream(bytes), contentType, issues);
        } catch (SourceFormatException e) {
            return DryRunResult.failed(issues);
        }
    }

    private SourceReader reader(HarvestSource source, IssueCollector issues) {
        SourceReader reader = readers.forFormat(source.format()).orElse(null);
        if (reader == null) {
            issues.add(Severity.FATAL, "Unknown format '" + source.format() + "'; known formats: " + readers.formats(), -1, -1);
        }
        return reader;
    }

    private DryRunResult check(HarvestSource source, SourceReader reader, InputStream in, String contentType, IssueCollector issues) {
        Graph scratch = GraphFactory.createDefaultGraph();
        reader.read(in, SourceContext.of(source).servedAs(contentType), StreamRDFLib.graph(scratch), issues);
        if (scratch.isEmpty()) {
            issues.add(Severity.FATAL, "The source is empty", -1, -1);
            return DryRunResult.failed(issues);
        }
        Graph skolemized = Skolemizer.skolemize(scratch, source.id());
        Map<String, String> leftOut = new LinkedHashMap<>();
        Graph left = GraphFactory.createDefaultGraph();
        for (Map.Entry<Node, String> register : ProfileCheck.leftOut(source, skolemized).entrySet()) {
            leftOut.put(register.getKey().getURI(), register.getValue());
        }
        Graph landing = profileCheck.apply(source, skolemized, issues);
        if (!leftOut.isEmpty()) {
            skolemized.find().filterDrop(landing::contains).forEach(left::add);
        }
        if (landing.isEmpty()) {
            issues.add(Severity.FATAL, "Nothing in the source conforms to the profile", -1, -1);
        }
        return new DryRunResult(issues.issues(), landing, left, leftOut, issues.httpStatus());
    }
}
