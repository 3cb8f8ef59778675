package no.varcat.harvest.fetch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Reads a response body into memory and gives up as soon as it passes the cap, so an endless or
 * huge response stops early. The client does not decompress (varcat asks it not to);
 * {@link #gunzip} does, with the same cap on what comes out, so a small gzip bomb is stopped too.
 */
final class CappedBody {

    /** The body passed the cap. */
    static final class TooLargeException extends IOException {
        TooLargeException() {
            super("larger than the cap");
        }
    }

    private CappedBody() {
    }

    static byte[] read(InputStream in, long cap) throws IOException {
        byte[] bytes = in.readNBytes((int) cap + 1);
        if (bytes.length > cap) {
            throw new TooLargeException();
        }
        return bytes;
    }

    static byte[] gunzip(byte[] compressed, long cap) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return read(in, cap);
        }
    }
}
