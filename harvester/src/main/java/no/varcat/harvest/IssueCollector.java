package no.varcat.harvest;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;

import no.varcat.harvest.HarvestIssue.Severity;

/**
 * Collects what a harvest report says about the source: its issues, and the HTTP status of the
 * response it was read from. Also Jena's {@link ErrorHandler}, so RDF parsers report with line and
 * column; errors are recorded and parsing stops, as a half-read source must not replace a good one.
 */
public final class IssueCollector implements ErrorHandler {

    private final List<HarvestIssue> issues = new ArrayList<>();
    private Integer httpStatus;

    /** The status of the last HTTP response, the one the run ended on (after redirects and retries). */
    public void httpStatus(int status) {
        httpStatus = status;
    }

    /** Null when the source was not fetched over HTTP, or no response came. */
    public Integer httpStatus() {
        return httpStatus;
    }

    public void add(Severity severity, String message, long line, long column) {
        issues.add(new HarvestIssue(severity, message, line, column));
    }

    /** An issue about one resource of the source, e.g. a register the profile check found incomplete. */
    public void addAbout(Severity severity, String message, String about) {
        issues.add(new HarvestIssue(severity, message, -1, -1, about));
    }

    public List<HarvestIssue> issues() {
        return List.copyOf(issues);
    }

    public boolean hasErrors() {
        return issues.stream().anyMatch(i -> i.severity() != Severity.WARNING);
    }

    @Override
    public void warning(String message, long line, long col) {
        add(Severity.WARNING, message, line, col);
    }

    @Override
    public void error(String message, long line, long col) {
        add(Severity.ERROR, message, line, col);
        throw new RiotException(message);
    }

    @Override
    public void fatal(String message, long line, long col) {
        add(Severity.FATAL, message, line, col);
        throw new RiotException(message);
    }
}
