package no.varcat.web.resource;

import org.apache.jena.riot.Lang;
import org.springframework.stereotype.Component;

import no.varcat.catalog.resource.ResourceIds;
import no.varcat.catalog.resource.ResourceKind;
import no.varcat.web.catalog.RdfNegotiation;
import no.varcat.web.system.VarcatProperties;

/**
 * The URLs of harvested resources: {@code /{kind}/{id}} under {@code varcat.base-uri}. Pure
 * functions of the IRI, so templates and exports write links without asking the store.
 * Templates write {@code @{/variables/{id}(id=${@resourceUrls.id(v.iri())})}}: Thymeleaf refuses a
 * link whose base is an expression.
 */
@Component
public class ResourceUrls {

    private final String baseUri;

    public ResourceUrls(VarcatProperties properties) {
        this.baseUri = properties.baseUri().toString();
    }

    /** The path on this site, e.g. {@code /variables/mfr-fvekt-c491ed57}. */
    public String path(ResourceKind kind, String iri) {
        return "/" + kind.segment() + "/" + ResourceIds.of(iri);
    }

    /** The public URL, under {@code varcat.base-uri}. */
    public String url(ResourceKind kind, String iri) {
        return baseUri + kind.segment() + "/" + ResourceIds.of(iri);
    }

    /** The public URL of one RDF syntax of the resource, e.g. {@code .../variables/mfr-fvekt-c491ed57.ttl}. */
    public String url(ResourceKind kind, String iri, Lang syntax) {
        return url(kind, iri) + "." + RdfNegotiation.suffix(syntax);
    }

    public String register(String iri) {
        return path(ResourceKind.REGISTER, iri);
    }

    public String variable(String iri) {
        return path(ResourceKind.VARIABLE, iri);
    }

    /** The id alone, for templates' link expressions. */
    public String id(String iri) {
        return ResourceIds.of(iri);
    }
}
