package no.varcat.web.system;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

import no.varcat.catalog.search.SearchUnavailableException;
import no.varcat.catalog.search.local.LocalNodeException;
import no.varcat.catalog.store.StoreUnavailableException;
import no.varcat.web.harvest.SourcesFileException;

/**
 * Turns the failures an operator can fix (store directory, Elasticsearch, sources file) into a short message and
 * an action, instead of a stack trace.
 */
public class StartupFailureAnalyzer implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StoreUnavailableException e) {
                return new FailureAnalysis(e.getMessage(),
                        "Point varcat.data-dir (or VARCAT_DATA_DIR) at a directory this user can write.", e);
            }
            if (t instanceof LocalNodeException e) {
                return new FailureAnalysis("The local Elasticsearch node could not start: " + e.getMessage(),
                        "Fix the cause above, or use an external cluster: set varcat.elasticsearch.url"
                                + " (and varcat.elasticsearch.api-key or username/password).", e);
            }
            if (t instanceof SourcesFileException e) {
                return new FailureAnalysis(e.getMessage(),
                        "Fix the line named above (the header is id,location,format,preset,register,title,schedule,auth_header_env,columns),"
                                + " or unset varcat.sources-file.", e);
            }
            if (t instanceof SearchUnavailableException e) {
                return new FailureAnalysis(e.getMessage(),
                        "Check that the cluster is running and varcat.elasticsearch.url and its credentials are right,"
                                + " or leave varcat.elasticsearch.url empty to run a local node.", e);
            }
        }
        return null;
    }
}
