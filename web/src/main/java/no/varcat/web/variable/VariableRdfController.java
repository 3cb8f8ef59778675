package no.varcat.web.variable;

import java.io.ByteArrayOutputStream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import no.varcat.catalog.variable.VariableDescription;
import no.varcat.web.catalog.RdfNegotiation;

/**
 * The RDF of one variable. The IRIs are the sources' own and need not resolve here, so the variable
 * page links to this instead; {@code format} lets a plain link pick the syntax, else the Accept header does.
 */
@RestController
class VariableRdfController {

    private final VariableDescription description;

    VariableRdfController(VariableDescription description) {
        this.description = description;
    }

    @GetMapping("/variable/rdf")
    ResponseEntity<byte[]> rdf(@RequestParam("iri") String iri, @RequestParam(name = "format", required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        Lang lang = format != null ? RdfNegotiation.fromFormat(format) : RdfNegotiation.choose(accept);
        if (lang == null) {
            return RdfNegotiation.notAcceptable();
        }
        Model model = description.describe(iri)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No variable " + iri));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, lang);
        return RdfNegotiation.ok(lang).body(out.toByteArray());
    }
}
