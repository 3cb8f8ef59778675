package no.varcat.web.catalog;

/** The {@code page} and {@code size} parameters of the catalog: whole numbers in a range; anything else is refused. */
public final class PageNumber {

    private static final int MAX_DIGITS = 9;

    private PageNumber() {
    }

    /** The number asked for, {@code min} when absent, or null when {@code text} is not a number from min to max. */
    public static Integer parse(String text, int min, int max) {
        if (text == null) {
            return min;
        }
        String digits = text.strip();
        if (digits.isEmpty() || digits.length() > MAX_DIGITS || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        int number = Integer.parseInt(digits);
        return number >= min && number <= max ? number : null;
    }

    /** The refused value as the answer quotes it: short, so that a huge parameter is not echoed whole. */
    public static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
