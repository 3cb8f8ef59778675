package no.varcat.web.admin;

import java.time.Instant;
import java.util.List;

import no.varcat.harvest.HarvestIssue;
import no.varcat.harvest.HarvestReport;
import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.VariableChanges;

/**
 * A source as the admin JSON API writes it: its settings, where they live, and its last run.
 * {@code busy}: a run is asked for or going on; {@code queued}: asked for, waiting for a free harvest
 * thread; {@code phase}: the phase of the run going on.
 */
record SourceJson(String id, String title, String location, String format, String preset, String columns, String register, String schedule,
        String authHeaderEnv, String origin, boolean editable, boolean busy, boolean queued, String phase, RunJson lastRun) {

    static SourceJson of(SourceStatus status) {
        HarvestSource s = status.source().registration().source();
        return new SourceJson(s.id(), s.title(), s.location().toString(), s.format(), s.preset(), s.columns(), s.register(),
                status.source().registration().schedule(), status.source().registration().authHeaderEnv(),
                status.source().origin().name(), status.source().editable(), status.busy(), status.queued(),
                status.running() == null ? null : status.running().phase().name(),
                status.lastRun() == null ? null : RunJson.of(status.lastRun()));
    }

    /** One harvest run; {@code httpStatus} is null for sources not fetched over HTTP; {@code variables} compares a successful run with what the store had (null for a failed run). */
    record RunJson(Instant started, Instant finished, String outcome, Integer httpStatus, long triples, VariableChanges variables,
            List<IssueJson> issues) {

        static RunJson of(HarvestReport run) {
            return new RunJson(run.started(), run.finished(), run.outcome().name(), run.httpStatus(), run.triples(),
                    run.succeeded() ? run.variables() : null, run.issues().stream().map(IssueJson::of).toList());
        }
    }

    /**
     * A problem a run found; line and column are left out when the format has no positions, {@code about}
     * (the IRI of the register it is about) when it is about the source as a whole.
     */
    record IssueJson(String severity, String message, Long line, Long column, String about) {

        static IssueJson of(HarvestIssue issue) {
            return new IssueJson(issue.severity().name(), issue.message(), issue.line() > 0 ? issue.line() : null,
                    issue.column() > 0 ? issue.column() : null, issue.about());
        }
    }
}
