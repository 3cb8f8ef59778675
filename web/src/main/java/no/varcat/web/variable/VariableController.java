package no.varcat.web.variable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import no.varcat.catalog.store.Iris;
import no.varcat.web.catalog.RdfNegotiation;
import no.varcat.web.resource.MovedPermanently;
import no.varcat.web.resource.ResourceUrls;

/**
 * The addresses variables had before they had their own URLs ({@code /variable?iri=},
 * {@code /variable/rdf?iri=}): moved for good to {@code /variables/{id}}, so bookmarks and links
 * from elsewhere keep working.
 */
@Controller
class VariableController {

    private final ResourceUrls urls;

    VariableController(ResourceUrls urls) {
        this.urls = urls;
    }

    @GetMapping("/variable")
    ResponseEntity<Void> moved(@RequestParam("iri") String iri) {
        return MovedPermanently.to(urls.variable(checked(iri)));
    }

    @GetMapping("/variable/rdf")
    ResponseEntity<Void> movedRdf(@RequestParam("iri") String iri, @RequestParam(name = "format", required = false) String format) {
        var syntax = format == null ? null : RdfNegotiation.fromFormat(format);
        String path = urls.variable(checked(iri));
        return MovedPermanently.to(syntax == null ? path : path + "." + RdfNegotiation.suffix(syntax));
    }

    private static String checked(String iri) {
        if (!Iris.isAbsolute(iri)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "'" + iri + "' is not the IRI of a variable");
        }
        return iri;
    }
}
