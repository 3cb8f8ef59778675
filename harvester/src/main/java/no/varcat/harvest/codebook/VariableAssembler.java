package no.varcat.harvest.codebook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.IssueCollector;

/**
 * Turns rows, in file order, into whole variables. A code list in a row-per-code layout (kodebok)
 * is the block of rows with the same name directly after its first row; a name seen before in any
 * other way is a duplicate, reported and dropped, so the first definition wins and IRIs stay unique.
 */
final class VariableAssembler {

    private final RowInterpreter interpreter;
    private final IssueCollector issues;
    private final Consumer<CodebookVariable> out;
    private final Map<String, Seen> firstSeen = new HashMap<>();
    /** Names defined again on a later sheet: in a workbook with a sheet per form, common fields are on each. */
    private final Set<String> onSeveralSheets = new LinkedHashSet<>();
    private String sheet = "";

    private record Seen(String sheet, long line) {
    }

    private CodebookVariable current;
    /** The current variable's codes by value: one, or several in force one after the other. */
    private final Map<String, List<Code>> codes = new LinkedHashMap<>();

    VariableAssembler(RowInterpreter interpreter, IssueCollector issues, Consumer<CodebookVariable> out) {
        this.interpreter = interpreter;
        this.issues = issues;
        this.out = out;
    }

    void accept(CodebookRow row) {
        String name = row.text(Column.NAME);
        if (name.isEmpty()) {
            issues.add(Severity.WARNING, "Row has no variable name; skipped", row.line(), row.column(Column.NAME));
            return;
        }
        if (interpreter.isNoVariable(row)) {
            return;
        }
        if (continuesCodeList(row, name)) {
            addCode(interpreter.code(row, name));
            return;
        }
        if (givesCodeListOfAnotherPeriod(row, name)) {
            interpreter.codesOfPeriod(row, name).forEach(this::addCode);
            return;
        }
        Seen first = firstSeen.putIfAbsent(name, new Seen(sheet, row.line()));
        if (first != null) {
            if (!first.sheet().equals(sheet)) {
                onSeveralSheets.add(name);
            } else {
                issues.add(Severity.WARNING, "Variable " + name + " is defined again (first at line " + first.line()
                        + "); the first definition is kept", row.line(), row.column(Column.NAME));
            }
            return;
        }
        finish();
        current = interpreter.variable(row, name);
        interpreter.codes(row, current).forEach(this::addCode);
    }

    /** The rows that follow are on this sheet (of a workbook read into one register). */
    void sheet(String name) {
        finish();
        sheet = name;
    }

    /** Emits the last variable and says which were on several sheets; call once after the last row. */
    void close() {
        finish();
        if (!onSeveralSheets.isEmpty()) {
            issues.add(Severity.WARNING, onSeveralSheets.size() + " variables are on several sheets (" + String.join(", ",
                    onSeveralSheets.stream().limit(10).toList()) + (onSeveralSheets.size() > 10 ? ", ..." : "")
                    + "); each is read from the first sheet it is on", -1, -1);
        }
    }

    /** Emits the variable read so far. */
    private void finish() {
        if (current == null) {
            return;
        }
        if (current.type() == ValueType.CODE && codes.isEmpty()) {
            issues.add(Severity.WARNING, "Code list variable " + current.notation() + " has no codes", current.line(), -1);
        }
        out.accept(current.withCodes(codes.values().stream().flatMap(List::stream).toList()));
        current = null;
        codes.clear();
    }

    private boolean continuesCodeList(CodebookRow row, String name) {
        return current != null && current.notation().equals(name) && current.type() == ValueType.CODE
                && row.has(Column.CODE_VALUE);
    }

    /** A row of the same variable with a codes cell and code validity: its code list of another period. */
    private boolean givesCodeListOfAnotherPeriod(CodebookRow row, String name) {
        return current != null && current.notation().equals(name) && current.type() == ValueType.CODE
                && row.has(Column.CODES) && RowInterpreter.datesCodes(row);
    }

    /**
     * Adds a code; a value given again is kept when it comes into force after the last code of that
     * value ended (a relabelled code, or the code list of a later period), and the same code in the
     * period right after extends the last one.
     */
    private void addCode(Code code) {
        List<Code> same = codes.computeIfAbsent(code.value(), value -> new ArrayList<>());
        if (same.isEmpty()) {
            same.add(code);
            return;
        }
        Code last = same.get(same.size() - 1);
        if (last.until() != null && code.from() != null && last.until().isBefore(code.from())) {
            boolean continues = last.label().equals(code.label()) && last.missing() == code.missing()
                    && last.until().plusDays(1).equals(code.from());
            if (continues) {
                same.set(same.size() - 1, last.inForce(last.from(), code.until()));
            } else {
                same.add(code);
            }
            return;
        }
        issues.add(Severity.WARNING, "Code '" + code.value() + "' of " + current.notation() + " is given again (first at line "
                + same.get(0).line() + "); the first is kept", code.line(), -1);
    }
}
