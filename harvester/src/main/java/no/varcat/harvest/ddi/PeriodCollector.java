package no.varcat.harvest.ddi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a study's timePrd and collDate entries into the years it covers. The time period the data
 * refer to is what dct:temporal means, so collection dates count only when no timePrd has a year.
 */
final class PeriodCollector {

    private static final Pattern YEAR = Pattern.compile("^\\s*(\\d{4})");

    private final List<Dated> timePeriods = new ArrayList<>();
    private final List<Dated> collectionDates = new ArrayList<>();

    /** A date with DDI's event attribute: "start", "end", "single", or null (taken as single). */
    private record Dated(int year, String event) {
    }

    void timePeriod(String date, String event, String text) {
        year(date, text).ifPresent(year -> timePeriods.add(new Dated(year, event)));
    }

    void collectionDate(String date, String event, String text) {
        year(date, text).ifPresent(year -> collectionDates.add(new Dated(year, event)));
    }

    Period period() {
        List<Dated> dates = timePeriods.isEmpty() ? collectionDates : timePeriods;
        Integer start = null;
        Integer end = null;
        for (Dated date : dates) {
            boolean single = date.event() == null || date.event().equals("single");
            if (single || date.event().equals("start")) {
                start = start == null ? date.year() : Math.min(start, date.year());
            }
            if (single || date.event().equals("end")) {
                end = end == null ? date.year() : Math.max(end, date.year());
            }
        }
        return new Period(start, end);
    }

    private static Optional<Integer> year(String date, String text) {
        for (String candidate : new String[] {date, text}) {
            if (candidate != null) {
                Matcher matcher = YEAR.matcher(candidate);
                if (matcher.find()) {
                    return Optional.of(Integer.parseInt(matcher.group(1)));
                }
            }
        }
        return Optional.empty();
    }
}
