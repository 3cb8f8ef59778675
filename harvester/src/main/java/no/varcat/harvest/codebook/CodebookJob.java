package no.varcat.harvest.codebook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.riot.system.StreamRDF;

import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.IssueCollector;
import no.varcat.harvest.SourceContext;
import no.varcat.harvest.SourceFormatException;
import no.varcat.harvest.codebook.CodebookLayout.Registers;
import no.varcat.harvest.input.Iris;

/**
 * One read of a codebook, whatever holds its rows: the layout and the register from the source's
 * configuration, and the steps from rows to triples both the CSV and the xlsx reader take.
 *
 * @param register the register's IRI without trailing slash, under which variables are minted
 */
record CodebookJob(CodebookLayout layout, String register) {

    /** Checks what the configuration must give: a register to put the variables in, a known preset. */
    static CodebookJob of(SourceContext context, String format, IssueCollector issues) {
        CodebookLayout layout = CodebookLayout.forPreset(context.preset()).orElseThrow(() -> SourceFormatException.fatal(issues,
                "Unknown preset '" + context.preset() + "' for " + format + "; known presets: "
                        + String.join(", ", CodebookLayout.presetNames()), -1, -1));
        String register = context.registerIri();
        if ((register == null || register.isBlank()) && layout.registers() != Registers.SOURCE) {
            // The file names its registers; they are minted under the source's location.
            register = context.baseIri();
        }
        if (register == null || register.isBlank()) {
            throw SourceFormatException.fatal(issues, "Format " + format + " does not name its register: set the source's register "
                    + "to the register's IRI (e.g. https://sample.varcat.no/fhi/mfr)", -1, -1);
        }
        if (!isAbsoluteIri(register.strip())) {
            throw SourceFormatException.fatal(issues, "The source's register '" + register + "' is not an absolute IRI", -1, -1);
        }
        return new CodebookJob(layout, Iris.base(register));
    }

    /**
     * Reads the rows, the first non-blank one being the header, and writes the variables.
     *
     * @param headerHint why a header may lack the layout's columns, said after the missing names
     */
    void emit(List<RawRow> rows, StreamRDF sink, IssueCollector issues, Function<List<String>, String> headerHint) {
        List<RawRow> filled = rows.stream().filter(row -> !row.isBlank()).toList();
        if (filled.isEmpty()) {
            throw SourceFormatException.fatal(issues, "The file has no rows", -1, -1);
        }
        RawRow header = filled.get(0);
        BoundColumns columns = BoundColumns.bind(layout, header.cells());
        if (!columns.missing().isEmpty()) {
            throw SourceFormatException.fatal(issues, "The header lacks " + String.join(", ", columns.missing())
                    + ", needed by preset " + layout.name() + headerHint.apply(header.cells()), header.line(), -1);
        }
        if (filled.size() == 1) {
            throw SourceFormatException.fatal(issues, "The file has a header but no variables", header.line(), -1);
        }
        sink.start();
        try {
            CodebookTriples.prefixes(sink);
            List<CodebookRow> data = bound(columns, filled.subList(1, filled.size()), issues);
            if (layout.registers() == Registers.ROW) {
                byRegister(data, issues).forEach((name, rowsOf) -> {
                    String iri = register + "/" + Iris.segment(name);
                    new CodebookTriples(sink, iri).dataset(rowsOf.get(0).text(Column.REGISTER_TITLE), name, layout.language());
                    variables(iri, rowsOf, sink, issues);
                });
            } else {
                variables(register, data, sink, issues);
            }
        } finally {
            sink.finish();
        }
    }

    /**
     * Reads a workbook's sheets as a register each ({@link Registers#SHEET}); a sheet whose header
     * lacks the layout's columns (a cover or overview sheet) is skipped with a note.
     */
    void emitSheets(List<SheetRows.NamedSheet> sheets, StreamRDF sink, IssueCollector issues) {
        sink.start();
        int read = 0;
        try {
            CodebookTriples.prefixes(sink);
            for (SheetRows.NamedSheet sheet : sheets) {
                if (sheet.name().strip().equalsIgnoreCase("Template")) {
                    issues.add(Severity.WARNING, "Sheet '" + sheet.name() + "' is a blank form; skipped", -1, -1);
                    continue;
                }
                List<RawRow> filled = sheet.rows().stream().filter(row -> !row.isBlank()).toList();
                if (filled.size() < 2) {
                    issues.add(Severity.WARNING, "Sheet '" + sheet.name() + "' has no variables; skipped", -1, -1);
                    continue;
                }
                BoundColumns columns = BoundColumns.bind(layout, filled.get(0).cells());
                if (!columns.missing().isEmpty()) {
                    issues.add(Severity.WARNING, "Sheet '" + sheet.name() + "' lacks " + String.join(", ", columns.missing())
                            + ", so it is not a variable list; skipped", filled.get(0).line(), -1);
                    continue;
                }
                String iri = register + "/" + slug(sheet.name());
                new CodebookTriples(sink, iri).dataset(sheet.name().strip(), sheet.name().strip(), layout.language());
                variables(iri, bound(columns, filled.subList(1, filled.size()), issues), sink, issues);
                read++;
            }
        } finally {
            sink.finish();
        }
        if (read == 0) {
            throw SourceFormatException.fatal(issues, "No sheet has the columns " + String.join(", ",
                    BoundColumns.bind(layout, List.of()).missing()) + " preset " + layout.name() + " needs", -1, -1);
        }
    }

    /** A sheet name as an IRI segment: "Adverse events (clotting)" is adverse-events-clotting. */
    static String slug(String sheetName) {
        String slug = sheetName.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? Iris.segment(sheetName.strip()) : slug;
    }

    private static List<CodebookRow> bound(BoundColumns columns, List<RawRow> rows, IssueCollector issues) {
        List<CodebookRow> bound = new ArrayList<>();
        for (RawRow row : rows) {
            if (row.cells().size() != columns.width()) {
                issues.add(Severity.WARNING, "Row has " + row.cells().size() + " cells where the header has "
                        + columns.width() + "; skipped", row.line(), -1);
            } else {
                bound.add(columns.row(row));
            }
        }
        return bound;
    }

    /** Rows by their register's name, in file order; a row without one is skipped. */
    private static Map<String, List<CodebookRow>> byRegister(List<CodebookRow> rows, IssueCollector issues) {
        Map<String, List<CodebookRow>> registers = new LinkedHashMap<>();
        for (CodebookRow row : rows) {
            if (row.has(Column.REGISTER)) {
                registers.computeIfAbsent(row.text(Column.REGISTER), name -> new ArrayList<>()).add(row);
            } else {
                issues.add(Severity.WARNING, "Row names no register; skipped", row.line(), row.column(Column.REGISTER));
            }
        }
        return registers;
    }

    private void variables(String registerIri, List<CodebookRow> rows, StreamRDF sink, IssueCollector issues) {
        CodebookTriples triples = new CodebookTriples(sink, registerIri);
        VariableAssembler variables = new VariableAssembler(new RowInterpreter(layout, issues), issues, triples::write);
        rows.forEach(variables::accept);
        variables.finish();
    }

    private static boolean isAbsoluteIri(String iri) {
        try {
            URI uri = new URI(iri);
            return uri.isAbsolute() && uri.getRawSchemeSpecificPart() != null && !uri.getRawSchemeSpecificPart().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
