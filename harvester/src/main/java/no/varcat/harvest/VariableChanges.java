package no.varcat.harvest;

/**
 * How the variables of a source compare with what the store had for it before a run that wrote
 * ({@link HarvestReport.Outcome#SUCCEEDED}); what a variable's content is, is said in
 * {@link VariableComparison}. A run that wrote nothing has {@link #NONE}.
 *
 * @param added     variables the store did not have for the source
 * @param changed   variables whose content differs from the stored one
 * @param unchanged variables whose content is as stored
 * @param removed   variables the store had for the source and the source no longer has
 */
public record VariableChanges(long added, long changed, long unchanged, long removed) {

    /** Nothing compared: the run wrote nothing (failed, or found the source unchanged). */
    public static final VariableChanges NONE = new VariableChanges(0, 0, 0, 0);

    public VariableChanges {
        if (added < 0 || changed < 0 || unchanged < 0 || removed < 0) {
            throw new IllegalArgumentException("Variable counts cannot be negative");
        }
    }

    /** How many variables the source has after the run. */
    public long total() {
        return added + changed + unchanged;
    }
}
