package no.varcat.harvest;

/**
 * Hears which {@link HarvestPhase} a harvest run has entered, on the run's own thread; for showing
 * a run in progress. Must return quickly and not throw.
 */
@FunctionalInterface
public interface HarvestProgress {

    /** Ignores every phase. */
    HarvestProgress NONE = p -> {
    };

    void phase(HarvestPhase phase);
}
