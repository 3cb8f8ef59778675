package no.varcat.web.admin;

import java.util.List;

/** An import's report as the admin JSON API writes it: the counts, then each row; messages in English. */
record ImportJson(long created, long updated, long unchanged, long refused, List<RowJson> rows) {

    static ImportJson of(ImportReport report) {
        return new ImportJson(report.created(), report.updated(), report.unchanged(), report.refused(),
                report.rows().stream().map(RowJson::of).toList());
    }

    /** @param harvestStarted a run of the source was asked for: it is new, or read another way */
    record RowJson(long line, String id, String outcome, boolean harvestStarted, List<FaultJson> errors) {

        static RowJson of(ImportReport.RowResult row) {
            return new RowJson(row.line(), row.id(), row.outcome().name(), row.harvestStarted(),
                    row.faults().stream().map(f -> new FaultJson(f.column(), f.columnNumber(), f.message().getDefaultMessage())).toList());
        }
    }

    /** @param columnNumber the column's position in the header, counted from 1 */
    record FaultJson(String column, int columnNumber, String message) {
    }
}
