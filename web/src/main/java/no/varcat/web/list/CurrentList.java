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

    private final SavedLists lists;

    CurrentList(SavedLists lists) {
        this.lists = lists;
    }

    /** The list's id and entries, if this browser has a list that is still kept. */
    Optional<Listed> read(HttpServletRequest request) {
        return ListCookie.read(request).flatMap(id -> lists.entries(id).map(entries -> new Listed(id, entries)));
    }

    List<ListEntry> entries(HttpServletRequest request) {
        return read(request).map(Listed::entries).orElse(List.of());
    }

    /** The browser's list, made (and the cookie set) if it has none. */
    ListId readOrCreate(HttpServletRequest request, HttpServletResponse response) {
        Optional<ListId> id = ListCookie.read(request).filter(lists::exists);
        if (id.isPresent()) {
            return id.get();
        }
        ListId created = lists.create();
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
