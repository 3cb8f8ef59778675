package no.varcat.catalog.search;

import java.util.List;

/**
 * A page of search results, the total number of matches, and the facet counts.
 *
 * @param suggestion          when nothing matched the text, a corrected spelling of it; otherwise null
 * @param qualityIndicators   registers with ("true") and without ("false") quality indicators
 * @param firstCursor         {@link PageCursor#token()} of the first hit, for the page before this one; null when empty
 * @param lastCursor          {@link PageCursor#token()} of the last hit, for the page after this one; null when empty
 * @param fromCursor          whether the hits are the page the query's cursor points at (false without a cursor,
 *                            and when a cursor that did not fit the order gave the first page instead)
 * @param temporalities       temporalities (fixed, status, accumulated, event) by count, with bokmål and English labels
 * @param unitTypes           unit types (person, episode, ...) by count, with bokmål and English labels
 */
public record VariableSearchResult(String query, long total, int from, List<VariableHit> hits,
        List<FacetValue> registers, List<FacetValue> codeList, List<FacetValue> publishers, List<FacetValue> valueTypes,
        List<FacetValue> themes, List<FacetValue> coverageBands, List<FacetValue> qualityIndicators,
        String suggestion, String firstCursor, String lastCursor, boolean fromCursor,
        List<FacetValue> temporalities, List<FacetValue> unitTypes) {

    public VariableSearchResult {
        hits = List.copyOf(hits);
        registers = List.copyOf(registers);
        codeList = List.copyOf(codeList);
        publishers = List.copyOf(publishers);
        valueTypes = List.copyOf(valueTypes);
        themes = List.copyOf(themes);
        coverageBands = List.copyOf(coverageBands);
        qualityIndicators = List.copyOf(qualityIndicators);
        temporalities = List.copyOf(temporalities);
        unitTypes = List.copyOf(unitTypes);
    }
}
