package no.varcat.web.search;

import java.util.Optional;

import no.varcat.catalog.search.PageCursor;
import no.varcat.catalog.search.VariableSearchResult;

/**
 * Which page of variables to show and the links to its neighbours. The first
 * {@link #NUMBERED_PAGES} pages are found by skipping hits (short links, cheap while few hits are
 * skipped); from there on the next and previous links carry the sort values of the last or first
 * hit (search_after), so page 5,000 costs what page 2 does and can still be shared. A page number
 * without a cursor is honoured up to {@link #SKIPPING_PAGES}, as far as Elasticsearch skips hits
 * (index.max_result_window, 10,000).
 *
 * @param number   the page shown, from 1
 * @param pages    how many pages the results fill
 * @param previous link to the page before, or null
 * @param next     link to the page after, or null
 *
 * <p>Public, with public methods, for the template: SpEL calls methods of public types only.
 */
public record Pagination(int number, long pages, String previous, String next) {

    static final int NUMBERED_PAGES = 10;
    static final int SKIPPING_PAGES = 10_000 / SearchController.PAGE_SIZE;

    /** The page a URL asks for: a cursor when it carries a valid one, else a page number within reach of skipping. */
    record Request(int number, Optional<PageCursor> cursor) {

        static Request of(String page, String after, String before) {
            int number = parse(page);
            Optional<PageCursor> cursor = PageCursor.parse(after, false).or(() -> PageCursor.parse(before, true));
            return new Request(cursor.isPresent() ? number : Math.min(number, SKIPPING_PAGES), cursor);
        }

        /** The last page of {@code total} hits that skipping reaches. */
        static Request last(long total) {
            long pages = (total + SearchController.PAGE_SIZE - 1) / SearchController.PAGE_SIZE;
            return new Request((int) Math.max(1, Math.min(pages, SKIPPING_PAGES)), Optional.empty());
        }

        int from() {
            return (number - 1) * SearchController.PAGE_SIZE;
        }

        private static int parse(String page) {
            try {
                return page == null ? 1 : Math.max(1, Integer.parseInt(page.strip()));
            } catch (NumberFormatException e) {
                return 1;
            }
        }
    }

    static Pagination of(Request request, VariableSearchResult result, SearchState state) {
        long pages = (result.total() + SearchController.PAGE_SIZE - 1) / SearchController.PAGE_SIZE;
        int number = (int) Math.max(1, Math.min(request.number(), pages));
        String previous = null;
        if (number > 1) {
            previous = number - 1 <= NUMBERED_PAGES || result.firstCursor() == null
                    ? state.page(Math.min(number - 1, NUMBERED_PAGES))
                    : state.before(result.firstCursor(), number - 1);
        }
        String next = null;
        if (number < pages && result.lastCursor() != null) {
            next = number + 1 <= NUMBERED_PAGES ? state.page(number + 1) : state.after(result.lastCursor(), number + 1);
        }
        return new Pagination(number, pages, previous, next);
    }

    /** The position of the first hit on the page, for the numbered list. */
    public long firstPosition() {
        return (long) (number - 1) * SearchController.PAGE_SIZE + 1;
    }
}
