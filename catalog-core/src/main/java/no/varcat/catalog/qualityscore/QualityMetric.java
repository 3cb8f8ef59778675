package no.varcat.catalog.qualityscore;

import java.util.Locale;

/**
 * What a register's quality score is made of, with the points each is worth.
 *
 * <p>The MQA metrics and their points are data.norge.no's, from Informasjonsforvaltning/dcat-ap-no
 * (Apache-2.0) at commit 599eb030, {@code dcatno-mqa/dcatno-mqa-vocabulary.ttl} (metrics, dimensions,
 * what each checks) and {@code dcatno-mqa/dcatno-mqa-default-score-values.ttl} ({@code trueScore}),
 * encoded here rather than read at run time. Metrics they define without points ({@code atLeastFourStars},
 * {@code openLicense}) count nothing there and are left out here. {@link Level} says where
 * data.norge.no measures each: on the dataset, or on each distribution (the best distribution counts,
 * as in their scoring service).
 *
 * <p>{@link #measured()} is false for the four metrics that need the data file itself (an HTTP
 * request to the access or download URL, or reading the file): varcat never fetches a register's data,
 * so they give no points here; their points stay in the maximum, so the total stays comparable.
 *
 * <p>The variable metrics are varcat's own, in {@link QualityDimension#VARIABLES}: each is the share
 * of the variables it applies to that have what it names, times its points.
 */
public enum QualityMetric {

    KEYWORD_AVAILABILITY("keywordAvailability", QualityDimension.FINDABILITY, 30, Level.DATASET),
    CATEGORY_AVAILABILITY("categoryAvailability", QualityDimension.FINDABILITY, 30, Level.DATASET),
    SPATIAL_AVAILABILITY("spatialAvailability", QualityDimension.FINDABILITY, 20, Level.DATASET),
    TEMPORAL_AVAILABILITY("temporalAvailability", QualityDimension.FINDABILITY, 20, Level.DATASET),

    ACCESS_URL_STATUS_CODE("accessUrlStatusCode", QualityDimension.ACCESSIBILITY, 50, Level.FILE),
    DOWNLOAD_URL_AVAILABILITY("downloadUrlAvailability", QualityDimension.ACCESSIBILITY, 20, Level.DISTRIBUTION),
    DOWNLOAD_URL_STATUS_CODE("downloadUrlStatusCode", QualityDimension.ACCESSIBILITY, 30, Level.FILE),

    FORMAT_AVAILABILITY("formatAvailability", QualityDimension.INTEROPERABILITY, 20, Level.DISTRIBUTION),
    MEDIA_TYPE_AVAILABILITY("mediaTypeAvailability", QualityDimension.INTEROPERABILITY, 10, Level.DISTRIBUTION),
    FORMAT_MEDIA_TYPE_VOCABULARY_ALIGNMENT("formatMediaTypeVocabularyAlignment", QualityDimension.INTEROPERABILITY, 10,
            Level.DISTRIBUTION),
    FORMAT_MEDIA_TYPE_NON_PROPRIETARY("formatMediaTypeNonProprietary", QualityDimension.INTEROPERABILITY, 20,
            Level.DISTRIBUTION),
    FORMAT_MEDIA_TYPE_MACHINE_INTERPRETABLE("formatMediaTypeMachineInterpretable", QualityDimension.INTEROPERABILITY, 20,
            Level.DISTRIBUTION),
    DCAT_AP_COMPLIANCE("dcatApCompliance", QualityDimension.INTEROPERABILITY, 30, Level.DATASET),
    FORMAT_MATCH("formatMatch", QualityDimension.INTEROPERABILITY, 15, Level.FILE),
    SYNTAX_VALID("syntaxValid", QualityDimension.INTEROPERABILITY, 15, Level.FILE),

    LICENCE_AVAILABILITY("licenceAvailability", QualityDimension.REUSABILITY, 20, Level.DISTRIBUTION),
    KNOWN_LICENCE("knownLicence", QualityDimension.REUSABILITY, 10, Level.DISTRIBUTION),
    ACCESS_RIGHTS_AVAILABILITY("accessRightsAvailability", QualityDimension.REUSABILITY, 10, Level.DATASET),
    ACCESS_RIGHTS_VOCABULARY_ALIGNMENT("accessRightsVocabularyAlignment", QualityDimension.REUSABILITY, 5, Level.DATASET),
    CONTACT_POINT_AVAILABILITY("contactPointAvailability", QualityDimension.REUSABILITY, 20, Level.DATASET),
    PUBLISHER_AVAILABILITY("publisherAvailability", QualityDimension.REUSABILITY, 10, Level.DATASET),

    RIGHTS_AVAILABILITY("rightsAvailability", QualityDimension.CONTEXTUALITY, 5, Level.DISTRIBUTION),
    BYTE_SIZE_AVAILABILITY("byteSizeAvailability", QualityDimension.CONTEXTUALITY, 5, Level.DISTRIBUTION),
    DATE_ISSUED_AVAILABILITY("dateIssuedAvailability", QualityDimension.CONTEXTUALITY, 5, Level.DISTRIBUTION),
    DATE_MODIFIED_AVAILABILITY("dateModifiedAvailability", QualityDimension.CONTEXTUALITY, 5, Level.DISTRIBUTION),

    VARIABLE_DEFINITIONS("variableDefinitions", QualityDimension.VARIABLES, 20, Level.VARIABLES),
    VARIABLE_CODE_LISTS("variableCodeLists", QualityDimension.VARIABLES, 20, Level.VARIABLES),
    VARIABLE_ENGLISH_LABELS("variableEnglishLabels", QualityDimension.VARIABLES, 20, Level.VARIABLES),
    VARIABLE_UNITS("variableUnits", QualityDimension.VARIABLES, 20, Level.VARIABLES),
    VARIABLE_PERIODS("variablePeriods", QualityDimension.VARIABLES, 20, Level.VARIABLES);

    /** Where a metric is measured. */
    public enum Level {
        /** On the dataset. */
        DATASET,
        /** On each distribution; the best one counts. */
        DISTRIBUTION,
        /** Needs the data file (HTTP status, content): not measured by varcat. */
        FILE,
        /** A share of the register's variables. */
        VARIABLES
    }

    /** varcat's own metrics' namespace; the MQA ones are in {@link QualityDimension#MQA}. */
    static final String VARCAT_NS = "https://w3id.org/varcat/ns#";

    private final String localName;
    private final QualityDimension dimension;
    private final int points;
    private final Level level;

    QualityMetric(String localName, QualityDimension dimension, int points, Level level) {
        this.localName = localName;
        this.dimension = dimension;
        this.points = points;
        this.level = level;
    }

    public String iri() {
        return (dimension.mqa() ? QualityDimension.MQA : VARCAT_NS) + localName;
    }

    public String localName() {
        return localName;
    }

    public QualityDimension dimension() {
        return dimension;
    }

    /** The points it is worth when fully met. */
    public int points() {
        return points;
    }

    public Level level() {
        return level;
    }

    /** False for the metrics that need the data file, which varcat does not fetch. */
    public boolean measured() {
        return level != Level.FILE;
    }

    public String messageKey() {
        return "quality.metric." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The metric with this IRI, or null. */
    public static QualityMetric ofIri(String iri) {
        for (QualityMetric metric : values()) {
            if (metric.iri().equals(iri)) {
                return metric;
            }
        }
        return null;
    }
}
