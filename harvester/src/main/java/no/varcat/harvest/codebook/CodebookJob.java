package no.varcat.harvest.codebook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;

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
        CodebookLayout preset = CodebookLayout.forPreset(context.preset()).orElseThrow(() -> SourceFormatException.fatal(issues,
                "Unknown preset '" + context.preset() + "' for " + format + "; known presets: "
                        + String.join(", ", CodebookLayout.presetNames()), -1, -1));
        CodebookLayout layout = preset;
        if (context.columns() != null && !context.columns().isBlank()) {
            try {
                layout = layout.withColumns(ColumnMapping.parse(context.columns()));
            } catch (IllegalArgumentException e) {
                throw SourceFormatException.fatal(issues, "The source's columns setting: " + e.getMessage(), -1, -1);
            }
        }
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
        emit(rows, sink, issues, headerHint, null);
    }

    private void emit(List<RawRow> rows, StreamRDF sink, IssueCollector issues, Function<List<String>, String> headerHint, String form) {
        List<RawRow> filled = rows.stream().filter(row -> !row.isBlank()).toList();
        if (filled.isEmpty()) {
            throw SourceFormatException.fatal(issues, "The file has no rows", -1, -1);
        }
        RawRow header = filled.get(0);
        BoundColumns columns = BoundColumns.bind(layout, header.cells());
        if (!columns.missing().isEmpty()) {
            throw SourceFormatException.fatal(issues, "The header lacks " + String.join(", ", columns.missing())
                    + ", needed by " + layout.origin() + headerHint.apply(header.cells()), header.line(), -1);
        }
        if (filled.size() == 1) {
            throw SourceFormatException.fatal(issues, "The file has a header but no variables", header.line(), -1);
        }
        sink.start();
        try {
            CodebookTriples.prefixes(sink);
            List<CodebookRow> data = withForm(bound(columns, filled.subList(1, filled.size()), issues), form);
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

    /**
     * Reads a workbook into the source's register: every sheet whose header has the layout's
     * columns (of the sheets its {@link CodebookLayout#sheetForm} names, when it names some), in
     * workbook order, as one list of variables; a variable on several sheets is read from the first.
     * The form a sheet holds is the subject of its variables when their rows do not say.
     */
    void emitWorkbook(List<SheetRows.NamedSheet> sheets, StreamRDF sink, IssueCollector issues) {
        List<SheetRows.NamedSheet> candidates = new ArrayList<>();
        for (SheetRows.NamedSheet sheet : sheets) {
            boolean named = layout.sheetForm() == null || layout.sheetForm().matcher(sheet.name().strip()).matches();
            if (named && sheet.rows().stream().anyMatch(row -> !row.isBlank())) {
                candidates.add(sheet);
            }
        }
        if (candidates.isEmpty()) {
            throw SourceFormatException.fatal(issues, layout.sheetForm() == null ? "The file has no rows"
                    : "No sheet of the workbook is named like a form's field list (" + layout.sheetForm().pattern() + ", e.g. "
                    + "1-Innleggelse-felter), which " + layout.origin() + " reads; the sheets are "
                    + String.join(", ", sheets.stream().map(sheet -> "'" + sheet.name() + "'").toList()), -1, -1);
        }
        List<SheetRows.NamedSheet> readable = candidates.stream()
                .filter(sheet -> BoundColumns.bind(layout, firstFilled(sheet).cells()).missing().isEmpty()).toList();
        if (readable.size() <= 1) {
            // One sheet to read, or none: the single-sheet read says what is wrong with it, at its header.
            SheetRows.NamedSheet only = readable.isEmpty() ? candidates.get(0) : readable.get(0);
            emit(only.rows(), sink, issues, header -> HeaderDiagnosis.sheet(header, layout), form(only));
            return;
        }
        candidates.stream().filter(sheet -> !readable.contains(sheet)).forEach(sheet -> issues.add(Severity.WARNING, "Sheet '"
                + sheet.name() + "' lacks " + String.join(", ", BoundColumns.bind(layout, firstFilled(sheet).cells()).missing())
                + ", so it is not a variable list; skipped", firstFilled(sheet).line(), -1));
        sink.start();
        try {
            CodebookTriples.prefixes(sink);
            CodebookTriples triples = new CodebookTriples(sink, register);
            VariableAssembler variables = new VariableAssembler(new RowInterpreter(layout, issues), issues, triples::write);
            for (SheetRows.NamedSheet sheet : readable) {
                List<RawRow> filled = sheet.rows().stream().filter(row -> !row.isBlank()).toList();
                BoundColumns columns = BoundColumns.bind(layout, filled.get(0).cells());
                variables.sheet(sheet.name());
                withForm(bound(columns, filled.subList(1, filled.size()), issues), form(sheet)).forEach(variables::accept);
            }
            variables.close();
        } finally {
            sink.finish();
        }
    }

    private static RawRow firstFilled(SheetRows.NamedSheet sheet) {
        return sheet.rows().stream().filter(row -> !row.isBlank()).findFirst().orElseThrow();
    }

    /** The form a sheet holds, from its name as the layout's sheetForm reads it; null when it does not. */
    private String form(SheetRows.NamedSheet sheet) {
        if (layout.sheetForm() == null) {
            return null;
        }
        Matcher matcher = layout.sheetForm().matcher(sheet.name().strip());
        return matcher.matches() ? matcher.group(1) : null;
    }

    private static List<CodebookRow> withForm(List<CodebookRow> rows, String form) {
        return form == null ? rows : rows.stream().map(row -> row.orElse(Column.SUBJECT, form)).toList();
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
        variables.close();
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
