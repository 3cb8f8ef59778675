package no.varcat.web;

import no.varcat.catalog.resource.ResourceIds;

/** The site paths of sample resources, as ResourceUrls writes them, for the tests. */
public final class Paths {

    private Paths() {
    }

    public static String variable(String iri) {
        return "/variables/" + ResourceIds.of(iri);
    }

    public static String register(String iri) {
        return "/registers/" + ResourceIds.of(iri);
    }
}
