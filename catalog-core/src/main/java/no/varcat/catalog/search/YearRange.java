package no.varcat.catalog.search;

/**
 * Years a researcher wants data for; a variable matches when its years overlap them.
 *
 * @param from first wanted year, or null for no lower bound
 * @param to   last wanted year, or null for no upper bound
 */
public record YearRange(Integer from, Integer to) {

    public static final YearRange ANY = new YearRange(null, null);

    /** Bounds given the wrong way round are swapped. */
    public YearRange {
        if (from != null && to != null && from > to) {
            Integer swap = from;
            from = to;
            to = swap;
        }
    }

    /** A range from URL parameters; anything but a whole number leaves that end open. */
    public static YearRange parse(String from, String to) {
        return new YearRange(year(from), year(to));
    }

    public boolean isAny() {
        return from == null && to == null;
    }

    private static Integer year(String value) {
        if (value == null || !value.strip().matches("\\d{1,4}")) {
            return null;
        }
        return Integer.valueOf(value.strip());
    }
}
