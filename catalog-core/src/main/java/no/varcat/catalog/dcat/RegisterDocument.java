package no.varcat.catalog.dcat;

import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * A register's document at varcat (its stable URL, which serves the register with its variables
 * and code lists in DISCO/SKOS by Accept, or by suffix) as the dcat:Distributions the catalog lists
 * for the register: one per RDF syntax, with the EU file type and the IANA media type.
 */
record RegisterDocument(String suffix, String fileType, String mediaType, String label) {

    static final String FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/";
    static final String MEDIA_TYPE = "https://www.iana.org/assignments/media-types/";

    static final List<RegisterDocument> FORMATS = List.of(
            new RegisterDocument(".ttl", "RDF_TURTLE", "text/turtle", "Turtle"),
            new RegisterDocument(".jsonld", "JSON_LD", "application/ld+json", "JSON-LD"));

    Resource distribution(Model model, String document) {
        return model.createResource(document + "#distribution-" + suffix.substring(1))
                .addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCTerms.title, "Variabler og kodelister (" + label + ")", "nb")
                .addProperty(DCTerms.title, "Variables and code lists (" + label + ")", "en")
                .addProperty(DCTerms.description, "Registerets variabler og kodelister i DDI-RDF Discovery (DISCO) og SKOS.", "nb")
                .addProperty(DCTerms.description, "The register's variables and code lists in DDI-RDF Discovery (DISCO) and SKOS.", "en")
                .addProperty(DCAT.accessURL, model.createResource(document))
                .addProperty(DCAT.downloadURL, model.createResource(document + suffix))
                .addProperty(DCTerms.format, model.createResource(FILE_TYPE + fileType))
                .addProperty(DCAT.mediaType, model.createResource(MEDIA_TYPE + mediaType));
    }
}
