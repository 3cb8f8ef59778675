package no.varcat.catalog.qualityscore;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;

/**
 * data.norge.no's MQA metrics as checks on a dataset's own triples and its distributions'. Each
 * distribution gets the distribution metrics; the best distribution (the most points) counts, and a
 * metric met on the dataset itself counts too (their scoring service takes, per metric, the higher
 * of the dataset's and the best distribution's value). What their vocabulary leaves open is read as
 * written in docs/quality.md: a date issued or modified counts on the dataset or a distribution;
 * formats and media types count only as IRIs of the EU file-type list or IANA's media types.
 */
final class MqaChecks {

    static final String ACCESS_RIGHT = "http://publications.europa.eu/resource/authority/access-right/";
    static final String FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/";
    private static final List<String> MEDIA_TYPE = List.of("https://www.iana.org/assignments/media-types/",
            "http://www.iana.org/assignments/media-types/");

    /** Licences data.norge.no knows: the EU licence list, Creative Commons and the Norwegian NLOD. */
    private static final List<String> KNOWN_LICENCES = List.of("http://publications.europa.eu/resource/authority/licence/",
            "http://creativecommons.org/licenses/", "https://creativecommons.org/licenses/",
            "http://creativecommons.org/publicdomain/", "https://creativecommons.org/publicdomain/",
            "http://data.norge.no/nlod/", "https://data.norge.no/nlod/");

