package no.varcat.harvest.indicator;

import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.riot.system.StreamRDF;

import no.varcat.catalog.quality.IndicatorMeasurement;
import no.varcat.catalog.quality.QualityIndicator;
import no.varcat.catalog.quality.QualityIndicatorMapping;
import no.varcat.catalog.quality.ReportingUnit;
import no.varcat.catalog.quality.ReportingUnitMapping;
import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.IssueCollector;
import no.varcat.harvest.SourceContext;
import no.varcat.harvest.SourceReader;
import no.varcat.harvest.indicator.IndicatorDocument.Shape;
import no.varcat.harvest.input.SourceText;

/**
 * Reads quality indicators and their values from JSON (docs/source-formats.md): varcat's object of
 * indicators and data, or SKDE's results-portal lists of indicator descriptions or of results, into
 * {@link QualityIndicator}s and {@link IndicatorMeasurement}s written by {@link QualityIndicatorMapping}.
 * A bad entry is reported where it starts and skipped; text that is not JSON, or JSON of another
 * kind, stops the read so the previous harvest is kept.
 */
public final class IndicatorJsonReader implements SourceReader {

    /** The format key sources use for this reader. */
    public static final String FORMAT = "indicator-json";

    @Override
    public List<String> mediaTypes() {
        return List.of("application/json");
    }

    @Override
    public void read(InputStream in, String baseIri, StreamRDF sink, IssueCollector issues) {
        read(in, new SourceContext(baseIri, null, null), sink, issues);
    }

    /** The data names its registers; a register configured for the source is used for indicators that do not. */
    @Override
    public void read(InputStream in, SourceContext context, StreamRDF sink, IssueCollector issues) {
        IndicatorDocument document = IndicatorDocument.parse(SourceText.read(in, "JSON", issues), issues);
        sink.start();
        try {
            Map<String, QualityIndicator> indicators = new LinkedHashMap<>();
            Set<String> skipped = new HashSet<>();
            Function<Entry, QualityIndicator> definitions = document.shape() == Shape.SKDE_DESCRIPTIONS
                    ? new SkdeDescriptions(context.registerIri() == null ? context.baseIri() : context.registerIri(), sink, issues)::indicator
                    : new IndicatorDefinitions(context.registerIri(), issues)::indicator;
            for (Entry entry : document.indicators()) {
                QualityIndicator indicator = attempt(entry, definitions, issues);
                String id = idOf(entry);
                if (indicator == null) {
                    if (id != null) {
                        skipped.add(id);
                    }
                } else if (indicators.putIfAbsent(id, indicator) != null) {
                    issues.add(Severity.WARNING, "Indicator '" + id + "' is defined twice; the first definition is kept",
                            entry.line(), entry.column());
                } else {
                    QualityIndicatorMapping.write(indicator, sink);
                }
            }
            Function<Entry, IndicatorMeasurement> rows = document.shape() == Shape.SKDE_RESULTS
                    ? new SkdeResults()::measurement
                    : new MeasurementRows(indicators, skipped)::measurement;
            String locationName = document.shape() == Shape.SKDE_RESULTS ? "unit_name" : "location";
            Map<String, Long> seen = new HashMap<>();
            Set<String> units = new HashSet<>();
            for (Entry row : document.data()) {
                IndicatorMeasurement measurement = attempt(row, rows, issues);
                if (measurement == null) {
                    continue;
                }
                Long first = seen.putIfAbsent(measurement.iri(), row.line());
                if (first != null) {
                    issues.add(Severity.WARNING, "Same indicator, year and location as the row on line " + first + "; row skipped",
                            row.line(), row.column());
                } else {
                    QualityIndicatorMapping.write(measurement, sink);
                    String location = locationName(row, locationName);
                    if (measurement.reportingUnit() != null && location != null && units.add(measurement.reportingUnit())) {
                        ReportingUnitMapping.write(new ReportingUnit(measurement.reportingUnit(), location), sink);
                    }
                }
            }
        } finally {
            sink.finish();
        }
    }

    /** The entry's record, or null after reporting why it has none. */
    private static <T> T attempt(Entry entry, Function<Entry, T> read, IssueCollector issues) {
        try {
            return read.apply(entry);
        } catch (EntryProblem e) {
            issues.add(e.severity(), e.getMessage(), entry.line(), entry.column());
        } catch (IllegalArgumentException e) {
            // The record's own checks, such as a numerator over the denominator.
            issues.add(Severity.ERROR, e.getMessage() + "; skipped", entry.line(), entry.column());
        }
        return null;
    }

    private static String idOf(Entry entry) {
        try {
            return entry.text("id");
        } catch (EntryProblem e) {
            return null;
        }
    }

    /** The unit's name is a nicety for charts: a malformed one costs the name, not the row. */
    private static String locationName(Entry row, String property) {
        try {
            return row.text(property);
        } catch (EntryProblem e) {
            return null;
        }
    }
}
