package no.varcat.harvest.codebook;

import java.io.InputStream;
import java.util.List;

import org.apache.jena.riot.system.StreamRDF;

import no.varcat.harvest.IssueCollector;
import no.varcat.harvest.SourceContext;
import no.varcat.harvest.SourceReader;
import no.varcat.harvest.input.CsvRecords;
import no.varcat.harvest.input.SourceText;

/**
 * Reads a delimited codebook (',', ';' or tab, as its header shows) in one of the presets of
 * {@link CodebookLayout} or with the source's own column mapping, into variables of the source's
 * register (docs/source-formats.md).
 */
public final class CsvCodebookReader implements SourceReader {

    /** The format key sources use for this reader. */
    public static final String FORMAT = "codebook-csv";

    @Override
    public List<String> mediaTypes() {
        return List.of("text/csv");
    }

    @Override
    public void read(InputStream in, SourceContext context, StreamRDF sink, IssueCollector issues) {
        CodebookJob job = CodebookJob.of(context, FORMAT, issues);
        SourceText source = SourceText.read(in, "CSV", issues);
        CsvRecords records = CsvRecords.open(source, CsvRecords.detectDelimiter(source.text(), job.layout().delimiter()), issues);
        List<RawRow> rows = records.readAll().stream().map(record -> new RawRow(record.line(), record.cells())).toList();
        job.emit(rows, sink, issues, header -> HeaderDiagnosis.csv(header, records.delimiter(), job.layout()));
    }

    /** A CSV codebook does not name its register; this fails, saying the source must. */
    @Override
    public void read(InputStream in, String baseIri, StreamRDF sink, IssueCollector issues) {
        read(in, new SourceContext(baseIri, null, null), sink, issues);
    }
}
