package no.varcat.catalog.search;

/**
 * What one catch-up of the indices with the change log did.
 *
 * @param from              the cursor before: changes after it were taken in
 * @param to                the cursor after
 * @param variablesWritten  variable documents sent to the index
 * @param variablesDeleted  variable documents deleted (the variable is no longer in the store)
 * @param registersWritten  register documents sent to the index
 * @param registersDeleted  register documents deleted
 * @param variablesUpdated  variable documents whose register facts were set by a partial update (not read from the store)
 */
public record ChangesIndexed(long from, long to, int variablesWritten, int variablesDeleted, int registersWritten,
        int registersDeleted, long variablesUpdated) {

    static ChangesIndexed at(long position) {
        return new ChangesIndexed(position, position, 0, 0, 0, 0, 0);
    }

    ChangesIndexed plus(ChangesIndexed more) {
        return new ChangesIndexed(from, Math.max(to, more.to), variablesWritten + more.variablesWritten,
                variablesDeleted + more.variablesDeleted, registersWritten + more.registersWritten,
                registersDeleted + more.registersDeleted, variablesUpdated + more.variablesUpdated);
    }

    ChangesIndexed movedTo(long position) {
        return new ChangesIndexed(from, position, variablesWritten, variablesDeleted, registersWritten, registersDeleted,
                variablesUpdated);
    }
}
