package no.varcat.harvest.indicator;

import no.varcat.harvest.HarvestIssue.Severity;

/**
 * Why one indicator or data row is skipped. The reader reports it where the entry starts and goes
 * on: one bad entry must not cost the register its other indicators.
 */
final class EntryProblem extends RuntimeException {

    private final Severity severity;

    EntryProblem(Severity severity, String message) {
        super(message, null, false, false);
        this.severity = severity;
    }

    static EntryProblem error(String message) {
        return new EntryProblem(Severity.ERROR, message);
    }

    static EntryProblem warning(String message) {
        return new EntryProblem(Severity.WARNING, message);
    }

    Severity severity() {
        return severity;
    }
}
