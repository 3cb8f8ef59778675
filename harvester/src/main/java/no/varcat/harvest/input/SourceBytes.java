package no.varcat.harvest.input;

import java.io.IOException;
import java.io.InputStream;

import no.varcat.harvest.IssueCollector;
import no.varcat.harvest.SourceFormatException;

/**
 * Reads a whole source into memory, refusing one far larger than any file a register publishes:
 * charset detection and POI need all bytes, and a source (or a wrong URL) must not be able to
 * exhaust the harvester's memory.
 */
public final class SourceBytes {

    /** Real codebooks are at most a few MB (a national register's full kodebok is under 5 MB), coverage and indicator files less. */
    static final int MAX_BYTES = 32 * 1024 * 1024;

    private SourceBytes() {
    }

    /** @throws SourceFormatException after recording a fatal issue, when the source cannot be read, is too large or is empty */
    public static byte[] read(InputStream in, IssueCollector issues) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw SourceFormatException.fatal(issues, "Reading the source failed: " + e.getMessage(), -1, -1, e);
        }
        if (bytes.length > MAX_BYTES) {
            throw SourceFormatException.fatal(issues, "The file is larger than " + MAX_BYTES / (1024 * 1024)
                    + " MB, far beyond any codebook, coverage or indicator file; refusing to read it (check the source's URL)", -1, -1);
        }
        if (bytes.length == 0) {
            throw SourceFormatException.fatal(issues, "The file is empty", -1, -1);
        }
        return bytes;
    }

    /** Whether {@code bytes} begin with {@code prefix}, given as unsigned byte values (0xEF, 'P'). */
    public static boolean startsWith(byte[] bytes, int... prefix) {
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
}
