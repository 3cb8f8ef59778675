package no.varcat.harvest.codebook;

import java.io.InputStream;
import java.util.List;

import org.apache.jena.riot.system.StreamRDF;

import no.varcat.harvest.IssueCollector;
import no.varcat.harvest.SourceContext;
import no.varcat.harvest.SourceReader;
import no.varcat.harvest.input.SourceBytes;

/**
 * Reads a codebook from an .xlsx workbook, in the same layouts as {@link CsvCodebookReader}: the
 * sheets whose header has the layout's columns, into the source's register (preset {@code mrs}: the
 * "N-Form-felter" sheets), or with preset {@code sheets} every sheet as a register of its own (row
 * numbers are Excel's, columns 1-based from A).
 */
public final class XlsxCodebookReader implements SourceReader {

    /** The format key sources use for this reader. */
    public static final String FORMAT = "codebook-xlsx";

    @Override
    public List<String> mediaTypes() {
        return List.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Override
    public void read(InputStream in, SourceContext context, StreamRDF sink, IssueCollector issues) {
        CodebookJob job = CodebookJob.of(context, FORMAT, issues);
        if (job.layout().registers() == CodebookLayout.Registers.SHEET) {
            job.emitSheets(SheetRows.readAll(SourceBytes.read(in, issues), issues), sink, issues);
            return;
        }
        job.emitWorkbook(SheetRows.readAll(SourceBytes.read(in, issues), issues), sink, issues);
    }

    /** An .xlsx codebook does not name its register; this fails, saying the source must. */
    @Override
    public void read(InputStream in, String baseIri, StreamRDF sink, IssueCollector issues) {
        read(in, new SourceContext(baseIri, null, null), sink, issues);
    }
}
