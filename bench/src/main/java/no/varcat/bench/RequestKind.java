package no.varcat.bench;

/** What the load test asks for, with its share of the requests (out of 100) and how the report names it. */
enum RequestKind {

    SEARCH_PAGE(20, "search page (`/search`: a text, often a facet or two, sometimes page 2)"),
    SEARCH_API(15, "search API (`/api/v1/variables`: a text, facets counted, often a facet chosen)"),
    VARIABLE_PAGE(20, "variable page (`/variables/{id}`)"),
    REGISTER_PAGE(15, "register page (`/registers/{id}`, and its `next` links followed)"),
    API_RESOURCE(20, "`/api/v1` resources (a variable, a register, a register's variables page by page, the register list)"),
    SUGGEST(10, "suggest (`/api/suggest`: the first letters of a word)");

    final int share;
    final String label;

    RequestKind(int share, String label) {
        this.share = share;
        this.label = label;
    }

    /** The kind for a number from 0 to 99, by the shares above. */
    static RequestKind forPercentile(int n) {
        int upTo = 0;
        for (RequestKind kind : values()) {
            upTo += kind.share;
            if (n < upTo) {
                return kind;
            }
        }
        return values()[values().length - 1];
    }
}
