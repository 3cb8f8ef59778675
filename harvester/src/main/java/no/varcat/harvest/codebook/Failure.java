package no.varcat.harvest.codebook;

import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.IssueCollector;
import no.varcat.harvest.SourceFormatException;

/** A problem that stops the read: recorded as a fatal issue first, as {@link SourceFormatException} asks. */
final class Failure {

    private Failure() {
    }

    static SourceFormatException fatal(IssueCollector issues, String message, long line, long column) {
        return fatal(issues, message, line, column, null);
    }

    static SourceFormatException fatal(IssueCollector issues, String message, long line, long column, Throwable cause) {
        issues.add(Severity.FATAL, message, line, column);
        return new SourceFormatException(message, cause);
    }
}
