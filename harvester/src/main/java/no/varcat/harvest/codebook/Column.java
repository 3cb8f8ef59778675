package no.varcat.harvest.codebook;

/**
 * What a codebook column means, whatever a layout calls it. A layout maps each to the header
 * names it uses; the rest of the package only ever asks for these.
 */
enum Column {
    /** The variable's technical name: its notation and the last segment of its IRI. */
    NAME,
    LABEL,
    DESCRIPTION,
    LABEL_EN,
    DESCRIPTION_EN,
    TYPE,
    /** Number of decimals of a numeric variable; 0 makes it an integer. */
    DECIMALS,
    /** All codes of a code list in one cell, in any syntax {@link CodeListCell} reads. */
    CODES,
    /** One code of a code list, for layouts with a row per code. */
    CODE_VALUE,
    CODE_LABEL,
    /** First and last date (or year) the variable is collected. */
    START,
    END,
    /** QUDT unit local name. */
    UNIT,
    /** The form (skjema) the variable is on. */
    SUBJECT,
    /** How the values relate to time: fixed, status, accumulated or event (microdata.no's codes, or the list's labels). */
    TEMPORALITY,
    /** What the values describe: person, episode, prescription, ... (varcat's unit-type list, by code or label). */
    UNIT_TYPE,
    /** Who the variable is recorded for, as free text in the layout's language. */
    POPULATION,
    /**
     * The register (dataset) a row's variable is in, for layouts listing several registers: the last
     * segment of the register's IRI.
     */
    REGISTER,
    /** The title of that register. */
    REGISTER_TITLE
}
