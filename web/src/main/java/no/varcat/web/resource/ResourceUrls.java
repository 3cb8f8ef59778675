package no.varcat.web.resource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;

import no.varcat.catalog.resource.ResourceKind;
import no.varcat.web.system.VarcatProperties;

/** Placeholder with the contract's shape until the stable resource ids land on main (the lead's version replaces it). */
@Component
public class ResourceUrls {

    private final String base;

    ResourceUrls(VarcatProperties properties) {
        String uri = properties.baseUri().toString();
        this.base = uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }

    public String path(ResourceKind kind, String iri) {
        return "/" + kind.segment() + "/" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
    }

    public String url(ResourceKind kind, String iri) {
        return base + path(kind, iri);
    }
}
