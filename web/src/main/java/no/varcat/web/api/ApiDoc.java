package no.varcat.web.api;

/** Texts the OpenAPI annotations share. */
final class ApiDoc {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String BAD_REQUEST = "A parameter cannot be used; invalid-params names each one and says why";
    static final String NOT_FOUND = "No resource of this kind has this id";
    static final String UNAVAILABLE = "The search or the store cannot answer just now; Retry-After says when to try again";
    static final String ID = "The resource's id, as in its links (stable across harvests and restarts)";
    static final String SIZE = "How many items a page holds, 1 to 100";
    static final String CURSOR = "Where the page starts: nextCursor of the page before (leave out for the first page)";

    private ApiDoc() {
    }
}
