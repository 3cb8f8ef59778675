package no.varcat.catalog.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import no.varcat.catalog.search.ValueType;
import no.varcat.catalog.variable.VariableSummary;

/**
 * How much of the metadata a researcher needs before applying for data a register publishes:
 * DCAT-AP-NO's recommended properties, the quality information varcat shows, and how well its
 * variables are described. Each item counts one point; the variable items count the share of
 * variables that have it, so one undefined variable among hundreds costs little.
 */
public final class MetadataCompleteness {

    /** What is checked; {@link #messageKey()} names its text in the web module's messages. */
    public enum Item {
        DESCRIPTION, PUBLISHER, CONTACT_POINT, LEGAL_BASIS, ACCESS_RIGHTS, THEMES, TEMPORAL_COVERAGE,
        LANDING_PAGE, COVERAGE_RATES, QUALITY_INDICATORS, VARIABLE_DEFINITIONS, VARIABLE_VALUE_DOMAINS;

        public String messageKey() {
            return "completeness." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * One item: {@code share} 0..1 is how much of it is there; {@code lacking} counts the variables
     * without it (0 for the register's own properties).
     */
    public record Check(Item item, double share, int lacking) {

        public boolean complete() {
            return share >= 1;
        }
    }

    /** The checks in {@link Item} order. */
    public record Score(List<Check> checks) {

        public Score {
            checks = List.copyOf(checks);
        }

        /** 0..1: the points the register has out of the points there are. */
        public double share() {
            return checks.isEmpty() ? 1 : checks.stream().mapToDouble(Check::share).sum() / checks.size();
        }

        public List<Check> missing() {
            return checks.stream().filter(c -> !c.complete()).toList();
        }
    }

    /**
     * How many of a register's variables there are and how many have each described item: counted
     * where they are (an aggregation in the search index), so that scoring a register of any size
     * costs the same.
     */
    public record VariableCounts(long total, long withDefinition, long withValueDomain) {

        public static VariableCounts of(List<VariableSummary> variables) {
            return new VariableCounts(variables.size(), variables.stream().filter(v -> !v.definition().isEmpty()).count(),
                    variables.stream().filter(MetadataCompleteness::valuesDescribed).count());
        }
    }

    private MetadataCompleteness() {
    }

    /**
     * @param hasCoverageRates     whether the register publishes coverage rates (national or per unit)
     * @param hasQualityIndicators whether it publishes quality indicators with measurements
     */
    public static Score assess(RegisterDetails register, List<VariableSummary> variables, boolean hasCoverageRates,
            boolean hasQualityIndicators) {
        return assess(register, VariableCounts.of(variables), hasCoverageRates, hasQualityIndicators);
    }

    /** The same from the counts alone. */
    public static Score assess(RegisterDetails register, VariableCounts variables, boolean hasCoverageRates,
            boolean hasQualityIndicators) {
        RegisterSummary summary = register.summary();
        List<Check> checks = new ArrayList<>();
        checks.add(present(Item.DESCRIPTION, !summary.description().isEmpty()));
        checks.add(present(Item.PUBLISHER, summary.publisherName() != null));
        checks.add(present(Item.CONTACT_POINT, register.contactName() != null || register.contactEmail() != null));
        checks.add(present(Item.LEGAL_BASIS, !register.legalBases().isEmpty()));
        checks.add(present(Item.ACCESS_RIGHTS, register.accessRights() != null));
        checks.add(present(Item.THEMES, !register.themes().isEmpty()));
        checks.add(present(Item.TEMPORAL_COVERAGE, register.firstYear() != null));
        checks.add(present(Item.LANDING_PAGE, register.landingPage() != null));
        checks.add(present(Item.COVERAGE_RATES, hasCoverageRates));
        checks.add(present(Item.QUALITY_INDICATORS, hasQualityIndicators));
        checks.add(shareOf(Item.VARIABLE_DEFINITIONS, variables.total(), variables.withDefinition()));
        checks.add(shareOf(Item.VARIABLE_VALUE_DOMAINS, variables.total(), variables.withValueDomain()));
        return new Score(checks);
    }

    /**
     * A variable's values are described by a code list, or by a datatype that needs none (numbers,
     * dates, free text); a representation that is neither, or none, leaves a researcher guessing.
     */
    static boolean valuesDescribed(VariableSummary v) {
        return ValueType.of(v.representation(), v.hasCodeList()) != ValueType.OTHER;
    }

    private static Check present(Item item, boolean present) {
        return new Check(item, present ? 1 : 0, 0);
    }

    /** A register without variables has described none of them. */
    private static Check shareOf(Item item, long total, long with) {
        if (total <= 0) {
            return new Check(item, 0, 0);
        }
        long have = Math.min(with, total);
        return new Check(item, (double) have / total, (int) Math.min(Integer.MAX_VALUE, total - have));
    }
}
