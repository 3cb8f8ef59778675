package no.varcat.catalog.quality;

import java.math.BigDecimal;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;

/**
 * The one place where {@link CoverageRate} meets RDF: a {@code dqv:QualityMeasurement} of
 * {@code varcat:coverageRate} (see docs/model.md), written by harvesters and read by the repository.
 */
public final class CoverageRateMapping {

    /**
     * Selects every coverage measurement; {@code %s} takes the measurements wanted as a pattern binding
     * ?m and ?on ({@link no.varcat.catalog.store.Iris#union}), or "". It comes first and names the
     * resources in its patterns: a filter or VALUES on ?on had ARQ read every coverage measurement of
     * the catalog to keep a register's (56 % of the register page's CPU at 1M).
     */
    static final String SELECT = """
            SELECT ?m ?on ?year ?value ?unit ?numerator ?denominator ?identifier WHERE {
              %s
              ?m a dqv:QualityMeasurement ;
                 dqv:isMeasurementOf varcat:coverageRate ;
                 dqv:computedOn ?on ;
                 dqv:value ?value ;
                 sdmx-dimension:refPeriod ?year .
              OPTIONAL { ?m sdmx-dimension:refArea ?unit }
              OPTIONAL { ?m varcat:numerator ?numerator }
              OPTIONAL { ?m varcat:denominator ?denominator }
              OPTIONAL { ?m dct:identifier ?identifier }
            }
            ORDER BY ?year ?unit
            """;

    private CoverageRateMapping() {
    }

    public static void write(CoverageRate c, StreamRDF sink) {
        Node m = NodeFactory.createURI(c.iri());
        sink.triple(RdfTerms.triple(m, RDF.type.asNode(), RdfTerms.DQV_QUALITY_MEASUREMENT));
        sink.triple(RdfTerms.triple(m, RdfTerms.DQV_IS_MEASUREMENT_OF, RdfTerms.VARCAT_COVERAGE_RATE));
        sink.triple(RdfTerms.triple(m, RdfTerms.DQV_COMPUTED_ON, NodeFactory.createURI(c.computedOn())));
        sink.triple(RdfTerms.triple(m, RdfTerms.DQV_VALUE, NodeFactory.createLiteralDT(c.rate().toPlainString(), XSDDatatype.XSDdecimal)));
        sink.triple(RdfTerms.triple(m, RdfTerms.SDMX_REF_PERIOD, RdfTerms.year(c.year())));
        if (c.reportingUnit() != null) {
            sink.triple(RdfTerms.triple(m, RdfTerms.SDMX_REF_AREA, NodeFactory.createURI(c.reportingUnit())));
        }
        RdfTerms.writeCount(sink, m, RdfTerms.VARCAT_NUMERATOR, c.numerator());
        RdfTerms.writeCount(sink, m, RdfTerms.VARCAT_DENOMINATOR, c.denominator());
        if (c.identifier() != null) {
            sink.triple(RdfTerms.triple(m, RdfTerms.DCT_IDENTIFIER, NodeFactory.createLiteralString(c.identifier())));
        }
    }

    static CoverageRate read(QuerySolution row) {
        return new CoverageRate(
                row.getResource("m").getURI(),
                row.getResource("on").getURI(),
                RdfTerms.yearOf(row.get("year")),
                new BigDecimal(row.getLiteral("value").getLexicalForm().trim()),
                RdfTerms.iriOf(row.get("unit")),
                RdfTerms.countOf(row.get("numerator")),
                RdfTerms.countOf(row.get("denominator")),
                row.get("identifier") == null ? null : row.getLiteral("identifier").getLexicalForm());
    }
}
