package no.varcat.catalog.ddi;

/** A text with its language tag as the store has it; the tag is empty for an untagged literal. */
record Tagged(String text, String language) {
}
