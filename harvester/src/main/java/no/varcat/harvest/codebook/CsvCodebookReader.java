package no.varcat.harvest.codebook;

import java.io.InputStream;
import java.util.List;

import org.apache.jena.riot.system.StreamRDF;

import no.varcat.harvest.IssueCollector;
import no.varcat.harvest.SourceContext;
import no.varcat.harvest.SourceReader;
import no.varcat.harvest.input.SourceText;

/**
 * Reads a CSV codebook, preset {@code kodebok} (the quality registers' MRS/OQR export, the
 * default) or {@code plain}, into variables of the source's register (docs/source-formats.md).
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
        job.emit(CsvRows.parse(source, job.layout().delimiter(), issues), sink, issues,
                header -> HeaderDiagnosis.csv(firstLine(source.text()), job.layout()));
    }

    /** A CSV codebook does not name its register; this fails, saying the source must. */
    @Override
    public void read(InputStream in, String baseIri, StreamRDF sink, IssueCollector issues) {
        read(in, new SourceContext(baseIri, null, null), sink, issues);
    }

    private static String firstLine(String text) {
        return text.strip().lines().findFirst().orElse("");
    }
}
