package no.varcat.harvest;

import java.time.Instant;
import java.util.List;

import no.varcat.harvest.fetch.FetchState;

/**
 * What one harvest run of one source did. Returned on success and failure alike; a failed run
 * has left the store as it was.
 *
 * @param fetchState what to pass to the next harvest of the source for a conditional GET: new
 *                   validators after a successful run, the ones passed in otherwise;
 *                   {@link FetchState#NONE} for sources that are not fetched over HTTP. In
 *                   {@link HarvestHistory}, the validators a successful run recorded; NONE for
 *                   other runs
 * @param variables  how the source's variables compare with what the store had before a run that
 *                   wrote ({@code SUCCEEDED}); {@link VariableChanges#NONE} for other runs
 * @param httpStatus the status of the HTTP response the run ended on (after redirects and retries);
 *                   null for sources not fetched over HTTP, or when no response came
 */
public record HarvestReport(
        String sourceId,
        Instant started,
        Instant finished,
        Outcome outcome,
        long triples,
        List<HarvestIssue> issues,
        FetchState fetchState,
        VariableChanges variables,
        Integer httpStatus) {

    /**
     * {@code UNCHANGED}: the server answered a conditional GET with 304 Not Modified; nothing was
     * read and nothing written, not even to the source's log, so {@link HarvestHistory} does not list it.
     */
    public enum Outcome { SUCCEEDED, FAILED, UNCHANGED }

    public HarvestReport {
        issues = List.copyOf(issues);
        fetchState = fetchState == null ? FetchState.NONE : fetchState;
        variables = variables == null ? VariableChanges.NONE : variables;
    }

    public HarvestReport(String sourceId, Instant started, Instant finished, Outcome outcome, long triples, List<HarvestIssue> issues) {
        this(sourceId, started, finished, outcome, triples, issues, FetchState.NONE, VariableChanges.NONE, null);
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCEEDED;
    }

    public HarvestReport withFetchState(FetchState state) {
        return new HarvestReport(sourceId, started, finished, outcome, triples, issues, state, variables, httpStatus);
    }

    public HarvestReport withVariables(VariableChanges changes) {
        return new HarvestReport(sourceId, started, finished, outcome, triples, issues, fetchState, changes, httpStatus);
    }

    public HarvestReport withHttpStatus(Integer status) {
        return new HarvestReport(sourceId, started, finished, outcome, triples, issues, fetchState, variables, status);
    }
}
