package no.varcat.web.selfcheck;

import java.util.Set;
import java.util.concurrent.Semaphore;

import no.varcat.catalog.officialshapes.OfficialShapeSets;
import no.varcat.harvest.DryRun;
import no.varcat.harvest.DryRunResult;

/**
 * Runs a register's self-check: a {@link DryRun} of what it uploads or serves, described as a
 * {@link SelfCheckReport}. Public and without login, so at most {@link #AT_ONCE} run at a time on an
 * instance (each may read up to a harvest's size cap); one more is refused, not queued.
 */
public class SelfCheck {

    static final int AT_ONCE = 2;

    private final DryRun dryRun;
    private final Set<String> formats;
    private final Semaphore running = new Semaphore(AT_ONCE);
    private final OfficialCheck official;

    /** A self-check without official shape sets: its reports say none is registered. */
    public SelfCheck(DryRun dryRun, Set<String> formats) {
        this(dryRun, formats, null);
    }

    /** A self-check that also reports what the official shape sets registered in the store say. */
    public SelfCheck(DryRun dryRun, Set<String> formats, OfficialShapeSets officialSets) {
        this.dryRun = dryRun;
        this.formats = Set.copyOf(formats);
        this.official = new OfficialCheck(officialSets);
    }

    public Set<String> formats() {
        return formats;
    }

    /** The largest upload read. */
    public long maxBytes() {
        return dryRun.maxBytes();
    }

    /**
     * The report on {@code request}, which must have no {@link SelfCheckRequest#problems problems}.
     *
     * @throws SelfCheckBusyException when {@link #AT_ONCE} checks are already running
     */
    public SelfCheckReport run(SelfCheckRequest request) {
        if (!running.tryAcquire()) {
            throw new SelfCheckBusyException();
        }
        try {
            DryRunResult result = request.url() != null ? dryRun.fetchAndCheck(request.source())
                    : dryRun.check(request.source(), request.file(), request.fileType());
            // Within the busy guard: the official shapes' check is bounded by OfficialCheck's limits, and runs at most AT_ONCE.
            return ReportWriter.of(request, result, official.check(result));
        } finally {
            running.release();
        }
    }
}
