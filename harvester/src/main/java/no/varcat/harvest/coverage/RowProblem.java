package no.varcat.harvest.coverage;

import no.varcat.harvest.HarvestIssue.Severity;

/**
 * Why one row gives no coverage rate. The reader reports it at the row's line and the cell's
 * column and goes on with the next row: one bad row must not cost the register its other rates.
 *
 * @param column 1-based field position in the row, or -1 when no single cell is to blame
 */
final class RowProblem extends RuntimeException {

    private final Severity severity;
    private final long column;

    RowProblem(Severity severity, String message, long column) {
        super(message, null, false, false);
        this.severity = severity;
        this.column = column;
    }

    static RowProblem error(String message, long column) {
        return new RowProblem(Severity.ERROR, message, column);
    }

    Severity severity() {
        return severity;
    }

    long column() {
        return column;
    }
}
