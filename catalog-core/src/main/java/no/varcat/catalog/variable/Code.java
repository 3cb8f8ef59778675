package no.varcat.catalog.variable;

import java.time.LocalDate;

import no.varcat.catalog.text.LocalizedText;

/**
 * One code of a code list; {@code missing} marks codes that stand for a missing or unknown value.
 *
 * @param validFrom  the first day the code is in force; null when the source does not say (since the variable began)
 * @param validUntil the last day it is in force; null while it still is
 */
public record Code(String notation, LocalizedText label, boolean missing, LocalDate validFrom, LocalDate validUntil) {

    /** A code in force as long as its variable. */
    public Code(String notation, LocalizedText label, boolean missing) {
        this(notation, label, missing, null, null);
    }

    /** Whether the source dates the code at all. */
    public boolean dated() {
        return validFrom != null || validUntil != null;
    }

    /** Whether the code is in force on some day of the year. */
    public boolean inForceIn(int year) {
        return (validFrom == null || validFrom.getYear() <= year) && (validUntil == null || validUntil.getYear() >= year);
    }
}
