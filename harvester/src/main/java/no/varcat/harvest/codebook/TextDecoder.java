package no.varcat.harvest.codebook;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.IssueCollector;

/**
 * Decodes a CSV codebook. UTF-8 is the format's encoding, with or without a BOM (Excel writes
 * one); a UTF-16 BOM is honoured. Bytes that are not UTF-8 are nearly always an older Windows
 * export in windows-1252 (Latin-1 plus a few signs), so the file is read as that, with a warning
 * pointing at the first bad byte, rather than refused or turned into replacement characters.
 */
final class TextDecoder {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    static String decode(byte[] bytes, IssueCollector issues) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return decodeUtf8(bytes, 3, issues);
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, StandardCharsets.UTF_16);
        }
        return decodeUtf8(bytes, 0, issues);
    }

    private static String decodeUtf8(byte[] bytes, int offset, IssueCollector issues) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        // UTF-8 never decodes to more chars than it has bytes, so the output cannot overflow.
        CharBuffer out = CharBuffer.allocate(bytes.length - offset);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (!result.isError()) {
            return out.flip().toString();
        }
        int bad = in.position();
        issues.add(Severity.WARNING, String.format("The file is not UTF-8 (byte 0x%02X cannot be UTF-8); read as Latin-1 "
                + "(windows-1252). Save it as UTF-8 to be sure of its letters", bytes[bad] & 0xFF),
                lineOf(bytes, bad), columnOf(bytes, bad));
        return new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
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

    private static long lineOf(byte[] bytes, int position) {
        long line = 1;
        for (int i = 0; i < position; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** 1-based, in bytes: in a Latin-1 line that is also the character column. */
    private static long columnOf(byte[] bytes, int position) {
        int start = position;
        while (start > 0 && bytes[start - 1] != '\n') {
            start--;
        }
        return position - start + 1;
    }
}
