package no.varcat.catalog.change;

/**
 * Which changes a reader of the log wants: those of one register, of one publisher's registers, or
 * both; a null part lets everything through. The IRIs must be absolute ({@code Iris.isAbsolute}).
 */
public record ChangeFilter(String register, String publisher) {

    public static final ChangeFilter ALL = new ChangeFilter(null, null);
}
