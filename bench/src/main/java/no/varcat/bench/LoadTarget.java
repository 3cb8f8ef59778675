package no.varcat.bench;

import java.util.Locale;

/** Issue 15's target for the full load, by size: 100k in 5 minutes and 3× raw, 1M in 45 minutes; any other size, 3× raw. */
final class LoadTarget {

    static final String TEXT = "100k ≤ 5 min and ≤ 3× raw; 1M ≤ 45 min";

    private LoadTarget() {
    }

    static boolean met(String size, double seconds, double rawSeconds) {
        return switch (size.toLowerCase(Locale.ROOT)) {
            case "100k" -> seconds <= 300 && seconds <= rawSeconds * 3;
            case "1m" -> seconds <= 2700;
            default -> seconds <= rawSeconds * 3;
        };
    }
}
