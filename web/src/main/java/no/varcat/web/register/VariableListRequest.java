package no.varcat.web.register;

import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import no.varcat.catalog.search.PageCursor;
import no.varcat.catalog.search.RegisterVariables;

/**
 * Which part of a register's variable list the URL asks for: the filter text ({@code q}), the page
 * number ({@code page}, from 1), the page size ({@code size}, 1 to {@value RegisterVariables#MAX_PAGE_SIZE})
 * and a page cursor ({@code after} or {@code before}). Read strictly: a value we cannot honour is
 * a 400, not a guess, since the links we write are always valid.
 *
 * @param cursor null to find the page by skipping
 */
record VariableListRequest(String filter, int page, int size, PageCursor cursor) {

    static final int DEFAULT_SIZE = 50;
    /** Longer than anyone types to narrow one register's list. */
    static final int MAX_FILTER_LENGTH = 256;
    private static final int MAX_DIGITS = 6;

    static VariableListRequest of(Map<String, String> params) {
        String q = params.get("q");
        String filter = q == null ? "" : q.strip();
        if (filter.length() > MAX_FILTER_LENGTH) {
            throw bad("The filter is longer than " + MAX_FILTER_LENGTH + " characters");
        }
        int page = number(params.get("page"), "page", 1, Integer.MAX_VALUE, 1);
        int size = number(params.get("size"), "size", 1, RegisterVariables.MAX_PAGE_SIZE, DEFAULT_SIZE);
        PageCursor cursor = cursor(params.get("after"), false).or(() -> cursor(params.get("before"), true)).orElse(null);
        if (cursor == null && (long) page * size > RegisterVariables.MAX_SKIPPED) {
            throw bad("Page " + page + " is reached from the page before it (its 'next' link), not by number");
        }
        return new VariableListRequest(filter, page, size, cursor);
    }

    int from() {
        return (page - 1) * size;
    }

    private static int number(String text, String name, int min, int max, int absent) {
        if (text == null) {
            return absent;
        }
        String digits = text.strip();
        if (digits.isEmpty() || digits.length() > MAX_DIGITS || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw bad("'" + name + "' is a whole number from " + min + " to " + max);
        }
        int number = Integer.parseInt(digits);
        if (number < min || number > max) {
            throw bad("'" + name + "' is a whole number from " + min + " to " + max);
        }
        return number;
    }

    private static Optional<PageCursor> cursor(String token, boolean backward) {
        if (token == null) {
            return Optional.empty();
        }
        return Optional.of(PageCursor.parse(token, backward).orElseThrow(() -> bad("The page cursor is not one of ours")));
    }

    static ResponseStatusException bad(String reason) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, reason);
    }
}
