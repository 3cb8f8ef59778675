package no.varcat.web.feed;

/**
 * How the change log is cut into feed documents (RFC 5005, archived feeds): archive page n holds
 * the changes numbered {@code (n-1)*SIZE+1} to {@code n*SIZE}, and is served once it is full, after
 * which it never changes; the subscription document holds the page being filled. A page is a range
 * of numbers, not of matching changes, so a filtered archive is as stable as an unfiltered one (and
 * may be empty).
 *
 * @param last the highest number the log has given
 */
record FeedPages(long last) {

    /** Never change it: the archives' URLs and contents depend on it. */
    static final int SIZE = 100;

    /** The page being filled, which the subscription document shows. */
    long current() {
        return last / SIZE + 1;
    }

    /** The newest full page; 0 when there is none yet. */
    long newestArchive() {
        return current() - 1;
    }

    boolean isArchived(long page) {
        return page >= 1 && page <= newestArchive();
    }

    long first(long page) {
        return (page - 1) * SIZE + 1;
    }

    /** The last number on {@code page} that the log has given; below {@link #first} for an empty current page. */
    long lastOn(long page) {
        return Math.min(page * (long) SIZE, last);
    }
}
