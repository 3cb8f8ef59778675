package no.varcat.web.home;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import no.varcat.catalog.change.ChangeFilter;
import no.varcat.catalog.change.ChangeLog;
import no.varcat.catalog.change.ChangeType;
import no.varcat.catalog.change.LoggedChange;
import no.varcat.catalog.resource.ResourceKind;
import no.varcat.catalog.text.LocalizedText;

/**
 * The registers and variables added or changed most recently, from the tail of the change log: a
 * bounded read, however long the log. Removed ones are left out, since their pages are gone.
 */
@Component
class RecentChanges {

    /** How far back the home page looks; a harvest of one large register can fill it alone. */
    static final int LOOK_BACK = 500;

    private final ChangeLog log;

    RecentChanges(ChangeLog log) {
        this.log = log;
    }

    /** The {@code limit} newest registers and the {@code limit} newest variables, each once. */
    Recent newest(int limit) {
        long last = log.lastSequence();
        if (last < 1) {
            return new Recent(List.of(), List.of());
        }
        List<LoggedChange> tail = log.range(Math.max(1, last - LOOK_BACK + 1), last, ChangeFilter.ALL);
        Set<String> seen = new HashSet<>();
        List<Item> registers = new ArrayList<>();
        List<Item> variables = new ArrayList<>();
        for (LoggedChange logged : tail) {
            var change = logged.change();
            // The newest change of a resource decides: one removed since it changed is not shown at all.
            if (!seen.add(change.resource()) || change.type() == ChangeType.REMOVED) {
                continue;
            }
            List<Item> into = change.kind() == ResourceKind.REGISTER ? registers
                    : change.kind() == ResourceKind.VARIABLE ? variables : null;
            if (into != null && into.size() < limit) {
                into.add(new Item(change.kind(), change.resource(), change.label(), change.type(), logged.recorded()));
            }
        }
        return new Recent(registers, variables);
    }

    record Recent(List<Item> registers, List<Item> variables) {
    }

    record Item(ResourceKind kind, String iri, LocalizedText label, ChangeType type, Instant recorded) {
    }
}
