package no.varcat.catalog.search;

import java.util.List;

/**
 * What a researcher asked for: text, the facet values chosen, the order, and which page.
 *
 * @param registers   register IRIs to keep (any of them); empty keeps all
 * @param hasCodeList true or false to keep only variables with or without a code list; null keeps both
 * @param publishers  publisher names to keep (any of them); empty keeps all
 * @param valueTypes  value types to keep (any of them); empty keeps all
 * @param years       the years a variable must have data for some of; {@link YearRange#ANY} keeps all
 * @param sort        the order of the results; null means relevance
 */
public record VariableQuery(String text, List<String> registers, Boolean hasCodeList, List<String> publishers,
        List<ValueType> valueTypes, YearRange years, VariableSort sort, int from, int size) {

    public VariableQuery {
        text = text == null ? "" : text.strip();
        registers = chosen(registers);
        publishers = chosen(publishers);
        valueTypes = valueTypes == null ? List.of() : valueTypes.stream().filter(t -> t != null).distinct().toList();
        years = years == null ? YearRange.ANY : years;
        sort = sort == null ? VariableSort.RELEVANCE : sort;
        from = Math.max(0, from);
        size = Math.max(1, Math.min(size, VariableSearch.MAX_PAGE_SIZE));
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

    /** Whether a facet narrows the results. */
    public boolean hasFilters() {
        return !registers.isEmpty() || hasCodeList != null || !publishers.isEmpty() || !valueTypes.isEmpty()
                || !years.isAny();
    }

    private static List<String> chosen(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).distinct().toList();
    }
}
