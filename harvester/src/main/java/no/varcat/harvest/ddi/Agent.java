package no.varcat.harvest.ddi;

/** A producer or distributor named in the study citation; {@code homepage} is its URI attribute, or null. */
record Agent(LangText name, String homepage) {
}
