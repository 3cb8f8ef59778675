package no.varcat.web.resource;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import no.varcat.catalog.resource.ResourceKind;

/** 404: the store has no resource of this kind by this IRI (anymore). */
public class NotInCatalogException extends ResponseStatusException {

    public NotInCatalogException(ResourceKind kind, String iri) {
        super(HttpStatus.NOT_FOUND, "The catalog has no " + kind.segment() + " " + iri);
    }
}
