package no.varcat.catalog.dcat;

/**
 * One page of the exported catalog: {@code size} datasets from {@code offset()}, of {@code total}.
 * An empty catalog has one (empty) page, so that {@code /catalog} always answers.
 */
public record CatalogPage(int number, int size, long total) {

    public CatalogPage {
        if (size < 1) {
            throw new IllegalArgumentException("page size must be at least 1: " + size);
        }
        if (number < 1 || number > pages(size, total)) {
            throw new PageOutOfRangeException(number, pages(size, total));
        }
    }

    public int pages() {
        return pages(size, total);
    }

    public long offset() {
        return (long) (number - 1) * size;
    }

    public boolean hasNext() {
        return number < pages();
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    /** More than one page: the export then says which page this is (Hydra). */
    public boolean paged() {
        return pages() > 1;
    }

    private static int pages(int size, long total) {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
