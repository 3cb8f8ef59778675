package no.varcat.catalog.qualityscore;

import java.util.List;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;

import no.varcat.vocab.DISCO;
import no.varcat.vocab.SDMXAttribute;

/**
 * varcat's variable metrics, from the variables a dataset links ({@code disco:variable}) in the same
 * graph: the share with a definition; of the categorical ones (no XSD datatype as representation), the
 * share with a code list or code system; the share with an English label; of the numeric ones, the
 * share with a unit; the share with a valid period that has a start. A register without variables
 * has described none of them; a metric with no variable it applies to is met.
 */
final class VariableCompleteness {

    private static final Set<String> NUMERIC = Set.of("decimal", "integer", "int", "long", "short", "byte", "double", "float",
            "nonNegativeInteger", "positiveInteger", "nonPositiveInteger", "negativeInteger", "unsignedInt", "unsignedLong",
            "unsignedShort", "unsignedByte");

    private VariableCompleteness() {
    }

    static List<MetricResult> of(Resource dataset) {
        long total = 0;
        long definitions = 0;
        long categorical = 0;
        long coded = 0;
        long english = 0;
        long numeric = 0;
        long withUnit = 0;
        long periods = 0;
        for (Statement link : dataset.listProperties(DISCO.variable).toList()) {
            if (!link.getObject().isResource()) {
                continue;
            }
            Resource v = link.getResource();
            total++;
            definitions += v.hasProperty(SKOS.definition) ? 1 : 0;
            english += v.listProperties(SKOS.prefLabel).toList().stream()
                    .anyMatch(s -> s.getObject().isLiteral() && s.getLanguage().toLowerCase().startsWith("en")) ? 1 : 0;
            periods += v.listProperties(DCTerms.temporal).toList().stream()
                    .anyMatch(s -> s.getObject().isResource() && s.getResource().hasProperty(DCAT.startDate)) ? 1 : 0;
            String datatype = xsdLocalName(v.getProperty(DISCO.representation));
            if (datatype == null) {
                categorical++;
                coded += v.hasProperty(DISCO.representation) ? 1 : 0;
            } else if (NUMERIC.contains(datatype)) {
                numeric++;
                withUnit += v.hasProperty(SDMXAttribute.unitMeasure) ? 1 : 0;
            }
        }
        return List.of(share(QualityMetric.VARIABLE_DEFINITIONS, total, total, definitions),
                share(QualityMetric.VARIABLE_CODE_LISTS, total, categorical, coded),
                share(QualityMetric.VARIABLE_ENGLISH_LABELS, total, total, english),
                share(QualityMetric.VARIABLE_UNITS, total, numeric, withUnit),
                share(QualityMetric.VARIABLE_PERIODS, total, total, periods));
    }

    /** The XSD datatype a representation names, or null when it is none (a code list, a code system, nothing). */
    private static String xsdLocalName(Statement representation) {
        if (representation == null) {
            return null;
        }
        RDFNode o = representation.getObject();
        if (!o.isURIResource() || !o.asResource().getURI().startsWith(XSDDatatype.XSD + "#")) {
            return null;
        }
        return o.asResource().getURI().substring(XSDDatatype.XSD.length() + 1);
    }

    private static MetricResult share(QualityMetric metric, long variables, long applicable, long have) {
        if (variables == 0) {
            return new MetricResult(metric, 0, 0);
        }
        if (applicable == 0) {
            return new MetricResult(metric, 1, 0);
        }
        long met = Math.min(have, applicable);
        return new MetricResult(metric, (double) met / applicable, applicable - met);
    }
}
