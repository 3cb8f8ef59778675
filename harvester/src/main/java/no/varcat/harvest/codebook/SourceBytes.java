package no.varcat.harvest.codebook;

import java.io.IOException;
import java.io.InputStream;

import no.varcat.harvest.IssueCollector;

/**
 * Reads a whole codebook into memory, refusing one far larger than any codebook: both the charset
 * check and POI need all bytes, and a source must not be able to exhaust the harvester's memory.
 */
final class SourceBytes {

    /** Real codebooks are at most a few MB; a national register's full kodebok is under 5 MB. */
    static final int MAX_BYTES = 32 * 1024 * 1024;

    private SourceBytes() {
    }

    static byte[] readAll(InputStream in, IssueCollector issues) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw Failure.fatal(issues, "Reading the source failed: " + e.getMessage(), -1, -1, e);
        }
        if (bytes.length > MAX_BYTES) {
            throw Failure.fatal(issues, "The file is larger than " + MAX_BYTES / (1024 * 1024)
                    + " MB, too large for a codebook; refusing to read it", -1, -1);
        }
        if (bytes.length == 0) {
            throw Failure.fatal(issues, "The file is empty", -1, -1);
        }
        return bytes;
    }
}
