package no.varcat.web.health;

import org.springframework.stereotype.Component;

import no.varcat.catalog.change.ChangeLog;
import no.varcat.catalog.search.IndexCursor;
import no.varcat.catalog.store.CatalogStore;

/** Reads the {@link IndexLag} from the store: three small queries, nothing that grows with the catalog. */
@Component
public class IndexBacklog {

    private final ChangeLog changeLog;
    private final IndexCursor cursor;

    IndexBacklog(CatalogStore store) {
        this.changeLog = new ChangeLog(store);
        this.cursor = new IndexCursor(store);
    }

    public IndexLag now() {
        // The log's end first: a change committed between the reads shows as lag, never as the cursor ahead.
        long logEnd = changeLog.lastSequence();
        return new IndexLag(cursor.position().orElse(-1), logEnd, cursor.pending().size());
    }
}
