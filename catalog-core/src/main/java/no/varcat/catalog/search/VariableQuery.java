package no.varcat.catalog.search;

import java.util.List;

/**
 * What a researcher asked for: text, the facet values chosen, the order, and which page.
 *
 * @param registers            register IRIs to keep (any of them); empty keeps all
 * @param hasCodeList          true or false to keep only variables with or without a code list; null keeps both
 * @param publishers           publisher names to keep (any of them); empty keeps all
 * @param valueTypes           value types to keep (any of them); empty keeps all
 * @param years                the years a variable must have data for some of; {@link YearRange#ANY} keeps all
 * @param themes               theme IRIs the register must have (any of them); empty keeps all
 * @param coverageBands        coverage bands of the register to keep (any of them); empty keeps all
 * @param hasQualityIndicators true or false to keep only variables of registers with or without quality indicators; null keeps both
 * @param sort                 the order of the results; null means relevance
 * @param from                 hits to skip; ignored when there is a cursor
 * @param cursor               where the page starts, from the page before or after it; null pages by {@code from}
 * @param temporalities        temporalities to keep, by {@link no.varcat.vocab.ControlledTerms.Term#param()} (any of them); empty keeps all
 * @param unitTypes            unit types to keep, by {@link no.varcat.vocab.ControlledTerms.Term#param()} (any of them); empty keeps all
 */
public record VariableQuery(String text, List<String> registers, Boolean hasCodeList, List<String> publishers,
        List<ValueType> valueTypes, YearRange years, List<String> themes, List<CoverageBand> coverageBands,
        Boolean hasQualityIndicators, VariableSort sort, int from, int size, PageCursor cursor,
        List<String> temporalities, List<String> unitTypes) {

    public VariableQuery {
        text = text == null ? "" : text.strip();
        registers = chosen(registers);
        publishers = chosen(publishers);
        valueTypes = valueTypes == null ? List.of() : valueTypes.stream().filter(t -> t != null).distinct().toList();
        years = years == null ? YearRange.ANY : years;
        themes = chosen(themes);
        coverageBands = coverageBands == null ? List.of() : coverageBands.stream().filter(b -> b != null).distinct().toList();
        sort = sort == null ? VariableSort.RELEVANCE : sort;
        from = cursor == null ? Math.max(0, from) : 0;
        size = Math.max(1, Math.min(size, VariableSearch.MAX_PAGE_SIZE));
        temporalities = chosen(temporalities);
        unitTypes = chosen(unitTypes);
    }

    /** Without the temporality and unit type facets. */
    public VariableQuery(String text, List<String> registers, Boolean hasCodeList, List<String> publishers,
            List<ValueType> valueTypes, YearRange years, List<String> themes, List<CoverageBand> coverageBands,
            Boolean hasQualityIndicators, VariableSort sort, int from, int size, PageCursor cursor) {
        this(text, registers, hasCodeList, publishers, valueTypes, years, themes, coverageBands, hasQualityIndicators, sort, from,
                size, cursor, List.of(), List.of());
    }

    /** Without the register-fact facets, paged by {@code from}. */
    public VariableQuery(String text, List<String> registers, Boolean hasCodeList, List<String> publishers,
            List<ValueType> valueTypes, YearRange years, VariableSort sort, int from, int size) {
        this(text, registers, hasCodeList, publishers, valueTypes, years, List.of(), List.of(), null, sort, from, size, null);
    }

    /** Registers and code list only. */
    public VariableQuery(String text, List<String> registers, Boolean hasCodeList, VariableSort sort, int from, int size) {
        this(text, registers, hasCodeList, List.of(), List.of(), YearRange.ANY, sort, from, size);
    }

    /** In order of relevance. */
    public VariableQuery(String text, List<String> registers, Boolean hasCodeList, int from, int size) {
        this(text, registers, hasCodeList, VariableSort.RELEVANCE, from, size);
    }

    public static VariableQuery text(String text, int from, int size) {
        return new VariableQuery(text, List.of(), null, from, size);
    }

    /** The same query for the page a cursor points at. */
    public VariableQuery at(PageCursor pageCursor) {
        return new VariableQuery(text, registers, hasCodeList, publishers, valueTypes, years, themes, coverageBands,
                hasQualityIndicators, sort, 0, size, pageCursor, temporalities, unitTypes);
    }

    /** Whether a facet narrows the results. */
    public boolean hasFilters() {
        return !registers.isEmpty() || hasCodeList != null || !publishers.isEmpty() || !valueTypes.isEmpty()
                || !years.isAny() || !themes.isEmpty() || !coverageBands.isEmpty() || hasQualityIndicators != null
                || !temporalities.isEmpty() || !unitTypes.isEmpty();
    }

    private static List<String> chosen(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).distinct().toList();
    }
}
