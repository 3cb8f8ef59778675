package no.varcat.catalog.search;

import java.net.URI;

/**
 * Where the Elasticsearch cluster is and how to authenticate: an API key, or a user name and
 * password, or nothing (the local node).
 */
public record SearchEndpoint(URI uri, String apiKey, String username, String password) {

    public SearchEndpoint {
        if (uri == null || uri.getHost() == null) {
            throw new IllegalArgumentException("Elasticsearch URL must be absolute, like https://search.example.org:9200, was " + uri);
        }
        if (apiKey != null && !apiKey.isBlank() && username != null && !username.isBlank()) {
            throw new IllegalArgumentException("Configure either an Elasticsearch API key or a user name and password, not both");
        }
    }

    public static SearchEndpoint unauthenticated(URI uri) {
        return new SearchEndpoint(uri, null, null, null);
    }

    boolean hasApiKey() {
        return apiKey != null && !apiKey.isBlank();
    }

    boolean hasBasicAuth() {
        return username != null && !username.isBlank();
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
