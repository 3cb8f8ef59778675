package no.varcat.catalog.search;

import java.util.List;
import java.util.function.Consumer;

/**
 * Documents handed over a page at a time, so that a rebuild or a comparison of the whole index holds
 * one page of the catalog in memory, never all of it (a million variables do not fit in the heap).
 */
@FunctionalInterface
public interface DocumentPages<T> {

    /** Hands each page to {@code page}, in turn. */
    void forEach(Consumer<List<T>> page);

    /** One page holding everything: for what is small enough to read at once. */
    static <T> DocumentPages<T> of(List<T> all) {
        return page -> page.accept(all);
    }
}
