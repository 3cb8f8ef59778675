package no.varcat.harvest.codebook;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.IssueCollector;
import no.varcat.vocab.ControlledTerms;

/**
 * Reads the cells of one row into a variable and its codes. A cell it cannot use is a warning at
 * that cell and is left out; the variable is kept, since the rest of its row is still good metadata.
 */
final class RowInterpreter {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Norwegian spreadsheets write dates day first. */
    private static final DateTimeFormatter NORWEGIAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu");
    private static final Pattern UNIT = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][^>]*>");

    private final CodebookLayout layout;
    private final IssueCollector issues;

    RowInterpreter(CodebookLayout layout, IssueCollector issues) {
        this.layout = layout;
        this.issues = issues;
    }

    /** Whether the row's type says it is no variable (REDCap's descriptive text), to be left out. */
    boolean isNoVariable(CodebookRow row) {
        return layout.skippedTypes().contains(row.text(Column.TYPE).toLowerCase(Locale.ROOT));
    }

    /** The variable the row defines, without codes; see {@link #codes}. */
    CodebookVariable variable(CodebookRow row, String name) {
        Map<String, String> labels = texts(row, Column.LABEL, Column.LABEL_EN);
        if (layout.columns().containsKey(Column.LABEL) && !labels.containsKey(layout.language())) {
            warn(row, Column.LABEL, "Variable " + name + " has no label (" + layout.headerNames(Column.LABEL) + ")");
        }
        ValueType type = type(row, name);
        return new CodebookVariable(name, row.line(), labels, texts(row, Column.DESCRIPTION, Column.DESCRIPTION_EN),
                row.text(Column.SUBJECT), type, List.of(), period(row, name), unit(row, name), layout.language(), scope(row, name));
    }

    /** The temporality and unit type cells as concepts of varcat's lists (a text naming none is a warning), and the population. */
    private CodebookVariable.Scope scope(CodebookRow row, String name) {
        return new CodebookVariable.Scope(concept(row, Column.TEMPORALITY, ControlledTerms.TEMPORALITY, "temporality", name),
                concept(row, Column.UNIT_TYPE, ControlledTerms.UNIT_TYPES, "unit type", name), plain(row.text(Column.POPULATION)));
    }

    private String concept(CodebookRow row, Column column, ControlledTerms terms, String what, String name) {
        String text = row.text(column);
        if (text.isEmpty()) {
            return null;
        }
        return terms.byText(text).map(ControlledTerms.Term::iri).orElseGet(() -> {
            warn(row, column, "'" + text + "' (" + layout.headerNames(column) + " of " + name + ") is no " + what + " varcat knows ("
                    + String.join(", ", terms.terms().stream().map(ControlledTerms.Term::param).toList()) + "); left out");
            return null;
        });
    }

    /**
     * The codes on the row: a row-per-code layout's one code, or a codes cell's list. A variable
     * that is not a code list should have none; they are ignored with a warning.
     */
    List<Code> codes(CodebookRow row, CodebookVariable variable) {
        List<Code> codes = new ArrayList<>();
        if (row.has(Column.CODE_VALUE)) {
            codes.add(code(row, variable.notation(), row.text(Column.CODE_VALUE), row.text(Column.CODE_LABEL)));
        }
        if (row.has(Column.CODES) && (variable.type() == ValueType.CODE || !layout.codesOfCodeTypesOnly())) {
            codes.addAll(codeList(row, variable.notation()));
        }
        if (!codes.isEmpty() && variable.type() != ValueType.CODE) {
            Column where = row.has(Column.CODE_VALUE) ? Column.CODE_VALUE : Column.CODES;
            warn(row, where, "Variable " + variable.notation() + " is not a code list, its codes are ignored");
            return List.of();
        }
        return codes;
    }

    /** The one code on a further row of a row-per-code layout. */
    Code code(CodebookRow row, String variable) {
        return code(row, variable, row.text(Column.CODE_VALUE), row.text(Column.CODE_LABEL));
    }

    private Code code(CodebookRow row, String variable, String value, String label) {
        if (label.isBlank()) {
            warn(row, Column.CODE_LABEL, "Code '" + value + "' of " + variable + " has no label");
        }
        return layout.missingCodes().code(value.strip(), label, row.line());
    }

    /** The codes cell, in any syntax {@link CodeListCell} reads. */
    private List<Code> codeList(CodebookRow row, String variable) {
        List<Code> codes = new ArrayList<>();
        for (CodeListCell.Item item : CodeListCell.parse(row.text(Column.CODES))) {
            if (item.value().isEmpty()) {
                warn(row, Column.CODES, "'" + item.text() + "' in the codes of " + variable + " has no code before '='; left out");
                continue;
            }
            if (item.label() == null) {
                warn(row, Column.CODES, "'" + item.value() + "' in the codes of " + variable
                        + " is not code=label; read as a code without label");
            }
            codes.add(layout.missingCodes().code(item.value(), item.label() == null ? "" : item.label(), row.line()));
        }
        return codes;
    }

    private Map<String, String> texts(CodebookRow row, Column own, Column english) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (row.has(own)) {
            texts.put(layout.language(), plain(row.text(own)));
        }
        if (row.has(english)) {
            texts.putIfAbsent("en", plain(row.text(english)));
        }
        return texts;
    }

    /** Labels as text: REDCap's are often HTML ("Dato\n&lt;div style=...&gt;note&lt;/div&gt;"); tags go, lines join. */
    private static String plain(String text) {
        if (text.indexOf('<') < 0 && text.indexOf('\n') < 0) {
            return text;
        }
        return HTML_TAG.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }

    private ValueType type(CodebookRow row, String name) {
        String typeName = row.text(Column.TYPE);
        if (typeName.isEmpty()) {
            warn(row, Column.TYPE, "Variable " + name + " has no type; kept without a value domain");
            return null;
        }
        ValueType type = layout.type(typeName).orElse(null);
        if (type == null) {
            warn(row, Column.TYPE, "Variable " + name + " has unknown type '" + typeName + "' (" + layout.origin()
                    + " knows " + String.join(", ", layout.types().keySet().stream().sorted().toList())
                    + "); kept without a value domain");
        } else if (type == ValueType.DECIMAL && row.text(Column.DECIMALS).equals("0")) {
            return ValueType.INTEGER;
        }
        return type;
    }

    private Period period(CodebookRow row, String name) {
        LocalDate start = date(row, Column.START, name, false);
        LocalDate end = date(row, Column.END, name, true);
        if (start == null) {
            if (end != null) {
                warn(row, Column.END, "Variable " + name + " has an end but no start date; its period is left out");
            }
            return null;
        }
        if (end != null && end.isBefore(start)) {
            warn(row, Column.END, "Variable " + name + " ends (" + end + ") before it starts (" + start + "); the end is left out");
            end = null;
        }
        return new Period(start, end);
    }

    /** A date, or a year: the first day of it for a start, the last for an end; R's "NA" is none. */
    private LocalDate date(CodebookRow row, Column column, String name, boolean end) {
        String text = row.text(column);
        if (text.isEmpty() || text.equals("NA")) {
            return null;
        }
        try {
            if (YEAR.matcher(text).matches()) {
                int year = Integer.parseInt(text);
                return end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
            }
            return ISO_DATE.matcher(text).matches() ? LocalDate.parse(text) : LocalDate.parse(text, NORWEGIAN_DATE);
        } catch (DateTimeException e) {
            warn(row, column, "'" + text + "' (" + layout.headerNames(column) + " of " + name + ") is not a date or a year; left out");
            return null;
        }
    }

    private String unit(CodebookRow row, String name) {
        String unit = row.text(Column.UNIT);
        if (!unit.isEmpty() && !UNIT.matcher(unit).matches()) {
            warn(row, Column.UNIT, "Unit '" + unit + "' of " + name + " is not a QUDT unit name such as GM or KiloGM; left out");
            return "";
        }
        return unit;
    }

    private void warn(CodebookRow row, Column column, String message) {
        issues.add(Severity.WARNING, message, row.line(), row.column(column));
    }
}
