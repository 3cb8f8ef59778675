package no.varcat.web.harvest;

import java.util.Objects;

import no.varcat.harvest.source.RegisteredSource;

/**
 * A source as the admin pages and the API show it: its settings and where they live.
 *
 * @param registration the source's settings
 * @param origin       {@code STORE}: registered by an admin or on the first start, editable;
 *                     {@code SOURCES_FILE}: from {@code varcat.sources-file}, changed by editing that file
 */
public record ManagedSource(RegisteredSource registration, Origin origin) {

    public enum Origin { STORE, SOURCES_FILE }

    public ManagedSource {
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(origin, "origin");
    }

    public String id() {
        return registration.id();
    }

    public boolean editable() {
        return origin == Origin.STORE;
    }
}
