package no.varcat.catalog.quality;

import java.math.BigDecimal;
import java.util.Objects;

import no.varcat.catalog.text.LocalizedText;

/**
 * A quality indicator of a register (a {@code dqv:Metric}), with the target levels the register
 * sets: values at or beyond {@code highAchievementLevel} are high achievement.
 *
 * @param direction              null when the source does not say
 * @param highAchievementLevel   null when there is no target
 * @param moderateAchievementLevel null when there is no target
 * @param registerIri            the register the indicator is computed from, or null
 */
public record QualityIndicator(
        String iri,
        LocalizedText label,
        LocalizedText definition,
        String dimensionIri,
        Direction direction,
        BigDecimal highAchievementLevel,
        BigDecimal moderateAchievementLevel,
        String registerIri) {

    public QualityIndicator {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(definition, "definition");
        highAchievementLevel = highAchievementLevel == null ? null : highAchievementLevel.stripTrailingZeros();
        moderateAchievementLevel = moderateAchievementLevel == null ? null : moderateAchievementLevel.stripTrailingZeros();
    }
}
