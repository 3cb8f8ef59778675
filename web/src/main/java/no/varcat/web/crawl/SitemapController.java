package no.varcat.web.crawl;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;


import no.varcat.catalog.resource.ResourceKind;
import no.varcat.catalog.resource.ResourceListing;
import no.varcat.catalog.resource.ResourceListing.Listed;
import no.varcat.catalog.resource.ResourceLookup;
import no.varcat.web.resource.ResourceUrls;
import no.varcat.web.system.VarcatProperties;
import no.varcat.web.system.Problem;

/**
 * Sitemaps (sitemaps.org 0.9) for search engines: an index naming one sitemap for the registers
 * (with their publishers and indicators) and one per register for its variables and code lists,
 * so that no sitemap grows with the catalog beyond one register, and none passes the protocol's
 * 50,000 URLs.
 */
@RestController
class SitemapController {

    static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    /** The protocol's limit of URLs per sitemap. */
    static final int MAX_URLS = 50_000;

    private final ResourceListing listing;
    private final ResourceLookup lookup;
    private final ResourceUrls urls;
    private final String baseUri;

    SitemapController(ResourceListing listing, ResourceLookup lookup, ResourceUrls urls, VarcatProperties properties) {
        this.listing = listing;
        this.lookup = lookup;
        this.urls = urls;
        this.baseUri = properties.baseUri().toString();
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<byte[]> index() {
        List<Listed> registers = registers();
        return xml(writer -> {
            element(writer, "sitemapindex", () -> {
                sitemap(writer, baseUri + "sitemaps/registers.xml");
                registers.forEach(r -> sitemap(writer, baseUri + "sitemaps/registers/"
                        + urls.path(ResourceKind.REGISTER, r.iri()).substring("/registers/".length()) + ".xml"));
            });
        });
    }

    @GetMapping("/sitemaps/registers.xml")
    ResponseEntity<byte[]> registersSitemap() {
        List<Listed> all = listing.registers(MAX_URLS - 1);
        return xml(writer -> element(writer, "urlset", () -> {
            url(writer, baseUri);
            all.forEach(r -> url(writer, urls.url(r.kind(), r.iri())));
        }));
    }

    @GetMapping("/sitemaps/registers/{file}")
    ResponseEntity<byte[]> registerSitemap(@PathVariable String file) {
        String id = file.endsWith(".xml") ? file.substring(0, file.length() - 4) : file;
        String register = lookup.iri(ResourceKind.REGISTER, id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No register with the id '" + id + "'"));
        List<Listed> listed = listing.ofRegister(register, MAX_URLS);
        return xml(writer -> element(writer, "urlset", () -> listed.forEach(r -> url(writer, urls.url(r.kind(), r.iri())))));
    }

    /** An unknown register: an RFC 9457 problem, as crawlers and other programs read it. */
    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ProblemDetail> unknown(ResponseStatusException fault) {
        return Problem.of(fault.getStatusCode(), fault.getReason()).response();
    }

    private List<Listed> registers() {
        return listing.registers(MAX_URLS - 1).stream().filter(r -> r.kind() == ResourceKind.REGISTER).toList();
    }

    private static void sitemap(XMLStreamWriter writer, String location) {
        element(writer, "sitemap", () -> text(writer, "loc", location));
    }

    private static void url(XMLStreamWriter writer, String location) {
        element(writer, "url", () -> text(writer, "loc", location));
    }

    private static void text(XMLStreamWriter writer, String name, String value) {
        element(writer, name, () -> {
            try {
                writer.writeCharacters(value);
            } catch (XMLStreamException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void element(XMLStreamWriter writer, String name, Runnable content) {
        try {
            writer.writeStartElement(name);
            if (name.equals("urlset") || name.equals("sitemapindex")) {
                writer.writeDefaultNamespace(NS);
            }
            content.run();
            writer.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ResponseEntity<byte[]> xml(Consumer<XMLStreamWriter> body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter writer = XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            writer.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            writer.setDefaultNamespace(NS);
            body.accept(writer);
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write a sitemap", e);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic()).body(out.toByteArray());
    }
}
