package no.varcat.web.register;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import no.varcat.catalog.search.RegisterVariablePage;

/**
 * The page of a register's variable list shown and the links to its neighbours: the next page
 * carries the cursor of the last variable shown and the previous one that of the first
 * (search_after), so page 100 costs what page 2 does. Links keep the filter and a size other than
 * the default, and end at the list's heading.
 *
 * @param number   the page shown, from 1
 * @param pages    how many pages the matching variables fill
 * @param previous link to the page before, or null
 * @param next     link to the page after, or null
 *
 * <p>Public, with public methods, for the template: SpEL calls methods of public types only.
 */
public record VariablePages(int number, long pages, String previous, String next) {

    static final String ANCHOR = "#variables-heading";

    static VariablePages of(String path, VariableListRequest request, RegisterVariablePage page) {
        long pages = Math.max(1, (page.matching() + request.size() - 1) / request.size());
        int number = request.page();
        String base = path + query(request);
        String previous = null;
        if (number > 1 && page.firstCursor() != null) {
            previous = number == 2 ? link(base, 1, null, null) : link(base, number - 1, "before", page.firstCursor());
        }
        String next = number < pages && page.lastCursor() != null ? link(base, number + 1, "after", page.lastCursor()) : null;
        return new VariablePages(number, pages, previous, next);
    }

    /** The list with this filter and size, from its first page. */
    static String first(String path, VariableListRequest request) {
        return link(path + query(request), 1, null, null);
    }

    private static String query(VariableListRequest request) {
        StringBuilder query = new StringBuilder();
        if (!request.filter().isEmpty()) {
            query.append("&q=").append(encode(request.filter()));
        }
        if (request.size() != VariableListRequest.DEFAULT_SIZE) {
            query.append("&size=").append(request.size());
        }
        return query.toString();
    }

    private static String link(String base, int page, String cursorName, String cursor) {
        StringBuilder url = new StringBuilder(base);
        if (page > 1) {
            url.append("&page=").append(page);
        }
        if (cursor != null) {
            url.append('&').append(cursorName).append('=').append(encode(cursor));
        }
        int firstParameter = url.indexOf("&");
        if (firstParameter >= 0) {
            url.setCharAt(firstParameter, '?');
        }
        return url.append(ANCHOR).toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
