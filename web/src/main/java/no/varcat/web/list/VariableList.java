package no.varcat.web.list;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * "Min variabelliste": the variables a researcher has picked, by IRI, in the order picked. It lives
 * in the HTTP session (see README: why not a cookie), so it holds IRIs only and is capped.
 */
public final class VariableList implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Enough for any data access application; bounds what one session can hold. */
    static final int MAX_SIZE = 500;

    static final String SESSION_ATTRIBUTE = VariableList.class.getName();

    /** What {@link #add} did. */
    enum Added {
        ADDED, ALREADY_THERE, FULL
    }

    private final LinkedHashSet<String> iris = new LinkedHashSet<>();

    /** The session's list, created (with the session) when there is none yet. */
    static VariableList of(HttpSession session) {
        synchronized (session) {
            if (session.getAttribute(SESSION_ATTRIBUTE) instanceof VariableList list) {
                return list;
            }
            VariableList list = new VariableList();
            session.setAttribute(SESSION_ATTRIBUTE, list);
            return list;
        }
    }

    /** The request's list if it has one; never creates a session, so merely reading pages does not. */
    static Optional<VariableList> existing(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof VariableList list
                ? Optional.of(list) : Optional.empty();
    }

    synchronized Added add(String iri) {
        if (iris.contains(iri)) {
            return Added.ALREADY_THERE;
        }
        if (iris.size() >= MAX_SIZE) {
            return Added.FULL;
        }
        iris.add(iri);
        return Added.ADDED;
    }

    synchronized boolean remove(String iri) {
        return iris.remove(iri);
    }

    synchronized void clear() {
        iris.clear();
    }

    /** Drops the IRIs not in {@code keep}; returns how many went. */
    synchronized int retainAll(Collection<String> keep) {
        int before = iris.size();
        iris.retainAll(Set.copyOf(keep));
        return before - iris.size();
    }

    public synchronized boolean contains(String iri) {
        return iris.contains(iri);
    }

    /** A snapshot, in the order added. */
    public synchronized List<String> iris() {
        return List.copyOf(iris);
    }

    public synchronized int size() {
        return iris.size();
    }
}
