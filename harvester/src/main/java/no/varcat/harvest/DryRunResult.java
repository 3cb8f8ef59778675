package no.varcat.harvest;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;

import no.varcat.harvest.HarvestIssue.Severity;

/**
 * What a {@link DryRun} found.
 *
 * @param issues     what a harvest's report would say, in its order
 * @param landing    what a harvest would write to the source's graph; empty when nothing would land
 * @param leftOut    what the profile check takes out with the registers it leaves out
 * @param leftOutWhy the IRIs of the registers left out, each with the reason, in words for its publisher
 * @param httpStatus the status the fetch ended on; null for an upload or when no response came
 */
public record DryRunResult(List<HarvestIssue> issues, Graph landing, Graph leftOut, Map<String, String> leftOutWhy,
        Integer httpStatus) {

    public DryRunResult {
        issues = List.copyOf(issues);
        leftOutWhy = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(leftOutWhy));
    }

    static DryRunResult failed(IssueCollector issues) {
        return new DryRunResult(issues.issues(), GraphFactory.createDefaultGraph(), GraphFactory.createDefaultGraph(), Map.of(),
                issues.httpStatus());
    }

    /** Whether a harvest of the same content would write it. */
    public boolean wouldLand() {
        return !landing.isEmpty() && issues.stream().noneMatch(i -> i.severity() == Severity.FATAL);
    }
}
