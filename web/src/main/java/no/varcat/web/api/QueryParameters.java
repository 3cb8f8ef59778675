package no.varcat.web.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.springframework.util.MultiValueMap;

/**
 * A request's query parameters read strictly: a value that cannot be used is collected with its
 * parameter's name and the reason, and {@link #requireValid()} answers them all at once. Values are
 * read here, not bound by Spring, because Spring splits a single value at commas for a list, and
 * publisher names may hold commas.
 */
final class QueryParameters {

    /** Longer text than anyone types; bounds what reaches the search. */
    static final int MAX_TEXT = 500;
    /** More values of one filter than the catalog has registers. */
    static final int MAX_VALUES = 100;

    private final MultiValueMap<String, String> params;
    private final List<InvalidParam> invalid = new ArrayList<>();

    QueryParameters(MultiValueMap<String, String> params) {
        this.params = params;
    }

    /** The single value of a text parameter, stripped; empty when absent. */
    String text(String name) {
        List<String> values = present(name);
        if (values.size() > 1) {
            invalid(name, "must be given once");
            return "";
        }
        return values.isEmpty() ? "" : checked(name, values.get(0));
    }

    /** Every non-blank value of a repeatable parameter, stripped, without repeats. */
    List<String> values(String name) {
        List<String> values = present(name);
        if (values.size() > MAX_VALUES) {
            invalid(name, "is given more than " + MAX_VALUES + " times");
            return List.of();
        }
        return values.stream().map(v -> checked(name, v)).filter(v -> !v.isEmpty()).distinct().toList();
    }

    /** Each value of a repeatable parameter, read by {@code read} (null for a value it does not know). */
    <T> List<T> values(String name, Function<String, T> read, Set<String> known) {
        List<T> chosen = new ArrayList<>();
        for (String value : values(name)) {
            T t = read.apply(value);
            if (t == null) {
                invalid(name, "must be one of " + String.join(", ", known) + ", not '" + shown(value) + "'");
            } else if (!chosen.contains(t)) {
                chosen.add(t);
            }
        }
        return chosen;
    }

    /** {@code true} or {@code false}; null when absent. */
    Boolean flag(String name) {
        String value = text(name);
        return switch (value) {
            case "" -> null;
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                invalid(name, "must be true or false, not '" + shown(value) + "'");
                yield null;
            }
        };
    }

    /** A whole number from {@code min} to {@code max}; {@code fallback} when absent. */
    Integer integer(String name, int min, int max, Integer fallback) {
        String value = text(name);
        if (value.isEmpty()) {
            return fallback;
        }
        if (!value.matches("[+-]?\\d{1,10}")) {
            invalid(name, "must be a whole number from " + min + " to " + max + ", not '" + shown(value) + "'");
            return fallback;
        }
        long number = Long.parseLong(value);
        if (number < min || number > max) {
            invalid(name, "must be from " + min + " to " + max + ", not " + number);
            return fallback;
        }
        return (int) number;
    }

    /** One of the known values of an enumerated parameter; {@code fallback} when absent. */
    <T> T choice(String name, Function<String, T> read, Set<String> known, T fallback) {
        String value = text(name);
        if (value.isEmpty()) {
            return fallback;
        }
        T t = known.contains(value) ? read.apply(value) : null;
        if (t == null) {
            invalid(name, "must be one of " + String.join(", ", known) + ", not '" + shown(value) + "'");
            return fallback;
        }
        return t;
    }

    void invalid(String name, String reason) {
        invalid.add(new InvalidParam(name, reason));
    }

    /** Throws the collected faults, if any. */
    void requireValid() {
        if (!invalid.isEmpty()) {
            throw new InvalidParameterException(invalid);
        }
    }

    private List<String> present(String name) {
        List<String> values = params.get(name);
        return values == null ? List.of() : values.stream().filter(v -> v != null).toList();
    }

    private String checked(String name, String value) {
        if (value.length() > MAX_TEXT) {
            invalid(name, "is longer than " + MAX_TEXT + " characters");
            return "";
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            invalid(name, "must not hold control characters");
            return "";
        }
        return value.strip();
    }

    /** A value as a problem can repeat it: short, and known to be free of control characters. */
    private static String shown(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
