package no.varcat.web.feed;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import no.varcat.catalog.change.ChangeFilter;
import no.varcat.catalog.change.ChangeLog;
import no.varcat.catalog.resource.ResourceIds;
import no.varcat.catalog.resource.ResourceKind;
import no.varcat.catalog.resource.ResourceLookup;
import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.store.Iris;
import no.varcat.vocab.Prefixes;

/**
 * Reads the feed's {@code register} and {@code publisher} parameters: the harvested IRI of a
 * register or publisher the catalog has, or had (its changes stay in the log), or the id in its URL
 * ({@code /registers/{id}}) while the catalog has it. Anything else is refused naming the
 * parameter, before it reaches a query.
 */
@Component
class FeedFilters {

    /** Far above any real IRI; a longer value is refused before it is looked at. */
    static final int MAX_LENGTH = 2000;
    /** Characters SPARQL does not allow inside {@code <...>}. */
    private static final String NOT_IN_IRIS = "<>\"{}|^`\\";

    private final ChangeLog log;
    private final CatalogStore store;
    private final ResourceLookup lookup;

    FeedFilters(ChangeLog log, CatalogStore store, ResourceLookup lookup) {
        this.log = log;
        this.store = store;
        this.lookup = lookup;
    }

    ChangeFilter parse(String register, String publisher) {
        String registerIri = iri("register", byId(ResourceKind.REGISTER, register));
        String publisherIri = iri("publisher", byId(ResourceKind.PUBLISHER, publisher));
        if (registerIri != null && !log.hasRegister(registerIri) && !inCatalog("<%s> a dcat:Dataset", registerIri)) {
            throw new FeedRequestException(HttpStatus.NOT_FOUND, "register", "The catalog has no register " + registerIri + " and never had");
        }
        if (publisherIri != null && !log.hasPublisher(publisherIri) && !inCatalog("?register dct:publisher <%s>", publisherIri)) {
            throw new FeedRequestException(HttpStatus.NOT_FOUND, "publisher", "No register of the catalog has the publisher " + publisherIri);
        }
        return new ChangeFilter(registerIri, publisherIri);
    }

    /** The IRI a well-formed id stands for; anything else as it came, to be checked as an IRI. */
    private String byId(ResourceKind kind, String value) {
        if (value == null || value.length() > MAX_LENGTH || !ResourceIds.isWellFormed(value.strip())) {
            return value;
        }
        return lookup.iri(kind, value.strip()).orElseThrow(() -> new FeedRequestException(HttpStatus.NOT_FOUND,
                kind == ResourceKind.REGISTER ? "register" : "publisher", "The catalog has no " + kind.name().toLowerCase(Locale.ROOT)
                        + " with the id " + value.strip()));
    }

    private boolean inCatalog(String pattern, String iri) {
        return store.ask(Prefixes.sparqlPrologue() + "ASK { " + pattern.formatted(iri) + " }");
    }

    private static String iri(String parameter, String value) {
        if (value == null) {
            return null;
        }
        if (value.length() > MAX_LENGTH) {
            throw new FeedRequestException(HttpStatus.BAD_REQUEST, parameter, "The " + parameter + " is longer than " + MAX_LENGTH + " characters");
        }
        String trimmed = value.strip();
        if (!Iris.isAbsolute(trimmed) || trimmed.chars().anyMatch(c -> Character.isWhitespace(c) || NOT_IN_IRIS.indexOf(c) >= 0)) {
            throw new FeedRequestException(HttpStatus.BAD_REQUEST, parameter, "The " + parameter + " must be the id or the absolute IRI of a "
                    + parameter + ", e.g. " + ("register".equals(parameter) ? "https://sample.varcat.no/fhi/mfr"
                            : "https://data.brreg.no/enhetsregisteret/api/enheter/983744516"));
        }
        return trimmed;
    }
}
