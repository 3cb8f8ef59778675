package no.varcat.harvest.indicator;

import java.math.BigDecimal;
import java.util.Locale;

import no.varcat.catalog.quality.Direction;
import no.varcat.catalog.quality.QualityIndicator;
import no.varcat.catalog.text.LocalizedText;
import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.IssueCollector;
import no.varcat.harvest.input.Iris;
import no.varcat.vocab.VARCAT;

/** Turns an entry of {@code indicators} into a {@link QualityIndicator} at {@code {register}/indicator/{id}}. */
final class IndicatorDefinitions {

    /** Every indicator of these files is a clinical quality indicator of a register. */
    static final String DIMENSION = VARCAT.clinicalQuality.getURI();

    private final String sourceRegister;
    private final IssueCollector issues;

    /** @param sourceRegister the source's configured register, for indicators that do not name theirs; or null */
    IndicatorDefinitions(String sourceRegister, IssueCollector issues) {
        this.sourceRegister = sourceRegister;
        this.issues = issues;
    }

    /** @throws EntryProblem when the entry cannot be an indicator; warns about what it can do without */
    QualityIndicator indicator(Entry entry) {
        String id = entry.requiredText("id");
        String register = entry.text("register");
        if (register == null) {
            register = sourceRegister;
        }
        if (register == null) {
            throw EntryProblem.error("Indicator '" + id + "' names no 'register', and the source has none configured");
        }
        if (!Iris.isHttpIri(register)) {
            throw EntryProblem.error("Indicator '" + id + "': 'register' is not an http(s) IRI: '" + register + "'");
        }
        register = Iris.base(register);
        LocalizedText label = entry.localized("title");
        if (label.isEmpty()) {
            warn(entry, "Indicator '" + id + "' has no 'title' in nb, nn or en; its id is used as its label");
            label = new LocalizedText(id, null, null);
        }
        Direction direction = direction(entry, id);
        Entry targets = entry.object("targets");
        BigDecimal high = targets == null ? null : targets.decimal("high");
        BigDecimal moderate = targets == null ? null : targets.decimal("moderate");
        checkTargets(entry, id, direction, high, moderate);
        return new QualityIndicator(register + "/indicator/" + Iris.segment(id), label, entry.localized("description"),
                DIMENSION, direction, high, moderate, register);
    }

    private Direction direction(Entry entry, String id) {
        String direction = entry.text("direction");
        if (direction == null) {
            return null;
        }
        return switch (direction.toLowerCase(Locale.ROOT)) {
            case "higher" -> Direction.HIGHER_IS_BETTER;
            case "lower" -> Direction.LOWER_IS_BETTER;
            default -> {
                warn(entry, "Indicator '" + id + "': 'direction' is '" + direction + "', not higher or lower; left out");
                yield null;
            }
        };
    }

    /** A moderate target past the high one is kept as published, but is most likely a typo or a swapped direction. */
    private void checkTargets(Entry entry, String id, Direction direction, BigDecimal high, BigDecimal moderate) {
        if (direction == null || high == null || moderate == null) {
            return;
        }
        int order = moderate.compareTo(high);
        if (direction == Direction.HIGHER_IS_BETTER ? order > 0 : order < 0) {
            warn(entry, "Indicator '" + id + "': moderate target " + moderate.toPlainString() + " is past the high target "
                    + high.toPlainString() + " for direction " + entry.text("direction"));
        }
    }

    private void warn(Entry entry, String message) {
        issues.add(Severity.WARNING, message, entry.line(), entry.column());
    }
}
