package no.varcat.web.list;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

import no.varcat.catalog.variable.Code;
import no.varcat.catalog.variable.VariableDetails;
import no.varcat.catalog.variable.VariableSummary;

/**
 * The list as text in rows, the same for every download format: register, technical name, label
 * (nb), label (en), definition, years, value type or code list, IRI. Register, definition and years
 * follow the reader's language; the labels come in both.
 */
record ListTable(String name, List<String> headings, List<List<String>> rows) {

    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    private static final List<String> HEADING_KEYS = List.of("list.column.register", "list.column.notation",
            "list.column.label.nb", "list.column.label.en", "list.column.definition", "list.column.years",
            "list.column.values", "list.column.iri");

    ListTable {
        headings = List.copyOf(headings);
        rows = rows.stream().map(List::copyOf).toList();
    }

    static ListTable of(List<VariableDetails> variables, MessageSource messages, Locale locale) {
        List<String> headings = HEADING_KEYS.stream().map(key -> messages.getMessage(key, null, locale)).toList();
        List<List<String>> rows = variables.stream().map(v -> row(v, messages, locale)).toList();
        return new ListTable(messages.getMessage("list.sheet", null, locale), headings, rows);
    }

    private static List<String> row(VariableDetails details, MessageSource messages, Locale locale) {
        VariableSummary v = details.summary();
        String lang = locale.getLanguage();
        return List.of(v.registerTitle().in(lang), v.notation(), text(v.label().nb()), text(v.label().en()),
                v.definition().in(lang), years(v, messages, locale), values(details, lang), v.iri());
    }

    static String years(VariableSummary v, MessageSource messages, Locale locale) {
        if (v.firstYear() == null) {
            return messages.getMessage("variable.period.unknown", null, locale);
        }
        String first = v.firstYear().toString();
        return v.lastYear() == null
                ? messages.getMessage("variable.period.open", new Object[] {first}, locale)
                : messages.getMessage("variable.period.closed", new Object[] {first, v.lastYear().toString()}, locale);
    }

    /** The codes as {@code 1=Gutt; 2=Jente} for a code list, else the datatype as {@code xsd:integer}. */
    private static String values(VariableDetails details, String lang) {
        if (!details.codes().isEmpty()) {
            return details.codes().stream().map(c -> code(c, lang)).collect(Collectors.joining("; "));
        }
        String representation = details.summary().representation();
        return representation == null ? "" : representation.replace(XSD, "xsd:");
    }

    private static String code(Code code, String lang) {
        String label = code.label().in(lang);
        return label.isEmpty() ? code.notation() : code.notation() + "=" + label;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
