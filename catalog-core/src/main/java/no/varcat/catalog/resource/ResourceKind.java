package no.varcat.catalog.resource;

/** The kinds of resource that have a page of their own, each under its path segment. */
public enum ResourceKind {
    REGISTER("registers"), VARIABLE("variables"), CODE_LIST("codelists"), INDICATOR("indicators"), PUBLISHER("publishers");

    private final String segment;

    ResourceKind(String segment) {
        this.segment = segment;
    }

    public String segment() {
        return segment;
    }
}
