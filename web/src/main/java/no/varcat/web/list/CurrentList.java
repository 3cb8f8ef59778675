package no.varcat.web.list;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

/**
 * The browser's own list: the saved list its cookie names. Reading never makes one, so merely
 * reading pages creates no list and no cookie; the first change does.
 */
@Component
public class CurrentList {

    /** The request attribute that holds what {@link #read} read. */
    private static final String READ = CurrentList.class.getName() + ".read";

    private final SavedLists lists;

    CurrentList(SavedLists lists) {
        this.lists = lists;
    }

    /**
     * The list's id and entries, if this browser has a list that is still kept: read once per
     * request, since the header's count ({@link VariableListAdvice}) and the handler read the same
     * list, and a list of 500 is a query worth not repeating. Handlers read before they write, and
     * what they show after a write they read from {@link SavedLists} itself.
     */
    Optional<Listed> read(HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        Optional<Listed> read = (Optional<Listed>) request.getAttribute(READ);
        if (read == null) {
            read = ListCookie.read(request).flatMap(id -> lists.entries(id).map(entries -> new Listed(id, entries)));
            request.setAttribute(READ, read);
        }
        return read;
    }

    List<ListEntry> entries(HttpServletRequest request) {
        return read(request).map(Listed::entries).orElse(List.of());
    }

    /** The browser's list, made (and the cookie set) if it has none. */
    ListId readOrCreate(HttpServletRequest request, HttpServletResponse response) {
        Optional<ListId> id = read(request).map(Listed::id);
        if (id.isPresent()) {
            return id.get();
        }
        ListId created = lists.create();
        request.removeAttribute(READ);
        ListCookie.write(created, request, response);
        return created;
    }

    /** This browser now works on the list {@code id}. */
    void use(ListId id, HttpServletRequest request, HttpServletResponse response) {
        ListCookie.write(id, request, response);
    }

    /** A list and what it holds. */
    record Listed(ListId id, List<ListEntry> entries) {
    }
}
