package no.varcat.web.ddi;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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

import no.varcat.catalog.dcat.CatalogPage;
import no.varcat.catalog.dcat.PageOutOfRangeException;
import no.varcat.catalog.ddi.DdiCodebook;
import no.varcat.catalog.ddi.DdiCodebookExport;
import no.varcat.catalog.resource.ResourceIds;
import no.varcat.catalog.resource.ResourceKind;
import no.varcat.catalog.resource.ResourceLookup;
import no.varcat.web.catalog.PageNumber;
import no.varcat.web.system.Problem;

/**
 * A register's DDI-Codebook 2.5 (docs/exports.md): {@code /registers/{id}/ddi} by negotiation,
 * {@code ?download} or {@code /registers/{id}/ddi.xml} as a file to save; {@code page} and
 * {@code size} (default {@value DdiCodebookExport#DEFAULT_PAGE_SIZE} variables) for a register with more.
 */
@RestController
class DdiController {

    static final String PAGE = "page";
    static final String SIZE = "size";

    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

    private final ResourceLookup lookup;
    private final DdiCodebookExport export;

    DdiController(ResourceLookup lookup, DdiCodebookExport export) {
        this.lookup = lookup;
        this.export = export;
    }

    @GetMapping("/registers/{id}/ddi")
    ResponseEntity<ProblemDetail> ddi(@PathVariable("id") String id, @RequestParam(name = "download", required = false) String download,
            @RequestParam(name = PAGE, required = false) String page, @RequestParam(name = SIZE, required = false) String size,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response) throws IOException {
        return answer(id, "ddi", download != null, page, size, accept, response);
    }

    @GetMapping("/registers/{id}/ddi.xml")
    ResponseEntity<ProblemDetail> file(@PathVariable("id") String id,
            @RequestParam(name = PAGE, required = false) String page, @RequestParam(name = SIZE, required = false) String size,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response) throws IOException {
        return answer(id, "ddi.xml", true, page, size, accept, response);
    }

    /**
     * The codebook is written straight into the response (null tells Spring it is handled), not as an
     * async StreamingResponseBody: a register of many thousands of variables must not be cut off by
     * the async request timeout.
     */
    private ResponseEntity<ProblemDetail> answer(String id, String file, boolean download, String pageParameter,
            String sizeParameter, String accept, HttpServletResponse response) throws IOException {
        if (!XmlNegotiation.acceptsXml(accept)) {
            return problem(HttpStatus.NOT_ACCEPTABLE, "The DDI codebook is application/xml (or text/xml); the Accept header "
                    + "asks for neither");
        }
        Integer page = PageNumber.parse(pageParameter, 1, Integer.MAX_VALUE);
        if (page == null) {
            return problem(HttpStatus.BAD_REQUEST, PAGE, "The parameter 'page' must be a whole number from 1, not '"
                    + PageNumber.shorten(pageParameter) + "'");
        }
        Integer size = sizeParameter == null ? Integer.valueOf(DdiCodebookExport.DEFAULT_PAGE_SIZE)
                : PageNumber.parse(sizeParameter, 1, DdiCodebookExport.MAX_PAGE_SIZE);
        if (size == null) {
            return problem(HttpStatus.BAD_REQUEST, SIZE, "The parameter 'size' must be a whole number from 1 to "
                    + DdiCodebookExport.MAX_PAGE_SIZE + ", not '" + PageNumber.shorten(sizeParameter) + "'");
        }
        Optional<DdiCodebook> codebook;
        try {
            codebook = lookup.iri(ResourceKind.REGISTER, id).flatMap(iri -> export.codebook(iri, page, size));
        } catch (PageOutOfRangeException e) {
            return problem(HttpStatus.NOT_FOUND, PAGE, "The register's variables fill " + e.pages()
                    + (e.pages() == 1 ? " page" : " pages") + " of " + size + "; there is no page " + page);
        }
        if (codebook.isEmpty()) {
            // An id of no shape an id has is not echoed: it may be anything a client sent.
            return problem(HttpStatus.NOT_FOUND, ResourceIds.isWellFormed(id) ? "No register has the id '" + id + "'"
                    : "The path does not hold a register id");
        }
        response.setContentType(XML.toString());
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        pageLinks(codebook.get().page(), "/registers/" + id + "/" + file, size, response);
        if (download) {
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(id + "-ddi.xml").build().toString());
        }
        codebook.get().writeTo(response.getOutputStream());
        return null;
    }

    /**
     * A register of more than one page: the document is one page of its variables, and the Link
     * header says where the others are (DDI-Codebook has no element for that).
     */
    private static void pageLinks(CatalogPage page, String path, int size, HttpServletResponse response) {
        if (!page.paged()) {
            return;
        }
        String sized = size == DdiCodebookExport.DEFAULT_PAGE_SIZE ? "" : "&" + SIZE + "=" + size;
        List<String> links = new ArrayList<>();
        links.add("<" + path + "?" + PAGE + "=1" + sized + ">; rel=\"first\"");
        if (page.hasPrevious()) {
            links.add("<" + path + "?" + PAGE + "=" + (page.number() - 1) + sized + ">; rel=\"prev\"");
        }
        if (page.hasNext()) {
            links.add("<" + path + "?" + PAGE + "=" + (page.number() + 1) + sized + ">; rel=\"next\"");
        }
        links.add("<" + path + "?" + PAGE + "=" + page.pages() + sized + ">; rel=\"last\"");
        response.setHeader(HttpHeaders.LINK, String.join(", ", links));
        response.setHeader("X-Total-Count", Long.toString(page.total()));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String parameter, String detail) {
        return Problem.of(status, detail).parameter(parameter).response();
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return Problem.of(status, detail).response();
    }
}
