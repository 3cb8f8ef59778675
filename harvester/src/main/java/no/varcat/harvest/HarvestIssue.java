package no.varcat.harvest;

/**
 * Something wrong with a source's content, with its position where the format has one
 * (line and column are -1 when unknown).
 */
public record HarvestIssue(Severity severity, String message, long line, long column) {

    public enum Severity { WARNING, ERROR, FATAL }

    public String position() {
        return line < 0 ? "" : column < 0 ? "line " + line : "line " + line + ", column " + column;
    }

    @Override
    public String toString() {
        String where = position();
        return severity + (where.isEmpty() ? "" : " at " + where) + ": " + message;
    }
}
