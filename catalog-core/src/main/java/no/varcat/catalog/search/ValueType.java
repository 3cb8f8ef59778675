package no.varcat.catalog.search;

import java.util.Locale;
import java.util.Set;

/** What kind of values a variable holds, grouped from its representation; the URL carries {@link #param()}. */
public enum ValueType {
    CODE_LIST, INTEGER, DECIMAL, TEXT, DATE, OTHER;

    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    private static final Set<String> INTEGERS = Set.of("integer", "int", "long", "short", "byte", "nonNegativeInteger",
            "positiveInteger", "nonPositiveInteger", "negativeInteger", "unsignedLong", "unsignedInt", "unsignedShort",
            "unsignedByte");
    private static final Set<String> DECIMALS = Set.of("decimal", "double", "float");
    private static final Set<String> TEXTS = Set.of("string", "normalizedString", "token", "language");
    private static final Set<String> DATES = Set.of("date", "dateTime", "dateTimeStamp", "gYear", "gYearMonth", "time");

    /** The group of a representation IRI (a code list or an XSD datatype); null or unknown is other. */
    public static ValueType of(String representation, boolean hasCodeList) {
        if (hasCodeList) {
            return CODE_LIST;
        }
        if (representation == null || !representation.startsWith(XSD)) {
            return representation != null && representation.endsWith("langString") ? TEXT : OTHER;
        }
        String local = representation.substring(XSD.length());
        return INTEGERS.contains(local) ? INTEGER : DECIMALS.contains(local) ? DECIMAL
                : TEXTS.contains(local) ? TEXT : DATES.contains(local) ? DATE : OTHER;
    }

    /** The value in the URL and in the index: {@code code-list}, {@code integer}, ... */
    public String param() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The type named by a URL parameter, or null when it names none. */
    public static ValueType fromParam(String value) {
        if (value != null) {
            for (ValueType type : values()) {
                if (type.param().equalsIgnoreCase(value.strip())) {
                    return type;
                }
            }
        }
        return null;
    }
}
