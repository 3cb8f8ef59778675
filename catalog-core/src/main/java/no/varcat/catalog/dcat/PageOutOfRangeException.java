package no.varcat.catalog.dcat;

/** A catalog page before the first or after the last. */
public final class PageOutOfRangeException extends RuntimeException {

    private final int pages;

    public PageOutOfRangeException(int requested, int pages) {
        super("Page " + requested + " does not exist: the catalog has " + pages + (pages == 1 ? " page" : " pages"));
        this.pages = pages;
    }

    public int pages() {
        return pages;
    }
}
