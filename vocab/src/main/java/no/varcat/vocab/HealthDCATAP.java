package no.varcat.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * HealthDCAT-AP (https://healthdcat-ap.github.io/), the DCAT-AP extension for health datasets of the
 * European Health Data Space.
 */
public final class HealthDCATAP {

    public static final String NS = "http://healthdataportal.eu/ns/health#";

    public static final Property numberOfRecords = property("numberOfRecords");
    public static final Property numberOfUniqueIndividuals = property("numberOfUniqueIndividuals");
    /** Who the register covers, as text. */
    public static final Property populationCoverage = property("populationCoverage");
    public static final Property minTypicalAge = property("minTypicalAge");
    public static final Property maxTypicalAge = property("maxTypicalAge");
    /** A code system the register uses (ICD-10, ATC ...); see vocab's coding-system list. */
    public static final Property hasCodingSystem = property("hasCodingSystem");
    public static final Property hasCodeValues = property("hasCodeValues");
    /** A health topic of the register; varcat takes the values from its own health theme list. */
    public static final Property healthTheme = property("healthTheme");
    public static final Property healthCategory = property("healthCategory");
    public static final Property analytics = property("analytics");
    public static final Property publisherNote = property("publisherNote");
    public static final Property publisherType = property("publisherType");
    public static final Property retentionPeriod = property("retentionPeriod");
    public static final Property trustedDataHolder = property("trustedDataHolder");
    public static final Property hdab = property("hdab");
    /** Whether the dataset holds structured data; if so, HealthDCAT-AP wants its variables listed. */
    public static final Property hasStructuredData = property("hasStructuredData");
    /** The dataset's variable list, a csvw:TableGroup. */
    public static final Property hasVariables = property("hasVariables");

    private HealthDCATAP() {
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
