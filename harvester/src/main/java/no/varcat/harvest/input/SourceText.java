package no.varcat.harvest.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.IssueCollector;
import no.varcat.harvest.SourceFormatException;

/**
 * The text of a CSV or JSON source, decoded the way registers actually deliver it: UTF-8 with or
 * without a BOM, UTF-16 with a BOM, and Latin-1 from older Windows exports (read, with a warning,
 * rather than refused, as the letters are usually right). What cannot be the expected text at all
 * (nothing, or a web server's HTML error or login page) is fatal.
 */
public final class SourceText {

    /** Far beyond any coverage or indicator file; a guard against reading a wrong URL into memory. */
    static final int MAX_BYTES = 64 * 1024 * 1024;

    private static final Pattern TITLE = Pattern.compile("<title[^>]*>(.*?)</title", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final String text;
    private final int[] lineStarts;

    private SourceText(String text) {
        this.text = text;
        this.lineStarts = lineStarts(text);
    }

    /**
     * Reads and decodes {@code in}, reporting what it had to guess.
     *
     * @param expected what the reader wants, for messages ("CSV", "JSON")
     * @throws SourceFormatException after recording a fatal issue, when the input is not text of that kind
     */
    public static SourceText read(InputStream in, String expected, IssueCollector issues) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw fatal(issues, "Cannot read the source: " + e.getMessage(), -1);
        }
        if (bytes.length > MAX_BYTES) {
            throw fatal(issues, "The source is larger than " + MAX_BYTES / (1024 * 1024) + " MB; not a " + expected + " file of this kind", -1);
        }
        SourceText source = new SourceText(decode(bytes, issues));
        source.checkIsText(expected, issues);
        return source;
    }

    public String text() {
        return text;
    }

    /** The 1-based line a character offset of {@link #text()} is on. */
    public long lineAt(long offset) {
        int found = Arrays.binarySearch(lineStarts, (int) Math.min(offset, Integer.MAX_VALUE));
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** Records a fatal issue and returns the exception a reader throws to stop. */
    public static SourceFormatException fatal(IssueCollector issues, String message, long line) {
        issues.add(Severity.FATAL, message, line, -1);
        return new SourceFormatException(message, null);
    }

    private static String decode(byte[] bytes, IssueCollector issues) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strictUtf8(bytes, 3, issues);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        return strictUtf8(bytes, 0, issues);
    }

    /** UTF-8 if the bytes are valid UTF-8; otherwise Latin-1, which every byte sequence is. */
    private static String strictUtf8(byte[] bytes, int start, IssueCollector issues) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            decoder.flush(out);
            return out.flip().toString();
        }
        int bad = in.position();
        issues.add(Severity.WARNING, String.format(Locale.ROOT,
                "The file is not UTF-8 (byte 0x%02X is not valid UTF-8); read as Latin-1 (ISO-8859-1). Check letters like æ, ø, å, or save the file as UTF-8",
                bytes[bad] & 0xFF), lineOfByte(bytes, bad), -1);
        return new String(bytes, start, bytes.length - start, StandardCharsets.ISO_8859_1);
    }

    private void checkIsText(String expected, IssueCollector issues) {
        String start = text.stripLeading();
        if (start.isEmpty()) {
            throw fatal(issues, "The file is empty", -1);
        }
        String head = start.substring(0, Math.min(start.length(), 16)).toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype") || head.startsWith("<html")) {
            Matcher title = TITLE.matcher(start.substring(0, Math.min(start.length(), 8192)));
            String what = title.find() ? " (title '" + title.group(1).strip().replaceAll("\\s+", " ") + "')" : "";
            throw fatal(issues, "Wrong content: got an HTML page, not " + expected + what
                    + ". The server probably sent an error or login page; check the source's URL", lineAt(text.indexOf('<')));
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static long lineOfByte(byte[] bytes, int offset) {
        long line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }
}
