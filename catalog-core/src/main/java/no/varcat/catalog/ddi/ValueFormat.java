package no.varcat.catalog.ddi;

import java.util.List;
import java.util.Set;

import org.apache.jena.vocabulary.XSD;

import no.varcat.catalog.variable.Code;

/**
 * A variable's value domain as DDI's varFormat and var attributes say it. The XSD datatype keeps its
 * exact name in {@code formatname} with {@code schema="XML-Data"}, DDI's value for XML Schema types,
 * since varFormat's {@code type} knows only numeric and character.
 *
 * @param type               varFormat type: "numeric" or "character"
 * @param formatName         the XSD datatype's local name, or null
 * @param category           varFormat category: "date", "time" or null
 * @param representationType var representationType: text, numeric, code, datetime
 * @param interval           var intrvl: "contin" for measured numbers, else "discrete"
 */
record ValueFormat(String type, String formatName, String category, String representationType, String interval) {

    private static final Set<String> NUMBERS = Set.of("integer", "decimal", "double", "float", "int", "long", "short",
            "byte", "nonNegativeInteger", "positiveInteger", "nonPositiveInteger", "negativeInteger", "unsignedInt",
            "unsignedLong", "unsignedShort", "unsignedByte");
    private static final Set<String> DATES = Set.of("date", "dateTime", "dateTimeStamp", "gYear", "gYearMonth");

    /** For a variable with codes: numeric when every code is a number, as DDI tools expect for catValu. */
    static ValueFormat coded(List<Code> codes) {
        boolean numeric = !codes.isEmpty() && codes.stream().allMatch(code -> code.notation().matches("-?\\d+(\\.\\d+)?"));
        return new ValueFormat(numeric ? "numeric" : "character", null, null, "code", "discrete");
    }

    /** For a datatype IRI; null when the representation is not an XSD datatype (nothing is said then). */
    static ValueFormat of(String representation) {
        if (representation == null || !representation.startsWith(XSD.NS)) {
            return null;
        }
        String name = representation.substring(XSD.NS.length());
        if (NUMBERS.contains(name)) {
            return new ValueFormat("numeric", name, null, "numeric", "contin");
        }
        if (DATES.contains(name)) {
            return new ValueFormat("character", name, "date", "datetime", "discrete");
        }
        if (name.equals("time")) {
            return new ValueFormat("character", name, "time", "datetime", "discrete");
        }
        return new ValueFormat("character", name, null, "text", "discrete");
    }
}
