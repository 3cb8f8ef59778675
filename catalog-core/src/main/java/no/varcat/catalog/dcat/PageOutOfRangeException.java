package no.varcat.catalog.dcat;

/** A catalog page (or a part of one) before the first or after the last. */
public final class PageOutOfRangeException extends RuntimeException {

    private final int pages;

    public PageOutOfRangeException(int requested, int pages) {
        this("Page " + requested + " does not exist: the catalog has " + pages + (pages == 1 ? " page" : " pages"), pages);
    }

    private PageOutOfRangeException(String message, int pages) {
        super(message);
        this.pages = pages;
    }

    /** Part {@code requested} of page {@code page}, which has {@code parts}. */
    public static PageOutOfRangeException part(int requested, int page, int parts) {
        return new PageOutOfRangeException("Part " + requested + " of page " + page + " does not exist: the page has " + parts
                + (parts == 1 ? " part" : " parts"), parts);
    }

    /** How many pages (or parts of the page) there are. */
    public int pages() {
        return pages;
    }
}
