package no.varcat.web.api;

/** A path under the API that names no operation; answered 404. */
class UnknownPathException extends RuntimeException {

    UnknownPathException() {
        super("No operation of this API has this path; see /v3/api-docs");
    }
}
