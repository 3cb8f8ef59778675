package no.varcat.catalog.resource;

import java.util.Arrays;
import java.util.Optional;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.SKOS;

import no.varcat.vocab.DISCO;
import no.varcat.vocab.DQV;

/**
 * The kinds of harvested resource that have a URL of their own under {@code varcat.base-uri}:
 * {@code {base-uri}{segment}/{id}}. A publisher has no class of its own in the sources (DCAT says
 * {@code foaf:Agent}, DDI {@code foaf:Organization}); it is whatever a register names with
 * {@code dct:publisher}.
 */
public enum ResourceKind {
    REGISTER("registers", DCAT.Dataset),
    VARIABLE("variables", DISCO.Variable),
    CODE_LIST("codelists", SKOS.ConceptScheme),
    INDICATOR("indicators", DQV.Metric),
    PUBLISHER("publishers", null);

    private final String segment;
    private final Resource type;

    ResourceKind(String segment, Resource type) {
        this.segment = segment;
        this.type = type;
    }

    /** The path segment, e.g. {@code variables}. */
    public String segment() {
        return segment;
    }

    /** The rdf:type a resource of this kind has; empty for publishers, known by the dct:publisher pointing at them. */
    public Optional<Resource> type() {
        return Optional.ofNullable(type);
    }

    public static Optional<ResourceKind> fromSegment(String segment) {
        return Arrays.stream(values()).filter(kind -> kind.segment.equals(segment)).findFirst();
    }
}
