package no.varcat.web.list;

/**
 * One line of a researcher's list: a variable, or a concept several registers' variables share
 * ({@code disco:RepresentedVariable}), with the years wanted and why, as a data access application
 * asks. Years and reason may be missing while the list is being put together.
 *
 * @param from   the first year wanted, or null
 * @param to     the last year wanted, or null
 * @param reason why it is needed, or null; plain text, escaped wherever it is shown
 */
public record ListEntry(Kind kind, String iri, Integer from, Integer to, String reason) {

    /** What the entry names. */
    public enum Kind {
        VARIABLE, CONCEPT
    }

    public ListEntry {
        reason = reason == null || reason.isBlank() ? null : reason;
    }

    static ListEntry of(Kind kind, String iri) {
        return new ListEntry(kind, iri, null, null, null);
    }

    ListEntry withDetails(Integer from, Integer to, String reason) {
        return new ListEntry(kind, iri, from, to, reason);
    }

    /** The years as {@code 2015–2020}, {@code fra 2015}, {@code til 2020}, or empty: for the downloads. */
    String years(String fromWord, String toWord) {
        if (from != null && to != null) {
            return from.equals(to) ? from.toString() : from + "–" + to;
        }
        if (from != null) {
            return fromWord + " " + from;
        }
        return to == null ? "" : toWord + " " + to;
    }
}
