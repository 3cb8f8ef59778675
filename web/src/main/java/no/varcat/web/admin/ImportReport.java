package no.varcat.web.admin;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/**
 * What an import of sources did, row by row, in the file's order.
 */
public record ImportReport(List<RowResult> rows) {

    public ImportReport {
        rows = List.copyOf(rows);
    }

    public long created() {
        return count(Outcome.CREATED);
    }

    public long updated() {
        return count(Outcome.UPDATED);
    }

    public long unchanged() {
        return count(Outcome.UNCHANGED);
    }

    public long refused() {
        return count(Outcome.REFUSED);
    }

    private long count(Outcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    public enum Outcome { CREATED, UPDATED, UNCHANGED, REFUSED }

    /**
     * One row.
     *
     * @param line           the line it starts on
     * @param id             the source's id as the row gives it (null when empty)
     * @param harvestStarted a run of the source was asked for: it is new, or read another way
     * @param faults         why it was refused; empty otherwise
     */
    public record RowResult(long line, String id, Outcome outcome, boolean harvestStarted, List<RowFault> faults) {

        public RowResult {
            faults = List.copyOf(faults);
        }
    }

    /**
     * A fault of a row's cell.
     *
     * @param column       the column's name
     * @param columnNumber its position in the header, counted from 1
     * @param message      what is wrong: a message code with an English default
     */
    public record RowFault(String column, int columnNumber, MessageSourceResolvable message) {
    }
}
