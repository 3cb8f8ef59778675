package no.varcat.web.feed;

import org.springframework.web.util.UriComponentsBuilder;

import no.varcat.catalog.change.ChangeFilter;

/**
 * The addresses of the feed's documents under {@code base} (where the reader reached the catalog,
 * or its {@code varcat.base-uri}), each with the same filter, so that a filtered follower stays
 * filtered as it walks the archives.
 */
record FeedLinks(String base, ChangeFilter filter) {

    FeedLinks {
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    String subscription() {
        return withFilter("/changes.atom");
    }

    String archive(long page) {
        return withFilter("/changes/archive/" + page);
    }

    private String withFilter(String path) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(base + path);
        if (filter.register() != null) {
            uri.queryParam("register", filter.register());
        }
        if (filter.publisher() != null) {
            uri.queryParam("publisher", filter.publisher());
        }
        return uri.encode().build().toUriString();
    }
}
