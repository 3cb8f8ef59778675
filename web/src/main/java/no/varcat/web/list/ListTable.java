package no.varcat.web.list;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

import no.varcat.catalog.variable.Code;
import no.varcat.catalog.variable.VariableDetails;
import no.varcat.catalog.variable.VariableSummary;

/**
 * The list as text in rows, the same for every download format, in the column layout of the
 * variable list attached to a data access application: register, variable (technical name),
 * label, the years wanted, the reason; then what helps the one reading it: the concept the row
 * came from, definition, value type or code list, the years the catalog has, the variable's page.
 * A concept gives a row for each variable that shares it, with the concept's years and reason.
 * Rows follow the page: by register, concepts last. Text follows the reader's language.
 */
record ListTable(String name, List<String> headings, List<List<String>> rows) {

    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    private static final List<String> HEADING_KEYS = List.of("list.column.register", "list.column.notation",
            "list.column.label", "list.column.wanted", "list.column.reason", "list.column.concept", "list.column.definition",
            "list.column.values", "list.column.period", "list.column.url");

    ListTable {
        headings = List.copyOf(headings);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** Needs the details (codes) of every variable the rows show, by IRI. */
    static ListTable of(ListPage page, Map<String, VariableDetails> details, Urls urls, MessageSource messages, Locale locale) {
        List<String> headings = HEADING_KEYS.stream().map(key -> messages.getMessage(key, null, locale)).toList();
        String lang = locale.getLanguage();
        String fromWord = messages.getMessage("list.years.from", null, locale);
        String toWord = messages.getMessage("list.years.to", null, locale);
        List<List<String>> rows = new ArrayList<>();
        for (ListPage.Row row : page.rows()) {
            String wanted = row.entry().years(fromWord, toWord);
            String reason = row.entry().reason() == null ? "" : row.entry().reason();
            if (row.variable() != null) {
                rows.add(row(details.get(row.iri()), row.variable(), "", wanted, reason, urls, messages, locale));
            } else {
                String concept = row.concept().concept().label().in(lang);
                for (VariableSummary v : row.concept().variables()) {
                    rows.add(row(details.get(v.iri()), v, concept, wanted, reason, urls, messages, locale));
                }
            }
        }
        return new ListTable(messages.getMessage("list.sheet", null, locale), headings, rows);
    }

    /** Where a variable's page is; the controller's {@code ResourceUrls}. */
    interface Urls {
        String variable(String iri);
    }

    private static List<String> row(VariableDetails details, VariableSummary v, String concept, String wanted, String reason,
            Urls urls, MessageSource messages, Locale locale) {
        String lang = locale.getLanguage();
        return List.of(v.registerTitle().in(lang), v.notation(), v.label().in(lang), wanted, reason, concept,
                v.definition().in(lang), details == null ? "" : values(details, lang), years(v, messages, locale), urls.variable(v.iri()));
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
}
