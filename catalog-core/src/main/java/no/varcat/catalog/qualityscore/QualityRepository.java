package no.varcat.catalog.qualityscore;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;

import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.store.Iris;
import no.varcat.vocab.Prefixes;

/** Reads registers' quality scores from the quality graphs the harvests write ({@link QualityGraph}). */
public final class QualityRepository {

    /** The newest run's measurements of each source, of the registers in {@code %s} (a VALUES block). */
    private static final String LATEST = """
            SELECT ?d ?metric ?value ?t WHERE {
              %s
              GRAPH ?g { ?m dqv:computedOn ?d ; dqv:isMeasurementOf ?metric ; dqv:value ?value ; prov:generatedAtTime ?t }
              FILTER(STRSTARTS(STR(?g), "urn:varcat:quality:"))
            }
            """;

    /** The totals of every kept run, newest and earlier. */
    private static final String HISTORY = """
            SELECT ?run ?metric ?value ?t WHERE {
              %s
              GRAPH ?g { ?m dqv:computedOn ?d ; dqv:isMeasurementOf ?metric ; dqv:value ?value ;
                         prov:generatedAtTime ?t ; prov:wasGeneratedBy ?run }
              FILTER(STRSTARTS(STR(?g), "urn:varcat:quality"))
              FILTER(?metric IN (<%s>, <%s>))
            }
            """;

    private final CatalogStore store;

    public QualityRepository(CatalogStore store) {
        this.store = store;
    }

    /** The register's score, or empty when no harvest has measured it yet. */
    public Optional<RegisterQuality> find(String registerIri) {
        if (!Iris.anyAbsolute(List.of(registerIri))) {
            return Optional.empty();
        }
        Newest newest = latest(List.of(registerIri)).get(registerIri);
        if (newest == null) {
            return Optional.empty();
        }
        return Optional.of(new RegisterQuality(newest.score(registerIri), newest.at, history(registerIri)));
    }

    /** Each measured register's score in percent, for the search index; registers not measured are missing. */
    public Map<String, Integer> percents(Collection<String> registerIris) {
        Map<String, Integer> percents = new HashMap<>();
        if (!Iris.anyAbsolute(registerIris)) {
            return percents;
        }
        latest(registerIris).forEach((iri, newest) -> percents.put(iri, newest.score(iri).percent()));
        return percents;
    }

    private Map<String, Newest> latest(Collection<String> iris) {
        Map<String, Newest> found = new HashMap<>();
        store.select(Prefixes.sparqlPrologue() + LATEST.formatted(Iris.values("d", iris)), row -> {
            QualityMetric metric = QualityMetric.ofIri(row.getResource("metric").getURI());
            if (metric != null) {
                found.computeIfAbsent(row.getResource("d").getURI(), k -> new Newest()).add(metric, row.getLiteral("value"), time(row));
            }
        });
        return found;
    }

    private List<RegisterQuality.HistoryPoint> history(String iri) {
        Map<String, Instant> times = new HashMap<>();
        Map<String, Integer> mqa = new HashMap<>();
        Map<String, Integer> variables = new HashMap<>();
        store.select(Prefixes.sparqlPrologue() + HISTORY.formatted(Iris.values("d", List.of(iri)), QualityGraph.MQA_SCORE,
                QualityGraph.VARIABLE_SCORE), row -> {
                    String run = row.getResource("run").getURI();
                    times.put(run, time(row));
                    int value = row.getLiteral("value").getInt();
                    (QualityGraph.MQA_SCORE.equals(row.getResource("metric").getURI()) ? mqa : variables).put(run, value);
                });
        List<RegisterQuality.HistoryPoint> points = new ArrayList<>();
        times.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> points.add(
                new RegisterQuality.HistoryPoint(e.getValue(), e.getKey(), mqa.get(e.getKey()), variables.get(e.getKey()))));
        return points;
    }

    private static Instant time(QuerySolution row) {
        try {
            return OffsetDateTime.parse(row.getLiteral("t").getLexicalForm()).toInstant();
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }

    /** The newest value of each metric, across the sources that measured it. */
    private static final class Newest {
        private final Map<QualityMetric, Literal> values = new EnumMap<>(QualityMetric.class);
        private final Map<QualityMetric, Instant> times = new TreeMap<>();
        private Instant at = Instant.EPOCH;

        void add(QualityMetric metric, Literal value, Instant time) {
            Instant known = times.get(metric);
            if (known == null || time.isAfter(known)) {
                values.put(metric, value);
                times.put(metric, time);
            }
            if (time.isAfter(at)) {
                at = time;
            }
        }

        /** A metric never measured counts as not met. */
        QualityScore score(String iri) {
            List<MetricResult> results = new ArrayList<>();
            for (QualityMetric metric : QualityMetric.values()) {
                Literal value = values.get(metric);
                double share = value == null ? 0 : value.getDatatypeURI().endsWith("#boolean")
                        ? (value.getBoolean() ? 1 : 0) : new BigDecimal(value.getLexicalForm()).doubleValue();
                results.add(new MetricResult(metric, share, 0));
            }
            return new QualityScore(iri, results);
        }
    }
}
