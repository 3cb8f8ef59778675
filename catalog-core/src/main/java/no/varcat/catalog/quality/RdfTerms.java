package no.varcat.catalog.quality;

import java.math.BigDecimal;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;

import no.varcat.catalog.text.LocalizedText;
import no.varcat.vocab.DQV;
import no.varcat.vocab.SDMXDimension;
import no.varcat.vocab.VARCAT;

/** Node constants and literal conversions shared by the quality mappings. */
final class RdfTerms {

    static final Node DQV_QUALITY_MEASUREMENT = DQV.QualityMeasurement.asNode();
    static final Node DQV_METRIC = DQV.Metric.asNode();
    static final Node DQV_IS_MEASUREMENT_OF = DQV.isMeasurementOf.asNode();
    static final Node DQV_COMPUTED_ON = DQV.computedOn.asNode();
    static final Node DQV_VALUE = DQV.value.asNode();
    static final Node DQV_IN_DIMENSION = DQV.inDimension.asNode();
    static final Node SDMX_REF_PERIOD = SDMXDimension.refPeriod.asNode();
    static final Node SDMX_REF_AREA = SDMXDimension.refArea.asNode();
    static final Node VARCAT_COVERAGE_RATE = VARCAT.coverageRate.asNode();
    static final Node VARCAT_NUMERATOR = VARCAT.numerator.asNode();
    static final Node VARCAT_DENOMINATOR = VARCAT.denominator.asNode();
    static final Node VARCAT_DESIRED_DIRECTION = VARCAT.desiredDirection.asNode();
    static final Node VARCAT_HIGH_LEVEL = VARCAT.highAchievementLevel.asNode();
    static final Node VARCAT_MODERATE_LEVEL = VARCAT.moderateAchievementLevel.asNode();
    static final Node SKOS_PREF_LABEL = SKOS.prefLabel.asNode();
    static final Node SKOS_DEFINITION = SKOS.definition.asNode();
    static final Node DCT_SOURCE = DCTerms.source.asNode();
    static final Node DCT_IDENTIFIER = DCTerms.identifier.asNode();

    private RdfTerms() {
    }

    static Triple triple(Node s, Node p, Node o) {
        return Triple.create(s, p, o);
    }

    static Node year(int year) {
        return NodeFactory.createLiteralDT(String.format("%04d", year), XSDDatatype.XSDgYear);
    }

    /** The year of an {@code xsd:gYear} (which may carry a time zone) or of a plain "2023". */
    static int yearOf(RDFNode node) {
        String lexical = node.asLiteral().getLexicalForm().trim();
        return Integer.parseInt(lexical.length() > 4 ? lexical.substring(0, 4) : lexical);
    }

    static Long countOf(RDFNode node) {
        return node != null && node.isLiteral() ? node.asLiteral().getLong() : null;
    }

    static BigDecimal decimalOf(RDFNode node) {
        return node != null && node.isLiteral() ? new BigDecimal(node.asLiteral().getLexicalForm().trim()) : null;
    }

    static String iriOf(RDFNode node) {
        return node != null && node.isURIResource() ? node.asResource().getURI() : null;
    }

    static void writeCount(StreamRDF sink, Node s, Node p, Long count) {
        if (count != null) {
            sink.triple(triple(s, p, NodeFactory.createLiteralDT(Long.toString(count), XSDDatatype.XSDnonNegativeInteger)));
        }
    }

    static void writeText(StreamRDF sink, Node s, Node p, LocalizedText text) {
        write(sink, s, p, text.nb(), "nb");
        write(sink, s, p, text.nn(), "nn");
        write(sink, s, p, text.en(), "en");
    }

    private static void write(StreamRDF sink, Node s, Node p, String text, String language) {
        if (text != null && !text.isBlank()) {
            sink.triple(triple(s, p, NodeFactory.createLiteralLang(text, language)));
        }
    }
}
