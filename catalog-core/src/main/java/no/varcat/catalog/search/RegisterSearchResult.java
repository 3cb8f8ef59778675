package no.varcat.catalog.search;

import java.util.List;

/** A page of registers found and the total number of matches. */
public record RegisterSearchResult(String query, long total, int from, List<RegisterHit> hits) {

    public RegisterSearchResult {
        hits = List.copyOf(hits);
    }
}
