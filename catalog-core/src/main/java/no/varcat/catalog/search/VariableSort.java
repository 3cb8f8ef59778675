package no.varcat.catalog.search;

import java.util.Locale;

/** The orders a researcher can put variable results in; the URL carries {@link #param()}. */
public enum VariableSort {
    /** Best match first; the default. */
    RELEVANCE,
    /** By bokmål label. */
    NAME,
    /** By register title, then by bokmål label within each register. */
    REGISTER,
    /**
     * Most recently changed first: {@code dct:modified} of the variable, else of its register;
     * variables with neither last.
     */
    CHANGED;

    /** The value of the {@code sort} URL parameter. */
    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The sort named by a URL parameter; relevance when it is missing or unknown. */
    public static VariableSort fromParam(String value) {
        if (value != null) {
            for (VariableSort sort : values()) {
                if (sort.param().equalsIgnoreCase(value.strip())) {
                    return sort;
                }
            }
        }
        return RELEVANCE;
    }
}
