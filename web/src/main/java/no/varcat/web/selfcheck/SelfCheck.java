package no.varcat.web.selfcheck;

import java.util.Set;
import java.util.concurrent.Semaphore;

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

    public SelfCheck(DryRun dryRun, Set<String> formats) {
        this.dryRun = dryRun;
        this.formats = Set.copyOf(formats);
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
            return ReportWriter.of(request, result);
        } finally {
            running.release();
        }
    }
}