    /** Open formats (EU file types, IANA media types), and which of them a machine can read. */
    private static final Set<String> NON_PROPRIETARY = Set.of("CSV", "JSON", "XML", "HTML", "TXT", "RDF_TURTLE", "RDF_XML",
            "JSON_LD", "RDF_N_TRIPLES", "RDF_N_QUADS", "ODS", "ODT", "GEOJSON", "GML", "TSV", "PDF",
            "text/csv", "application/json", "application/xml", "text/xml", "text/html", "text/plain", "text/turtle",
            "application/rdf+xml", "application/ld+json", "application/n-triples", "application/n-quads",
            "application/geo+json", "text/tab-separated-values", "application/pdf",
            "application/vnd.oasis.opendocument.spreadsheet");
    private static final Set<String> MACHINE_INTERPRETABLE = Set.of("CSV", "JSON", "XML", "RDF_TURTLE", "RDF_XML", "JSON_LD",
            "RDF_N_TRIPLES", "RDF_N_QUADS", "ODS", "GEOJSON", "GML", "TSV", "XLS", "XLSX",
            "text/csv", "application/json", "application/xml", "text/xml", "text/turtle", "application/rdf+xml",
            "application/ld+json", "application/n-triples", "application/n-quads", "application/geo+json",
            "text/tab-separated-values", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.ms-excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private MqaChecks() {
    }

    /** A result for every MQA metric, in {@link QualityMetric} order. */
    static List<MetricResult> of(Resource dataset) {
        Map<QualityMetric, Boolean> met = new EnumMap<>(QualityMetric.class);
        met.put(QualityMetric.KEYWORD_AVAILABILITY, dataset.hasProperty(DCAT.keyword));
        met.put(QualityMetric.CATEGORY_AVAILABILITY, dataset.hasProperty(DCAT.theme));
        met.put(QualityMetric.SPATIAL_AVAILABILITY, dataset.hasProperty(DCTerms.spatial));
        met.put(QualityMetric.TEMPORAL_AVAILABILITY, dataset.hasProperty(DCTerms.temporal));
        met.put(QualityMetric.DCAT_AP_COMPLIANCE, DcatApNoMandatory.met(dataset));
        met.put(QualityMetric.ACCESS_RIGHTS_AVAILABILITY, dataset.hasProperty(DCTerms.accessRights));
        met.put(QualityMetric.ACCESS_RIGHTS_VOCABULARY_ALIGNMENT, anyIriUnder(dataset, DCTerms.accessRights, List.of(ACCESS_RIGHT)));
        met.put(QualityMetric.CONTACT_POINT_AVAILABILITY, dataset.hasProperty(DCAT.contactPoint));
        met.put(QualityMetric.PUBLISHER_AVAILABILITY, dataset.hasProperty(DCTerms.publisher));
        // The dates count on the dataset as well: the scoring takes the higher of dataset and distribution.
        met.put(QualityMetric.DATE_ISSUED_AVAILABILITY, dataset.hasProperty(DCTerms.issued));
        met.put(QualityMetric.DATE_MODIFIED_AVAILABILITY, dataset.hasProperty(DCTerms.modified));
        Map<QualityMetric, Boolean> best = bestDistribution(dataset);
        best.forEach((metric, value) -> met.merge(metric, value, Boolean::logicalOr));
        List<MetricResult> results = new ArrayList<>();
        for (QualityMetric metric : QualityMetric.values()) {
            if (metric.dimension().mqa()) {
                results.add(MetricResult.met(metric, metric.measured() && met.getOrDefault(metric, false)));
            }
        }
        return results;
    }

    /** The distribution metrics of the distribution that meets the most points of them. */
    private static Map<QualityMetric, Boolean> bestDistribution(Resource dataset) {
        Map<QualityMetric, Boolean> best = new EnumMap<>(QualityMetric.class);
        int bestPoints = -1;
        for (RDFNode node : dataset.listProperties(DCAT.distribution).mapWith(s -> s.getObject()).toList()) {
            if (!node.isResource()) {
                continue;
            }
            Map<QualityMetric, Boolean> scores = distribution(node.asResource());
            int points = scores.entrySet().stream().filter(Map.Entry::getValue).mapToInt(e -> e.getKey().points()).sum();
            if (points > bestPoints) {
                bestPoints = points;
                best = scores;
            }
        }
        return best;
    }

    private static Map<QualityMetric, Boolean> distribution(Resource d) {
        Map<QualityMetric, Boolean> met = new EnumMap<>(QualityMetric.class);
        List<String> formats = iris(d, DCTerms.format, List.of(FILE_TYPE));
        List<String> mediaTypes = iris(d, DCAT.mediaType, MEDIA_TYPE);
        List<String> kinds = new ArrayList<>(formats);
        kinds.addAll(mediaTypes);
        met.put(QualityMetric.DOWNLOAD_URL_AVAILABILITY, d.hasProperty(DCAT.downloadURL));
        met.put(QualityMetric.FORMAT_AVAILABILITY, d.hasProperty(DCTerms.format));
        met.put(QualityMetric.MEDIA_TYPE_AVAILABILITY, d.hasProperty(DCAT.mediaType));
        met.put(QualityMetric.FORMAT_MEDIA_TYPE_VOCABULARY_ALIGNMENT, !formats.isEmpty() && !mediaTypes.isEmpty());
        met.put(QualityMetric.FORMAT_MEDIA_TYPE_NON_PROPRIETARY, kinds.stream().anyMatch(NON_PROPRIETARY::contains));
        met.put(QualityMetric.FORMAT_MEDIA_TYPE_MACHINE_INTERPRETABLE, kinds.stream().anyMatch(MACHINE_INTERPRETABLE::contains));
        met.put(QualityMetric.LICENCE_AVAILABILITY, d.hasProperty(DCTerms.license));
        met.put(QualityMetric.KNOWN_LICENCE, anyIriUnder(d, DCTerms.license, KNOWN_LICENCES));
        met.put(QualityMetric.RIGHTS_AVAILABILITY, d.hasProperty(DCTerms.rights));
        met.put(QualityMetric.BYTE_SIZE_AVAILABILITY, d.hasProperty(DCAT.byteSize));
        met.put(QualityMetric.DATE_ISSUED_AVAILABILITY, d.hasProperty(DCTerms.issued));
        met.put(QualityMetric.DATE_MODIFIED_AVAILABILITY, d.hasProperty(DCTerms.modified));
        return met;
    }

    private static boolean anyIriUnder(Resource subject, Property property, List<String> namespaces) {
        return !iris(subject, property, namespaces).isEmpty();
    }

    /** The values that are IRIs under one of {@code namespaces}, each without that namespace. */
    private static List<String> iris(Resource subject, Property property, List<String> namespaces) {
        List<String> found = new ArrayList<>();
        subject.listProperties(property).forEachRemaining(s -> {
            if (s.getObject().isURIResource()) {
                String iri = s.getObject().asResource().getURI();
                namespaces.stream().filter(iri::startsWith).findFirst().ifPresent(ns -> found.add(iri.substring(ns.length())));
            }
        });
        return found;
    }
}
