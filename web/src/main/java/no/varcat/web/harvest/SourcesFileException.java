package no.varcat.web.harvest;

import java.nio.file.Path;

/**
 * A CSV of sources ({@code varcat.sources-file}, or one an admin imports) cannot be used:
 * unreadable, or a line that is wrong, named in the message and in {@link #line()} and {@link #column()}.
 */
public class SourcesFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long line;
    private final int column;

    SourcesFileException(String message) {
        this(message, 0, 0, null);
    }

    SourcesFileException(String message, Throwable cause) {
        this(message, 0, 0, cause);
    }

    private SourcesFileException(String message, long line, int column, Throwable cause) {
        super(message, cause);
        this.line = line;
        this.column = column;
    }

    static SourcesFileException atLine(String file, long line, String problem) {
        return at(file, line, 0, problem);
    }

    /** @param column counted from 1; 0 for the line as a whole */
    static SourcesFileException at(String file, long line, int column, String problem) {
        return new SourcesFileException(file + ", line " + line + (column > 0 ? ", column " + column : "") + ": " + problem, line, column,
                null);
    }

    static SourcesFileException unreadable(Path file, Exception cause) {
        return new SourcesFileException("Cannot read the sources file " + file + ": " + cause.getMessage(), cause);
    }

    /** The line at fault, counted from 1; 0 when the fault is not in one line. */
    public long line() {
        return line;
    }

    /** The column at fault, counted from 1; 0 when the fault is not in one column. */
    public int column() {
        return column;
    }
}
