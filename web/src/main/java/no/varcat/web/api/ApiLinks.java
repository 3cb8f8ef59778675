package no.varcat.web.api;

import org.apache.jena.riot.Lang;
import org.springframework.stereotype.Component;

import no.varcat.catalog.resource.ResourceIds;
import no.varcat.catalog.resource.ResourceKind;
import no.varcat.web.resource.ResourceUrls;
import no.varcat.web.system.VarcatProperties;

/** The ids and URLs every representation carries, from the one place the site makes them. */
@Component
class ApiLinks {

    static final String BASE_PATH = "/api/v1";

    private final ResourceUrls urls;
    private final String apiBase;

    ApiLinks(ResourceUrls urls, VarcatProperties properties) {
        this.urls = urls;
        String base = properties.baseUri().toString();
        this.apiBase = base.substring(0, base.length() - 1) + BASE_PATH;
    }

    String id(String iri) {
        return ResourceIds.of(iri);
    }

    Links of(ResourceKind kind, String iri) {
        return new Links(api(kind, iri), urls.url(kind, iri), urls.url(kind, iri, Lang.TURTLE));
    }

    /** This resource in the API: {@code {base}api/v1/{segment}/{id}}. */
    String api(ResourceKind kind, String iri) {
        return apiBase + "/" + kind.segment() + "/" + id(iri);
    }

    /** A path of the API, absolute: {@code {base}api/v1{path}}. */
    String api(String path) {
        return apiBase + path;
    }
}
