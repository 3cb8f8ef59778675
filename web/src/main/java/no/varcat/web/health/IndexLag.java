package no.varcat.web.health;

/**
 * How far the search indices are behind the store: the changes logged after the index cursor, and
 * the registers whose facts changed with no entry in the log (pending).
 *
 * @param cursor           the last change the indices have taken in; -1 when they never followed the log
 * @param logEnd           the last change in the log
 * @param pendingRegisters registers waiting to be indexed again
 */
public record IndexLag(long cursor, long logEnd, int pendingRegisters) {

    public long changesBehind() {
        return cursor < 0 ? logEnd : Math.max(0, logEnd - cursor);
    }

    public boolean caughtUp() {
        return cursor >= 0 && cursor >= logEnd && pendingRegisters == 0;
    }

    /**
     * Whether work that was already waiting at {@code earlier} is still not done: a harvest indexes
     * its own changes right after its commit, so only a backlog older than one look is stale.
     */
    public boolean staleSince(IndexLag earlier) {
        return cursor < earlier.logEnd() || (earlier.pendingRegisters() > 0 && pendingRegisters > 0);
    }
}
