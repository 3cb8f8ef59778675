package no.varcat.catalog.officialshapes;

/**
 * A shape set cannot be registered: a file that is not Turtle (with the line and column where it
 * stops being Turtle), or files that are not SHACL. The message is for the operator, in English.
 *
 * @see #file()
 */
public class ShapeSetException extends RuntimeException {

    private final String file;
    private final long line;
    private final long column;

    public ShapeSetException(String file, long line, long column, String message) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    /** The file at fault; null when the fault is the set's as a whole. */
    public String file() {
        return file;
    }

    /** 1-based; -1 when there is no position. */
    public long line() {
        return line;
    }

    /** 1-based; -1 when there is no position. */
    public long column() {
        return column;
    }
}
