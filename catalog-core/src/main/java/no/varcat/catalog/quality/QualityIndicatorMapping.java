package no.varcat.catalog.quality;

import java.math.BigDecimal;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;

import no.varcat.catalog.text.LocalizedText;

/**
 * The one place where {@link QualityIndicator} and {@link IndicatorMeasurement} meet RDF: a
 * {@code dqv:Metric} with target levels, measured by {@code dqv:QualityMeasurement}s per year and
 * reporting unit (see docs/model.md).
 */
public final class QualityIndicatorMapping {

    /** One row per label/definition language of each indicator; {@code %s} takes a pattern on ?i the query starts from, or "". */
    static final String SELECT_INDICATORS = """
            SELECT ?i ?label ?definition ?dimension ?direction ?high ?moderate ?register WHERE {
              %s
              ?i a dqv:Metric ; skos:prefLabel ?label .
              FILTER(?i != varcat:coverageRate)
              OPTIONAL { ?i skos:definition ?definition }
              OPTIONAL { ?i dqv:inDimension ?dimension }
              OPTIONAL { ?i varcat:desiredDirection ?direction }
              OPTIONAL { ?i varcat:highAchievementLevel ?high }
              OPTIONAL { ?i varcat:moderateAchievementLevel ?moderate }
              OPTIONAL { ?i dct:source ?register }
            }
            ORDER BY ?i
            """;

    /**
     * Measurements of one indicator, {@code ?wanted}, set by the caller: named in the first pattern, so
     * that ARQ reads that indicator's measurements from the index, not every measurement and a filter.
     */
    static final String SELECT_MEASUREMENTS = """
            SELECT ?m ?i ?on ?year ?unit ?value ?numerator ?denominator WHERE {
              ?m dqv:isMeasurementOf ?wanted .
              BIND(?wanted AS ?i)
              ?m a dqv:QualityMeasurement ;
                 dqv:isMeasurementOf ?i ;
                 dqv:value ?value ;
                 sdmx-dimension:refPeriod ?year .
              OPTIONAL { ?m dqv:computedOn ?on }
              OPTIONAL { ?m sdmx-dimension:refArea ?unit }
              OPTIONAL { ?m varcat:numerator ?numerator }
              OPTIONAL { ?m varcat:denominator ?denominator }
            }
            ORDER BY ?year ?unit
            """;

    private QualityIndicatorMapping() {
    }

    public static void write(QualityIndicator q, StreamRDF sink) {
        Node i = NodeFactory.createURI(q.iri());
        sink.triple(RdfTerms.triple(i, RDF.type.asNode(), RdfTerms.DQV_METRIC));
        RdfTerms.writeText(sink, i, RdfTerms.SKOS_PREF_LABEL, q.label());
        RdfTerms.writeText(sink, i, RdfTerms.SKOS_DEFINITION, q.definition());
        if (q.dimensionIri() != null) {
            sink.triple(RdfTerms.triple(i, RdfTerms.DQV_IN_DIMENSION, NodeFactory.createURI(q.dimensionIri())));
        }
        if (q.direction() != null) {
            sink.triple(RdfTerms.triple(i, RdfTerms.VARCAT_DESIRED_DIRECTION, NodeFactory.createURI(q.direction().iri())));
        }
        writeDecimal(sink, i, RdfTerms.VARCAT_HIGH_LEVEL, q.highAchievementLevel());
        writeDecimal(sink, i, RdfTerms.VARCAT_MODERATE_LEVEL, q.moderateAchievementLevel());
        if (q.registerIri() != null) {
            sink.triple(RdfTerms.triple(i, RdfTerms.DCT_SOURCE, NodeFactory.createURI(q.registerIri())));
        }
    }

    public static void write(IndicatorMeasurement m, StreamRDF sink) {
        Node node = NodeFactory.createURI(m.iri());
        sink.triple(RdfTerms.triple(node, RDF.type.asNode(), RdfTerms.DQV_QUALITY_MEASUREMENT));
        sink.triple(RdfTerms.triple(node, RdfTerms.DQV_IS_MEASUREMENT_OF, NodeFactory.createURI(m.indicatorIri())));
        if (m.computedOn() != null) {
            sink.triple(RdfTerms.triple(node, RdfTerms.DQV_COMPUTED_ON, NodeFactory.createURI(m.computedOn())));
        }
        writeDecimal(sink, node, RdfTerms.DQV_VALUE, m.value());
        sink.triple(RdfTerms.triple(node, RdfTerms.SDMX_REF_PERIOD, RdfTerms.year(m.year())));
        if (m.reportingUnit() != null) {
            sink.triple(RdfTerms.triple(node, RdfTerms.SDMX_REF_AREA, NodeFactory.createURI(m.reportingUnit())));
        }
        RdfTerms.writeCount(sink, node, RdfTerms.VARCAT_NUMERATOR, m.numerator());
        RdfTerms.writeCount(sink, node, RdfTerms.VARCAT_DENOMINATOR, m.denominator());
    }

    static IndicatorMeasurement readMeasurement(QuerySolution row) {
        return new IndicatorMeasurement(
                row.getResource("m").getURI(),
                row.getResource("i").getURI(),
                RdfTerms.iriOf(row.get("on")),
                RdfTerms.yearOf(row.get("year")),
                RdfTerms.iriOf(row.get("unit")),
                new BigDecimal(row.getLiteral("value").getLexicalForm().trim()),
                RdfTerms.countOf(row.get("numerator")),
                RdfTerms.countOf(row.get("denominator")));
    }

    /** Collects the rows that the label and definition languages multiply for one indicator. */
    static final class IndicatorBuilder {
        private final String iri;
        private LocalizedText label = LocalizedText.EMPTY;
        private LocalizedText definition = LocalizedText.EMPTY;
        private String dimension;
        private Direction direction;
        private BigDecimal high;
        private BigDecimal moderate;
        private String register;

        IndicatorBuilder(String iri) {
            this.iri = iri;
        }

        void add(QuerySolution row) {
            label = label.withLiteral(row.get("label"));
            definition = definition.withLiteral(row.get("definition"));
            dimension = dimension != null ? dimension : RdfTerms.iriOf(row.get("dimension"));
            String directionIri = RdfTerms.iriOf(row.get("direction"));
            direction = direction != null || directionIri == null ? direction : Direction.fromIri(directionIri).orElse(null);
            high = high != null ? high : RdfTerms.decimalOf(row.get("high"));
            moderate = moderate != null ? moderate : RdfTerms.decimalOf(row.get("moderate"));
            register = register != null ? register : RdfTerms.iriOf(row.get("register"));
        }

        QualityIndicator build() {
            return new QualityIndicator(iri, label, definition, dimension, direction, high, moderate, register);
        }
    }

    private static void writeDecimal(StreamRDF sink, Node s, Node p, BigDecimal value) {
        if (value != null) {
            sink.triple(RdfTerms.triple(s, p, NodeFactory.createLiteralDT(value.toPlainString(), XSDDatatype.XSDdecimal)));
        }
    }
}
