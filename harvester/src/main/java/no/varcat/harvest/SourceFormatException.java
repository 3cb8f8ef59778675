package no.varcat.harvest;

import no.varcat.harvest.HarvestIssue.Severity;

/** The content of a source cannot be read at all; the issues collected say where and why. */
public class SourceFormatException extends RuntimeException {

    public SourceFormatException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Records a fatal issue (line and column -1 when unknown) and returns the exception a reader throws to stop. */
    public static SourceFormatException fatal(IssueCollector issues, String message, long line, long column) {
        return fatal(issues, message, line, column, null);
    }

    public static SourceFormatException fatal(IssueCollector issues, String message, long line, long column, Throwable cause) {
        issues.add(Severity.FATAL, message, line, column);
        return new SourceFormatException(message, cause);
    }
}
