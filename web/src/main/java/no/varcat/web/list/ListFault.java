package no.varcat.web.list;

/**
 * What is wrong with one field of a list entry or an imported file, as a message key and its
 * arguments, so that a page says it in the reader's language and a problem in English.
 *
 * @param field where, as in the file ({@code entries[2].from}) or the form field's id ({@code from-3})
 * @param where the field as a reader knows it ({@code «Fødselsvekt», fra år}); the field itself in a file
 */
record ListFault(String field, String where, String key, Object... args) {

    /** A fault of a file, named by its path in the file. */
    static ListFault at(String field, String key, Object... args) {
        return new ListFault(field, field, key, args);
    }
}
