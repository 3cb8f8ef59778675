package no.varcat.vocab;

import org.apache.jena.rdf.model.Model;

/** varcat's own vocabulary (the terms of {@link VARCAT}) as RDF: labels, comments, domains and ranges. */
public final class VarcatVocabulary {

    /** Classpath path of the Turtle file. */
    public static final String RESOURCE_PATH = "/no/varcat/vocab/varcat.ttl";
    /** The owl:Ontology the file describes. */
    public static final String ONTOLOGY_IRI = "https://w3id.org/varcat/ns";

    private VarcatVocabulary() {
    }

    /** A fresh model of varcat.ttl on each call. */
    public static Model model() {
        return ClasspathTurtle.read(RESOURCE_PATH);
    }
}
