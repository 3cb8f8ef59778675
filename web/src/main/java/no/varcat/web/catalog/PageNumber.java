package no.varcat.web.catalog;

/** The {@code page} parameter of the catalog: absent means 1; anything but a positive whole number is refused. */
final class PageNumber {

    private static final int MAX_DIGITS = 9;

    private PageNumber() {
    }

    /** The page asked for, or null when {@code text} is not a page number. */
    static Integer parse(String text) {
        if (text == null) {
            return 1;
        }
        String digits = text.strip();
        if (digits.isEmpty() || digits.length() > MAX_DIGITS || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        int number = Integer.parseInt(digits);
        return number >= 1 ? number : null;
    }

    /** The refused value as the answer quotes it: short, so that a huge parameter is not echoed whole. */
    static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
