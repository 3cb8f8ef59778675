package no.varcat.harvest.codebook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.function.Function;

import org.apache.jena.riot.system.StreamRDF;

import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.IssueCollector;
import no.varcat.harvest.SourceContext;
import no.varcat.harvest.SourceFormatException;
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
        String register = context.registerIri();
        if (register == null || register.isBlank()) {
            throw SourceFormatException.fatal(issues, "Format " + format + " does not name its register: set the source's register "
                    + "to the register's IRI (e.g. https://sample.varcat.no/fhi/mfr)", -1, -1);
        }
        if (!isAbsoluteIri(register.strip())) {
            throw SourceFormatException.fatal(issues, "The source's register '" + register + "' is not an absolute IRI", -1, -1);
        }
        CodebookLayout layout = CodebookLayout.forPreset(context.preset()).orElseThrow(() -> SourceFormatException.fatal(issues,
                "Unknown preset '" + context.preset() + "' for " + format + "; known presets: "
                        + String.join(", ", CodebookLayout.presetNames()), -1, -1));
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
            CodebookTriples triples = new CodebookTriples(sink, register);
            VariableAssembler variables = new VariableAssembler(new RowInterpreter(layout, issues), issues, triples::write);
            for (RawRow row : filled.subList(1, filled.size())) {
                if (row.cells().size() != columns.width()) {
                    issues.add(Severity.WARNING, "Row has " + row.cells().size() + " cells where the header has "
                            + columns.width() + "; skipped", row.line(), -1);
                } else {
                    variables.accept(columns.row(row));
                }
            }
            variables.finish();
        } finally {
            sink.finish();
        }
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
