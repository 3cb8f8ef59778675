package no.varcat.web.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import org.springframework.util.MultiValueMap;

import no.varcat.catalog.search.CoverageBand;
import no.varcat.catalog.search.ValueType;
import no.varcat.catalog.search.VariableQuery;
import no.varcat.catalog.search.VariableSort;
import no.varcat.catalog.search.YearRange;
import no.varcat.vocab.ControlledTerms;

/**
 * Everything a variable search is, as the URL carries it, read leniently (what cannot be read is
 * left out), and the links to other pages of the same search. Links leave out empty parameters
 * and put {@code page} and the page cursor last.
 *
 * @param codes      "yes", "no" or "" (either)
 * @param indicators "yes", "no" or "" (either): whether the register has quality indicators
 * @param temporalities the temporalities chosen, by URL name ({@code event}); unknown names are left out
 * @param unitTypes     the unit types chosen, by URL name ({@code person}); unknown names are left out
 *
 * <p>Public, with public methods, for the template: SpEL calls methods of public types only.
 */
public record SearchState(String q, List<String> registers, String codes, List<String> publishers, List<String> valueTypes,
        String fromYear, String toYear, List<String> themes, List<String> coverage, String indicators, String sort,
        List<String> temporalities, List<String> unitTypes) {

    static SearchState of(MultiValueMap<String, String> params) {
        YearRange years = YearRange.parse(params.getFirst("from"), params.getFirst("to"));
        return new SearchState(
                searchText(params.getFirst("q")),
                values(params, "register"),
                yesNo(params.getFirst("codes")),
                values(params, "publisher"),
                values(params, "valueType").stream().map(ValueType::fromParam).filter(Objects::nonNull).distinct()
                        .map(ValueType::param).toList(),
                years.from() == null ? "" : years.from().toString(),
                years.to() == null ? "" : years.to().toString(),
                values(params, "theme"),
                values(params, "coverage").stream().map(CoverageBand::fromParam).filter(Objects::nonNull).distinct()
                        .map(CoverageBand::param).toList(),
                yesNo(params.getFirst("indicators")),
                VariableSort.fromParam(params.getFirst("sort")).param(),
                known(values(params, "temporality"), ControlledTerms.TEMPORALITY),
                known(values(params, "unitType"), ControlledTerms.UNIT_TYPES));
    }

    /** The names of concepts the list has, as the list writes them; the rest left out. */
    private static List<String> known(List<String> names, ControlledTerms terms) {
        return names.stream().map(terms::byParam).flatMap(java.util.Optional::stream).map(ControlledTerms.Term::param).distinct().toList();
    }

    /** Longer than anyone types: a pasted page would only make the search engine refuse the query. */
    static final int MAX_QUERY_LENGTH = 256;

    /** The text to search for: none is "", a longer one is cut at {@value #MAX_QUERY_LENGTH} characters. */
    static String searchText(String q) {
        String text = Objects.requireNonNullElse(q, "");
        return text.length() <= MAX_QUERY_LENGTH ? text : text.substring(0, MAX_QUERY_LENGTH);
    }

    VariableQuery query(int from, int size) {
        return new VariableQuery(q, registers, flag(codes), publishers,
                valueTypes.stream().map(ValueType::fromParam).toList(), YearRange.parse(fromYear, toYear), themes,
                coverage.stream().map(CoverageBand::fromParam).toList(), flag(indicators), VariableSort.fromParam(sort),
                from, size, null, temporalities, unitTypes);
    }

    /** Page {@code page} of this search, found by skipping hits. */
    public String page(int page) {
        return url(q, true) + (page > 1 ? "&page=" + page : "");
    }

    /** Page {@code page}: the one after the hit a cursor token points at. */
    public String after(String cursor, int page) {
        return url(q, true) + "&page=" + page + "&after=" + encode(cursor);
    }

    /** Page {@code page}: the one before the hit a cursor token points at. */
    public String before(String cursor, int page) {
        return url(q, true) + "&page=" + page + "&before=" + encode(cursor);
    }

    /** The same filters and order with other text, from the first page. */
    public String withText(String text) {
        return url(text, true);
    }

    /** The same text and order without any filter. */
    public String unfiltered() {
        return url(q, false);
    }

    private String url(String text, boolean filters) {
        StringBuilder url = new StringBuilder("/search?q=").append(encode(text));
        if (filters) {
            registers.forEach(r -> add(url, "register", r));
            add(url, "codes", codes);
            publishers.forEach(p -> add(url, "publisher", p));
            valueTypes.forEach(t -> add(url, "valueType", t));
            add(url, "from", fromYear);
            add(url, "to", toYear);
            themes.forEach(t -> add(url, "theme", t));
            coverage.forEach(c -> add(url, "coverage", c));
            add(url, "indicators", indicators);
            temporalities.forEach(t -> add(url, "temporality", t));
            unitTypes.forEach(u -> add(url, "unitType", u));
        }
        add(url, "sort", sort);
        return url.toString();
    }

    private static void add(StringBuilder url, String name, String value) {
        if (!value.isEmpty()) {
            url.append('&').append(name).append('=').append(encode(value));
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static List<String> values(MultiValueMap<String, String> params, String name) {
        List<String> values = params.get(name);
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
    }

    private static String yesNo(String value) {
        return "yes".equals(value) || "no".equals(value) ? value : "";
    }

    private static Boolean flag(String yesNo) {
        return "yes".equals(yesNo) ? Boolean.TRUE : "no".equals(yesNo) ? Boolean.FALSE : null;
    }
}
