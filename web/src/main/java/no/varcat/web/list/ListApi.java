package no.varcat.web.list;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The list for programs (the API's {@code /api/v1/lists}): a saved list made from a JSON document,
 * and a saved list read back as one. Faults are said in English, each naming its field.
 */
@Component
public class ListApi {

    private final ListImport imports;
    private final SavedLists lists;
    private final ListViews views;
    private final MessageSource messages;

    ListApi(ListImport imports, SavedLists lists, ListViews views, MessageSource messages) {
        this.imports = imports;
        this.lists = lists;
        this.views = views;
        this.messages = messages;
    }

    /** A field of the document at fault, and what is wrong with it. */
    public record Fault(String field, String reason) {
    }

    /** The document could not be taken; nothing was stored. */
    public static final class RefusedException extends RuntimeException {
        private final transient List<Fault> faults;

        RefusedException(List<Fault> faults) {
            super(faults.get(0).field() + ": " + faults.get(0).reason());
            this.faults = List.copyOf(faults);
        }

        public List<Fault> faults() {
            return faults;
        }
    }

    /**
     * A new saved list.
     *
     * @param link         where it opens, in any browser
     * @param entries      how many entries it holds
     * @param notInCatalog entries of the document the catalog does not have, left out
     */
    public record Created(String id, String link, int entries, int notInCatalog) {
    }

    /** A new saved list holding the document's entries that the catalog has. */
    public Created create(byte[] document) {
        ListImport.Checked checked = imports.check(document);
        if (!checked.faults().isEmpty()) {
            throw new RefusedException(checked.faults().stream()
                    .map(f -> new Fault(f.field(), messages.getMessage(f.key(), f.args(), Locale.ENGLISH))).toList());
        }
        ListId id = lists.create();
        ListImport.Outcome outcome = imports.into(id, checked);
        return new Created(id.value(), views.link(id), outcome.added(), outcome.unknown());
    }

    /** The saved list {@code id} as the JSON document, in English; none if there is no such list. */
    public Optional<byte[]> read(String id) {
        return ListId.parse(id).flatMap(listId -> lists.entries(listId)
                .map(entries -> views.json(listId, views.page(entries, Map.of()), Locale.ENGLISH)));
    }
}
