package no.varcat.harvest.codebook;

/**
 * One value of a code list.
 *
 * @param label   the code's text; empty when the file gives none
 * @param missing whether the value means "unknown/not given" (varcat:missingValue)
 * @param line    where the code was read, for messages
 */
record Code(String value, String label, boolean missing, long line) {
}
