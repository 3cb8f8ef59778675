package no.varcat.harvest.microdata;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Folds the metadata service's code list per period (a represented variable per validPeriod) into
 * codes with the days each is in force: a code the next period keeps with the same label stays one
 * code whose period grows; a new value, a value with another label or one back after a gap is a
 * code from that period on.
 */
final class MicrodataCodeVersions {

    private MicrodataCodeVersions() {
    }

    /** The codes so far, with those of the next period folded in; versions come in the order of their periods. */
    static List<MicrodataVariable.Code> merge(List<MicrodataVariable.Code> sofar, List<MicrodataVariable.Code> next) {
        List<MicrodataVariable.Code> merged = new ArrayList<>(sofar);
        for (MicrodataVariable.Code code : next) {
            int same = latest(merged, code.value());
            MicrodataVariable.Code old = same < 0 ? null : merged.get(same);
            if (old != null && old.labels().equals(code.labels()) && old.missing() == code.missing() && meets(old, code)) {
                merged.set(same, new MicrodataVariable.Code(old.value(), old.labels(), old.missing(), old.from(), code.until()));
            } else {
                merged.add(code);
            }
        }
        return merged;
    }

    /** Whether {@code later} begins no later than the day after {@code earlier} ends: no gap between them. */
    private static boolean meets(MicrodataVariable.Code earlier, MicrodataVariable.Code later) {
        return earlier.until() == null || later.from() == null || !earlier.until().plusDays(1).isBefore(later.from());
    }

    private static int latest(List<MicrodataVariable.Code> codes, String value) {
        for (int i = codes.size() - 1; i >= 0; i--) {
            if (Objects.equals(codes.get(i).value(), value)) {
                return i;
            }
        }
        return -1;
    }
}
