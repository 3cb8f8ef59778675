package no.varcat.harvest;

/**
 * Where a harvest run is, in the order a run goes through them; what {@link HarvestProgress} hears.
 * A run may end after any of them: a failed or unchanged source never reaches {@link #WRITING}.
 */
public enum HarvestPhase {
    /** Opening the source: an HTTP request (with retries), a file or a classpath resource. */
    FETCHING,
    /** The source's reader turning its content into RDF. */
    READING,
    /** Skolemising, checking against the profile's shapes and comparing with the store. */
    CHECKING,
    /** Replacing the source's graph and recording the run, in one transaction. */
    WRITING
}
