package no.varcat.web.list;

import java.time.Clock;
import java.time.Year;

/**
 * What a list entry may hold, the same for the form and for an imported file: years within what
 * registers can have (the oldest Norwegian health registers start in the 1950s; an application
 * may plan a few years ahead), {@code from} not after {@code to}, and a reason of bounded length
 * without control characters (it goes into XML, CSV and the store).
 */
final class EntryRules {

    static final int MIN_YEAR = 1900;
    /** How far ahead a wanted year may lie. */
    static final int YEARS_AHEAD = 10;
    static final int MAX_REASON = 1000;
    static final int MAX_IRI = 2000;

    private final Clock clock;

    EntryRules(Clock clock) {
        this.clock = clock;
    }

    int maxYear() {
        return Year.now(clock).getValue() + YEARS_AHEAD;
    }

    boolean yearInRange(int year) {
        return year >= MIN_YEAR && year <= maxYear();
    }

    /** The years wanted of an entry; either may be null. */
    record Years(Integer from, Integer to) {
        static final Years NONE = new Years(null, null);
    }

    /**
     * The years wanted that a form adding to the list carries along (the coverage matrix's years):
     * each kept only when it is a year these rules take, and both only in order. They are a starting point the researcher edits on the list, so what does not fit is left out
     * rather than refused.
     */
    Years wantedYears(String from, String to) {
        Integer first = year(from);
        Integer last = year(to);
        if (first != null && last != null && first > last) {
            return Years.NONE;
        }
        return new Years(first, last);
    }

    /**
     * The year {@code text} names when it is one these rules take; null for blank text, text that is
     * no whole number, or a year out of range. The form says why; the matrix's years are left out.
     */
    Integer year(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int year = Integer.parseInt(text.strip());
            return yearInRange(year) ? year : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The reason as stored: line ends as {@code \n}, other control characters dropped, trimmed; blank is none. */
    static String cleanReason(String reason) {
        if (reason == null) {
            return null;
        }
        String lines = reason.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(lines.length());
        lines.codePoints().filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
                .filter(c -> c != 0xFFFE && c != 0xFFFF && !(c >= 0xD800 && c <= 0xDFFF)).forEach(out::appendCodePoint);
        String clean = out.toString().strip();
        return clean.isEmpty() ? null : clean;
    }
}
