package no.varcat.harvest.codebook;

import java.util.List;
import java.util.Locale;

/**
 * How a layout marks a code that means "unknown/not given". Only the label tells: values such as
 * -1, 9 or 99 mean different things in different registers, so they are never assumed missing.
 *
 * @param labelPrefixes a label starting with one of these (ignoring case) is a missing-value code
 * @param labelSuffix   a label ending with this is a missing-value code, and the marker is not
 *                      part of the label; null when the layout has no such marker
 */
record MissingCodeRule(List<String> labelPrefixes, String labelSuffix) {

    MissingCodeRule {
        labelPrefixes = List.copyOf(labelPrefixes);
    }

    static MissingCodeRule labelStartsWith(String... prefixes) {
        return new MissingCodeRule(List.of(prefixes), null);
    }

    static MissingCodeRule labelMarkedWith(String suffix) {
        return new MissingCodeRule(List.of(), suffix);
    }

    /** A code of this layout from its value and its label as written in the file. */
    Code code(String value, String rawLabel, long line) {
        String label = rawLabel.strip();
        if (labelSuffix != null && label.endsWith(labelSuffix.strip())) {
            return new Code(value, label.substring(0, label.length() - labelSuffix.strip().length()).strip(), true, line);
        }
        String lower = label.toLowerCase(Locale.ROOT);
        boolean missing = labelPrefixes.stream().anyMatch(prefix -> lower.startsWith(prefix.toLowerCase(Locale.ROOT)));
        return new Code(value, label, missing, line);
    }
}
