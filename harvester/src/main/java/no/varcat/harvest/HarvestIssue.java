package no.varcat.harvest;

/**
 * Something wrong with a source's content, with its position where the format has one
 * (line and column are -1 when unknown).
 *
 * @param about the IRI of the register (or other resource) the issue is about, so that its page can
 *              say so; null when it is about the source as a whole
 */
public record HarvestIssue(Severity severity, String message, long line, long column, String about) {

    public enum Severity { WARNING, ERROR, FATAL }

    public HarvestIssue(Severity severity, String message, long line, long column) {
        this(severity, message, line, column, null);
    }

    /**
     * The message without the part naming what it is about, for the page of that resource: for
     * {@code Register harvested, but incomplete: «MFR» <iri>: A register needs ...} the sentence after
     * the IRI; the whole message when it names no {@link #about()}.
     */
    public String detail() {
        String named = about == null ? null : "<" + about + ">: ";
        int at = named == null ? -1 : message.indexOf(named);
        return at < 0 ? message : message.substring(at + named.length());
    }

    public String position() {
        return line < 0 ? "" : column < 0 ? "line " + line : "line " + line + ", column " + column;
    }

    @Override
    public String toString() {
        String where = position();
        return severity + (where.isEmpty() ? "" : " at " + where) + ": " + message;
    }
}
