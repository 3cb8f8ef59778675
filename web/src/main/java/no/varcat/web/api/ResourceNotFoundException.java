package no.varcat.web.api;

import no.varcat.catalog.resource.ResourceKind;

/** No resource of this kind has this id; answered 404. */
class ResourceNotFoundException extends RuntimeException {

    ResourceNotFoundException(ResourceKind kind, String id) {
        super("No " + kind.segment().replaceAll("s$", "") + " has the id '" + id + "'");
    }
}
