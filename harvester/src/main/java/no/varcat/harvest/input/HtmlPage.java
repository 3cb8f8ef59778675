package no.varcat.harvest.input;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a web page where data was expected: what a server sends instead of the file when
 * the URL is wrong or a login is needed, often with status 200. Said plainly, as a parse error of
 * the expected format would only confuse.
 */
public final class HtmlPage {

    /** How much of the start of a source {@link #problem} needs to find the page's title. */
    public static final int HEAD = 8192;

    private static final Pattern TITLE = Pattern.compile("<title[^>]*>(.*?)</title", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private HtmlPage() {
    }

    /**
     * The fatal message when {@code start}, the beginning of a source, is an HTML page; else empty.
     *
     * @param expected what the reader wants, for the message ("CSV", "Turtle")
     */
    public static Optional<String> problem(String start, String expected) {
        String text = start.replace("\uFEFF", "").stripLeading();
        String head = text.substring(0, Math.min(text.length(), 16)).toLowerCase(Locale.ROOT);
        if (!head.startsWith("<!doctype html") && !head.startsWith("<html")) {
            return Optional.empty();
        }
        Matcher title = TITLE.matcher(text.substring(0, Math.min(text.length(), HEAD)));
        String what = title.find() ? " (title '" + title.group(1).strip().replaceAll("\\s+", " ") + "')" : "";
        return Optional.of("Wrong content: got an HTML page, not " + expected + what
                + ". The server probably sent an error or login page; check the source's URL");
    }
}
