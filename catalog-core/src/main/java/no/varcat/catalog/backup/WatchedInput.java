package no.varcat.catalog.backup;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An input stream that remembers a read failure. RIOT's parsers may end at a read error as at the
 * end of input; a gzip stream cut short fails on read, and that failure must fail the backup or the
 * restore, not pass for a smaller store.
 */
final class WatchedInput extends FilterInputStream {

    private IOException failure;

    WatchedInput(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        try {
            return super.read(b, off, len);
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    /** Throws the first read failure, if there was one; then reads to the end, so that nothing after the last quad goes unread. */
    void readToEnd() throws IOException {
        if (failure != null) {
            throw failure;
        }
        in.transferTo(java.io.OutputStream.nullOutputStream());
    }

    /** The parser closes what it reads; the caller closes the underlying stream itself. */
    @Override
    public void close() {
    }
}
