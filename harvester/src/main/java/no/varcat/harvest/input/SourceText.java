package no.varcat.harvest.input;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.IssueCollector;
import no.varcat.harvest.SourceFormatException;

/**
 * The text of a CSV or JSON source, decoded the way registers actually deliver it: UTF-8 with or
 * without a BOM (Excel writes one), UTF-16 with a BOM, and bytes that are not UTF-8, which are
 * nearly always an older Windows export in windows-1252 (Latin-1 plus a few signs): read as that,
 * with a warning at the first bad byte, rather than refused or turned into replacement characters.
 * What cannot be the expected text at all (nothing, or a web server's HTML error or login page) is
 * fatal.
 */
public final class SourceText {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

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
        byte[] bytes = SourceBytes.read(in, issues);
        SourceText source;
        if (SourceBytes.startsWith(bytes, 0xFE, 0xFF)) {
            source = new SourceText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE));
        } else if (SourceBytes.startsWith(bytes, 0xFF, 0xFE)) {
            source = new SourceText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE));
        } else {
            source = utf8OrWindows1252(bytes, SourceBytes.startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0, issues);
        }
        source.checkIsText(expected, issues);
        return source;
    }

    public String text() {
        return text;
    }

    /** The 1-based line a character offset of {@link #text()} is on; a line ends at \n, \r\n or a lone \r. */
    public long lineAt(long offset) {
        int found = Arrays.binarySearch(lineStarts, (int) Math.min(offset, Integer.MAX_VALUE));
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** The 1-based column of a character offset of {@link #text()}. */
    public long columnAt(long offset) {
        return offset - lineStarts[(int) lineAt(offset) - 1] + 1;
    }

    private static SourceText utf8OrWindows1252(byte[] bytes, int start, IssueCollector issues) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        // UTF-8 never decodes to more chars than it has bytes, so the output cannot overflow.
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (!result.isError()) {
            return new SourceText(out.flip().toString());
        }
        int bad = in.position();
        SourceText source = new SourceText(new String(bytes, start, bytes.length - start, WINDOWS_1252));
        // windows-1252 has one character per byte, so the bad byte's offset is its character's.
        long offset = bad - start;
        issues.add(Severity.WARNING, String.format(Locale.ROOT, "The file is not UTF-8 (byte 0x%02X cannot be UTF-8); "
                + "read as Latin-1 (windows-1252). Save it as UTF-8 to be sure of its letters", bytes[bad] & 0xFF),
                source.lineAt(offset), source.columnAt(offset));
        return source;
    }

    private void checkIsText(String expected, IssueCollector issues) {
        String start = text.stripLeading();
        if (start.isEmpty()) {
            throw SourceFormatException.fatal(issues, "The file is empty", -1, -1);
        }
        Optional<String> html = HtmlPage.problem(start, expected);
        if (html.isPresent()) {
            throw SourceFormatException.fatal(issues, html.get(), lineAt(text.indexOf('<')), -1);
        }
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
            if (end) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }
}
