package no.varcat.web.ddi;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import no.varcat.catalog.ddi.DdiCodebook;
import no.varcat.catalog.ddi.DdiCodebookExport;
import no.varcat.catalog.resource.ResourceIds;
import no.varcat.catalog.resource.ResourceKind;
import no.varcat.catalog.resource.ResourceLookup;

/**
 * A register's DDI-Codebook 2.5 (docs/exports.md): {@code /registers/{id}/ddi} by negotiation,
 * {@code ?download} or {@code /registers/{id}/ddi.xml} as a file to save.
 */
@RestController
class DdiController {

    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

    private final ResourceLookup lookup;
    private final DdiCodebookExport export;

    DdiController(ResourceLookup lookup, DdiCodebookExport export) {
        this.lookup = lookup;
        this.export = export;
    }

    @GetMapping("/registers/{id}/ddi")
    ResponseEntity<ProblemDetail> ddi(@PathVariable("id") String id, @RequestParam(name = "download", required = false) String download,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response) throws IOException {
        return answer(id, download != null, accept, response);
    }

    @GetMapping("/registers/{id}/ddi.xml")
    ResponseEntity<ProblemDetail> file(@PathVariable("id") String id,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response) throws IOException {
        return answer(id, true, accept, response);
    }

    /**
     * The codebook is written straight into the response (null tells Spring it is handled), not as an
     * async StreamingResponseBody: a register of many thousands of variables must not be cut off by
     * the async request timeout.
     */
    private ResponseEntity<ProblemDetail> answer(String id, boolean download, String accept, HttpServletResponse response)
            throws IOException {
        if (!XmlNegotiation.acceptsXml(accept)) {
            return problem(HttpStatus.NOT_ACCEPTABLE, "The DDI codebook is application/xml (or text/xml); the Accept header "
                    + "asks for neither");
        }
        Optional<DdiCodebook> codebook = lookup.iri(ResourceKind.REGISTER, id).flatMap(export::codebook);
        if (codebook.isEmpty()) {
            // An id of no shape an id has is not echoed: it may be anything a client sent.
            return problem(HttpStatus.NOT_FOUND, ResourceIds.isWellFormed(id) ? "No register has the id '" + id + "'"
                    : "The path does not hold a register id");
        }
        response.setContentType(XML.toString());
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (download) {
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(id + "-ddi.xml").build().toString());
        }
        codebook.get().writeTo(response.getOutputStream());
        return null;
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
