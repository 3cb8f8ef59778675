package no.varcat.vocab;

import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * One controlled vocabulary the catalog takes values from: a Turtle file under
 * {@code no/varcat/vocab/vocabularies/} holding one SKOS concept scheme and its concepts.
 */
public enum ControlledVocabulary {

    /** EU data themes, for dcat:theme. */
    DATA_THEMES("data-themes.ttl", "http://publications.europa.eu/resource/authority/data-theme"),
    /** EU access rights, for dct:accessRights. */
    ACCESS_RIGHTS("access-rights.ttl", "http://publications.europa.eu/resource/authority/access-right"),
    /** EU frequencies, for dct:accrualPeriodicity. */
    FREQUENCIES("frequencies.ttl", "http://publications.europa.eu/resource/authority/frequency"),
    /** EU file types, for dct:format. */
    FILE_TYPES("file-types.ttl", "http://publications.europa.eu/resource/authority/file-type"),
    /** EU licences and NLOD's own IRI, for dct:license. */
    LICENCES("licences.ttl", "http://publications.europa.eu/resource/authority/licence"),
    /** varcat's health themes, for healthdcatap:healthTheme. */
    HEALTH_THEMES("health-themes.ttl", "https://w3id.org/varcat/health-theme"),
    /** How a variable's values relate to time (microdata.no's temporalityType), for varcat:temporality. */
    TEMPORALITY_TYPES("temporality-types.ttl", "https://w3id.org/varcat/temporality"),
    /** What a variable's values describe (person, episode, prescription, ...), for disco:analysisUnit. */
    UNIT_TYPES("unit-types.ttl", "https://w3id.org/varcat/unit-type"),
    /**
     * Standard code systems, for healthdcatap:hasCodingSystem and disco:representation. Unlike the
     * others this file declares several concept schemes (one per code system) and no concepts.
     */
    CODING_SYSTEMS("coding-systems.ttl", null);

    private static final String DIRECTORY = "/no/varcat/vocab/vocabularies/";

    private final String fileName;
    private final String schemeIri;

    ControlledVocabulary(String fileName, String schemeIri) {
        this.fileName = fileName;
        this.schemeIri = schemeIri;
    }

    public String fileName() {
        return fileName;
    }

    /** Classpath path of the Turtle file. */
    public String resourcePath() {
        return DIRECTORY + fileName;
    }

    /** The concept scheme all concepts of this vocabulary are in; empty for {@link #CODING_SYSTEMS}. */
    public Optional<Resource> scheme() {
        return Optional.ofNullable(schemeIri).map(ResourceFactory::createResource);
    }

    /** A fresh model of the vocabulary on each call, so callers may change it freely. */
    public Model model() {
        return ClasspathTurtle.read(resourcePath());
    }
}
