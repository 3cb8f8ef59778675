package no.varcat.harvest.coverage;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.riot.system.StreamRDF;

import no.varcat.catalog.quality.CoverageRate;
import no.varcat.catalog.quality.CoverageRateMapping;
import no.varcat.catalog.quality.IndicatorMeasurement;
import no.varcat.catalog.quality.QualityIndicatorMapping;
import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.IssueCollector;
import no.varcat.harvest.SourceContext;
import no.varcat.harvest.SourceFormatException;
import no.varcat.harvest.SourceReader;
import no.varcat.harvest.input.Iris;
import no.varcat.harvest.input.SourceText;

/**
 * Reads coverage rates (dekningsgrad) from CSV, preset {@code skde} (the default) or {@code plain}
 * (docs/source-formats.md), into {@link CoverageRate}s written by {@link CoverageRateMapping}.
 * A bad row is reported at its line and skipped; a file that cannot be coverage CSV at all (an HTML
 * page, the wrong delimiter, broken quoting) is fatal, so the previous harvest is kept.
 */
public final class CoverageCsvReader implements SourceReader {

    /** The format key sources use for this reader. */
    public static final String FORMAT = "coverage-csv";

    @Override
    public List<String> mediaTypes() {
        return List.of("text/csv");
    }

    @Override
    public void read(InputStream in, String baseIri, StreamRDF sink, IssueCollector issues) {
        read(in, new SourceContext(baseIri, null, null), sink, issues);
    }

    @Override
    public void read(InputStream in, SourceContext context, StreamRDF sink, IssueCollector issues) {
        CoverageLayout layout = layout(context, issues);
        SourceText source = SourceText.read(in, "CSV", issues);
        CsvTable table = CsvTable.open(source, layout.header().delimiter(), issues);
        String wrongHeader = HeaderCheck.problem(layout.header(), table.header(), table.headerLine());
        if (wrongHeader != null) {
            throw SourceFormatException.fatal(issues, wrongHeader, source.lineAt(source.text().indexOf(table.headerLine())), -1);
        }
        sink.start();
        try {
            Map<String, Long> seen = new HashMap<>();
            int[] rows = {0};
            table.forEachRow(issues, row -> {
                if (row.isBlank()) {
                    // Nothing was meant: a spreadsheet's empty rows, saved as ";;;;".
                    return;
                }
                rows[0]++;
                if (indicatorValue(layout, row, seen, sink, issues)) {
                    return;
                }
                CoverageRate rate = rate(layout, row, issues);
                if (rate == null) {
                    return;
                }
                Long first = seen.putIfAbsent(rate.iri(), row.line());
                if (first != null) {
                    issues.add(Severity.WARNING, "Same " + layout.identity() + " as line " + first + "; row skipped", row.line(), -1);
                    return;
                }
                CoverageRateMapping.write(rate, sink);
            });
            if (rows[0] == 0) {
                issues.add(Severity.WARNING, "No data rows after the header", -1, -1);
            }
        } finally {
            sink.finish();
        }
    }

    /** Writes the row as an indicator's value if it is one (true), reporting it if it is a broken one. */
    private static boolean indicatorValue(CoverageLayout layout, CsvRow row, Map<String, Long> seen, StreamRDF sink, IssueCollector issues) {
        Optional<IndicatorMeasurement> value;
        try {
            value = layout.indicatorValue(row);
        } catch (RowProblem e) {
            issues.add(e.severity(), e.getMessage(), row.line(), e.column());
            return true;
        } catch (IllegalArgumentException e) {
            issues.add(Severity.ERROR, e.getMessage() + "; row skipped", row.line(), -1);
            return true;
        }
        if (value.isEmpty()) {
            return false;
        }
        Long first = seen.putIfAbsent(value.get().iri(), row.line());
        if (first != null) {
            issues.add(Severity.WARNING, "Same " + layout.identity() + " as line " + first + "; row skipped", row.line(), -1);
        } else {
            QualityIndicatorMapping.write(value.get(), sink);
        }
        return true;
    }

    /** The row's rate, or null after reporting why it has none. */
    private static CoverageRate rate(CoverageLayout layout, CsvRow row, IssueCollector issues) {
        try {
            return layout.rate(row);
        } catch (RowProblem e) {
            issues.add(e.severity(), e.getMessage(), row.line(), e.column());
        } catch (IllegalArgumentException e) {
            // The record's own checks: a rate outside 0..1 or a numerator over the denominator.
            issues.add(Severity.ERROR, e.getMessage() + "; row skipped", row.line(), -1);
        }
        return null;
    }

    private static CoverageLayout layout(SourceContext context, IssueCollector issues) {
        String preset = context.preset() == null ? SkdeLayout.NAME : context.preset().strip().toLowerCase(Locale.ROOT);
        return switch (preset) {
            case PlainLayout.NAME -> new PlainLayout();
            case SkdeLayout.NAME -> {
                String register = context.registerIri();
                if (register == null || register.isBlank()) {
                    throw SourceFormatException.fatal(issues, "Preset skde needs the source's register: SKDE files do not name it", -1, -1);
                }
                if (!Iris.isHttpIri(register)) {
                    throw SourceFormatException.fatal(issues, "The source's register is not an http(s) IRI: '" + register + "'", -1, -1);
                }
                yield new SkdeLayout(register);
            }
            default -> throw SourceFormatException.fatal(issues, "Unknown coverage-csv preset '" + preset + "'; known presets: "
                    + SkdeLayout.NAME + ", " + PlainLayout.NAME, -1, -1);
        };
    }
}
