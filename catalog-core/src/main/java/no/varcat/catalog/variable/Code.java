package no.varcat.catalog.variable;

import no.varcat.catalog.text.LocalizedText;

/** One code of a code list; {@code missing} marks codes that stand for a missing or unknown value. */
public record Code(String notation, LocalizedText label, boolean missing) {
}
