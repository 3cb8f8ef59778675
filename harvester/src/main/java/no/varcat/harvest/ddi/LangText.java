package no.varcat.harvest.ddi;

/** A piece of text from the codebook with the language it is in (its own or inherited xml:lang). */
record LangText(String text, String language) {
}
