package no.varcat.web.catalog;

import java.io.ByteArrayOutputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import no.varcat.catalog.dcat.DcatCatalogExport;

/** The DCAT-AP-NO catalog for data.norge.no and other harvesters: Turtle unless asked otherwise. */
@RestController
class CatalogController {

    private final DcatCatalogExport export;

    CatalogController(DcatCatalogExport export) {
        this.export = export;
    }

    @GetMapping("/catalog")
    ResponseEntity<byte[]> catalog(@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        Lang lang = RdfNegotiation.choose(accept);
        if (lang == null) {
            return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE)
                    .contentType(MediaType.TEXT_PLAIN)
                    .body(("Available: " + String.join(", ", RdfNegotiation.offered()) + "\n").getBytes());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, export.catalog(), lang);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(lang.getHeaderString() + ";charset=UTF-8"))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .body(out.toByteArray());
    }

    /** Picks an RDF syntax from an Accept header. */
    static final class RdfNegotiation {

        private static final Map<String, Lang> OFFERED = Map.of(
                "text/turtle", Lang.TURTLE,
                "application/rdf+xml", Lang.RDFXML,
                "application/ld+json", Lang.JSONLD,
                "application/n-triples", Lang.NTRIPLES);

        private RdfNegotiation() {
        }

        static List<String> offered() {
            return OFFERED.keySet().stream().sorted().toList();
        }

        /** Turtle for no header, a wildcard or HTML browsers; null when nothing acceptable is offered. */
        static Lang choose(String accept) {
            if (accept == null || accept.isBlank()) {
                return Lang.TURTLE;
            }
            List<MediaType> wanted;
            try {
                wanted = MediaType.parseMediaTypes(accept);
            } catch (IllegalArgumentException e) {
                return Lang.TURTLE;
            }
            wanted.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
            for (MediaType type : wanted) {
                if (type.getQualityValue() == 0) {
                    continue;
                }
                Lang exact = OFFERED.get(type.getType() + "/" + type.getSubtype());
                if (exact != null) {
                    return exact;
                }
                if (type.isWildcardType() || type.isWildcardSubtype() && type.getType().equals("text")
                        || type.getSubtype().equals("html")) {
                    return Lang.TURTLE;
                }
            }
            return null;
        }
    }
}
