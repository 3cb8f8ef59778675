package no.varcat.web.variable;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import no.varcat.catalog.variable.Code;
import no.varcat.catalog.variable.CodeTimeline;
import no.varcat.catalog.variable.VariableDetails;

/**
 * What the variable page's timeline shows: the code list in force in the chosen year ({@code year}),
 * what changed between two chosen years ({@code from}, {@code to}) and the versions of the list.
 * Years outside the variable's years, or not years at all, fall back to the defaults: the latest year,
 * and the first against the latest.
 *
 * @param years the years the pickers offer, oldest first
 */
public record CodeTimelineView(List<Integer> years, int year, List<Code> inForce, CodeTimeline.Changes changes,
        List<CodeTimeline.Version> versions) {

    /** Years a picker offers at most: the most recent ones of a variable older than that. */
    static final int MAX_YEARS = 150;

    /** Null when the source dates none of the variable's codes: the list is the same every year. */
    static CodeTimelineView of(VariableDetails variable, Map<String, String> params, Clock clock) {
        CodeTimeline timeline = new CodeTimeline(variable.codes());
        if (!timeline.dated()) {
            return null;
        }
        int last = variable.summary().lastYear() != null ? variable.summary().lastYear()
                : Math.max(Year.now(clock).getValue(), latestCodeYear(variable.codes()));
        int first = variable.summary().firstYear() != null ? variable.summary().firstYear() : earliestCodeYear(variable.codes(), last);
        first = Math.max(Math.min(first, last), last - MAX_YEARS + 1);
        int lo = first;
        int hi = last;
        int year = year(params.get("year"), lo, hi, hi);
        int from = year(params.get("from"), lo, hi, lo);
        int to = year(params.get("to"), lo, hi, hi);
        return new CodeTimelineView(IntStream.rangeClosed(lo, hi).boxed().toList(), year, timeline.inForce(year),
                timeline.between(from, to), timeline.versions(lo, hi));
    }

    /** A code's first day as the page shows it: its year when it is the year's first day. */
    public String start(Code code) {
        java.time.LocalDate day = code.validFrom();
        return day == null ? null : day.getDayOfYear() == 1 ? String.valueOf(day.getYear()) : day.toString();
    }

    /** A code's last day as the page shows it: its year when it is the year's last day. */
    public String end(Code code) {
        java.time.LocalDate day = code.validUntil();
        return day == null ? null : day.getDayOfYear() == day.lengthOfYear() ? String.valueOf(day.getYear()) : day.toString();
    }

    private static int year(String text, int lo, int hi, int otherwise) {
        if (text == null || !text.strip().matches("\\d{4}")) {
            return otherwise;
        }
        int year = Integer.parseInt(text.strip());
        return year < lo || year > hi ? otherwise : year;
    }

    private static int earliestCodeYear(List<Code> codes, int otherwise) {
        return codes.stream().flatMap(c -> java.util.stream.Stream.of(c.validFrom(), c.validUntil()))
                .filter(java.util.Objects::nonNull).mapToInt(java.time.LocalDate::getYear).min().orElse(otherwise);
    }

    private static int latestCodeYear(List<Code> codes) {
        return codes.stream().flatMap(c -> java.util.stream.Stream.of(c.validFrom(), c.validUntil()))
                .filter(java.util.Objects::nonNull).mapToInt(java.time.LocalDate::getYear).max().orElse(0);
    }
}
