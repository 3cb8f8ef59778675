package no.varcat.catalog.qualityscore;

import java.util.Locale;

/**
 * The dimensions a register's quality score is reported in: the five of data.norge.no's metadata
 * quality assessment (MQA), whose IRIs are those of its vocabulary
 * (https://data.norge.no/vocabulary/dcatno-mqa#, Informasjonsforvaltning/dcat-ap-no, dcatno-mqa/),
 * and varcat's own for how well the register's variables are described.
 */
public enum QualityDimension {

    FINDABILITY(QualityDimension.MQA + "findability"),
    ACCESSIBILITY(QualityDimension.MQA + "accessibility"),
    INTEROPERABILITY(QualityDimension.MQA + "interoperability"),
    REUSABILITY(QualityDimension.MQA + "reusability"),
    CONTEXTUALITY(QualityDimension.MQA + "contextuality"),
    VARIABLES("https://w3id.org/varcat/ns#variableCompleteness");

    /** data.norge.no's MQA vocabulary namespace. */
    public static final String MQA = "https://data.norge.no/vocabulary/dcatno-mqa#";

    private final String iri;

    QualityDimension(String iri) {
        this.iri = iri;
    }

    public String iri() {
        return iri;
    }

    /** Whether data.norge.no's MQA has this dimension (the score comparable with theirs). */
    public boolean mqa() {
        return this != VARIABLES;
    }

    public String messageKey() {
        return "quality.dimension." + name().toLowerCase(Locale.ROOT);
    }
}
