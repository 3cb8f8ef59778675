package no.varcat.catalog.variable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A variable's codes over time, from the days each code is in force: the code list of a year, what
 * changed between two years, and the versions (the spans of years over which the list stays the
 * same). Works on the one variable's codes only; years are the unit a researcher plans an extract by.
 */
public final class CodeTimeline {

    /** What changed from one year's code list to another's; a value in both with another label is relabelled. */
    public record Changes(int fromYear, int toYear, List<Code> added, List<Code> removed, List<Relabelling> relabelled) {

        public Changes {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
            relabelled = List.copyOf(relabelled);
        }

        public boolean none() {
            return added.isEmpty() && removed.isEmpty() && relabelled.isEmpty();
        }
    }

    public record Relabelling(Code before, Code after) {
    }

    /**
     * The code list as it stood from {@code fromYear} through {@code toYear} (null: still), with how many codes it had.
     */
    public record Version(int fromYear, Integer toYear, int codeCount) {
    }

    private final List<Code> codes;

    public CodeTimeline(List<Code> codes) {
        this.codes = List.copyOf(codes);
    }

    /** Whether the source dates any code: otherwise the list is the same every year and there is no timeline to show. */
    public boolean dated() {
        return codes.stream().anyMatch(Code::dated);
    }

    /** The codes in force on some day of the year, in code order. */
    public List<Code> inForce(int year) {
        return codes.stream().filter(code -> code.inForceIn(year)).toList();
    }

    public Changes between(int fromYear, int toYear) {
        Map<String, Code> before = byNotation(fromYear);
        Map<String, Code> after = byNotation(toYear);
        List<Code> added = new ArrayList<>();
        List<Relabelling> relabelled = new ArrayList<>();
        after.forEach((notation, code) -> {
            Code old = before.get(notation);
            if (old == null) {
                added.add(code);
            } else if (!Objects.equals(old.label(), code.label())) {
                relabelled.add(new Relabelling(old, code));
            }
        });
        List<Code> removed = before.entrySet().stream().filter(e -> !after.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
        return new Changes(fromYear, toYear, added, removed, relabelled);
    }

    /**
     * The versions from {@code firstYear} through {@code lastYear}: a new one begins in each year a code
     * comes into force or the year after one ends.
     */
    public List<Version> versions(int firstYear, int lastYear) {
        TreeSet<Integer> starts = new TreeSet<>();
        starts.add(firstYear);
        for (Code code : codes) {
            if (code.validFrom() != null) {
                starts.add(code.validFrom().getYear());
            }
            if (code.validUntil() != null) {
                starts.add(code.validUntil().getYear() + 1);
            }
        }
        List<Integer> years = starts.subSet(firstYear, true, lastYear, true).stream().toList();
        List<Version> versions = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            int from = years.get(i);
            Integer to = i + 1 < years.size() ? Integer.valueOf(years.get(i + 1) - 1) : null;
            versions.add(new Version(from, to, inForce(from).size()));
        }
        return versions;
    }

    /**
     * One code per value, the one that came into force last, in code order: the list for a format
     * that cannot date codes (DDI-Codebook), where a value's older labels would be a second category
     * with the same value. A code that ended without a successor stays: older data still holds it.
     */
    public List<Code> latestOfEachValue() {
        Map<String, Code> latest = new LinkedHashMap<>();
        codes.forEach(code -> latest.merge(code.notation(), code, (a, b) -> startsLater(b, a) ? b : a));
        return List.copyOf(latest.values());
    }

    private static boolean startsLater(Code a, Code b) {
        return a.validFrom() != null && (b.validFrom() == null || a.validFrom().isAfter(b.validFrom()));
    }

    /**
     * The year's codes by value; where a value changed label during the year, the code that came
     * into force last is the year's.
     */
    private Map<String, Code> byNotation(int year) {
        Map<String, Code> byNotation = new LinkedHashMap<>();
        inForce(year).forEach(code -> byNotation.put(code.notation(), code));
        return byNotation;
    }
}
