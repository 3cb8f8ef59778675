package no.varcat.harvest.codebook;

import java.time.LocalDate;

/**
 * One value of a code list.
 *
 * @param label   the code's text; empty when the file gives none
 * @param missing whether the value means "unknown/not given" (varcat:missingValue)
 * @param line    where the code was read, for messages
 * @param from    the first day it is in force; null when not given
 * @param until   the last day; null when not given
 */
record Code(String value, String label, boolean missing, long line, LocalDate from, LocalDate until) {

    Code(String value, String label, boolean missing, long line) {
        this(value, label, missing, line, null, null);
    }

    Code inForce(LocalDate from, LocalDate until) {
        return new Code(value, label, missing, line, from, until);
    }
}
