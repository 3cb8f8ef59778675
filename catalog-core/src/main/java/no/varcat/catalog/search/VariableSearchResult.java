package no.varcat.catalog.search;

import java.util.List;

/** A page of search results and the total number of matches. */
public record VariableSearchResult(String query, long total, int from, List<VariableHit> hits) {
}
