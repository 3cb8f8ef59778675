package no.varcat.web.catalog;

import java.io.ByteArrayOutputStream;
import java.util.function.BiFunction;
import java.util.function.IntFunction;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import no.varcat.catalog.dcat.CatalogPage;
import no.varcat.catalog.dcat.DcatCatalogExport;
import no.varcat.catalog.dcat.HealthDcatApExport;
import no.varcat.catalog.dcat.PageOutOfRangeException;
import no.varcat.web.system.VarcatProperties;
import no.varcat.web.system.Problem;

/**
 * The catalog for harvesters, Turtle unless asked otherwise, a page of registers at a time:
 * DCAT-AP-NO for data.norge.no at {@code /catalog}, HealthDCAT-AP (with each register's variables)
 * at {@code /catalog/healthdcat-ap}. Both answer a conditional GET with 304 while the store has
 * not changed, without building the catalog.
 */
@RestController
class CatalogController {

    static final String PAGE = "page";
    static final String SIZE = "size";

    private final DcatCatalogExport dcat;
    private final HealthDcatApExport health;
    private final CatalogVersions versions;
    private final String base;
    private final int pageSize;
    private final int healthPageSize;

    CatalogController(DcatCatalogExport dcat, HealthDcatApExport health, CatalogVersions versions,
            VarcatProperties properties) {
        this.dcat = dcat;
        this.health = health;
        this.versions = versions;
        this.base = properties.baseUri().toString();
        this.pageSize = properties.catalog().pageSize();
        this.healthPageSize = properties.catalog().healthPageSize();
    }

    @GetMapping("/catalog")
    ResponseEntity<?> catalog(@RequestParam(name = PAGE, required = false) String page,
            @RequestParam(name = SIZE, required = false) String size,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, WebRequest request) {
        return serve("catalog", page, size, pageSize, accept, request, dcat::page, dcat::catalog);
    }

    @GetMapping("/catalog/healthdcat-ap")
    ResponseEntity<?> healthDcatAp(@RequestParam(name = PAGE, required = false) String page,
            @RequestParam(name = SIZE, required = false) String size,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, WebRequest request) {
        return serve("catalog/healthdcat-ap", page, size, healthPageSize, accept, request, health::page, health::catalog);
    }

    /** One page of the catalog at {@code path} (under the base URI), or why not. */
    private ResponseEntity<?> serve(String path, String pageParameter, String sizeParameter, int maxSize, String accept,
            WebRequest request, BiFunction<Integer, Integer, CatalogPage> pages,
            BiFunction<CatalogPage, IntFunction<String>, Model> build) {
        Lang lang = RdfNegotiation.choose(accept);
        if (lang == null) {
            return RdfNegotiation.notAcceptable();
        }
        Integer number = PageNumber.parse(pageParameter, 1, Integer.MAX_VALUE);
        if (number == null) {
            return problem(HttpStatus.BAD_REQUEST, PAGE, "The parameter 'page' must be a whole number from 1, not '"
                    + PageNumber.shorten(pageParameter) + "'");
        }
        Integer size = sizeParameter == null ? Integer.valueOf(maxSize) : PageNumber.parse(sizeParameter, 1, maxSize);
        if (size == null) {
            return problem(HttpStatus.BAD_REQUEST, SIZE, "The parameter 'size' must be a whole number from 1 to " + maxSize
                    + ", not '" + PageNumber.shorten(sizeParameter) + "'");
        }
        CatalogPage page;
        try {
            page = pages.apply(number, size);
        } catch (PageOutOfRangeException e) {
            return problem(HttpStatus.NOT_FOUND, PAGE, e.getMessage() + " (parameter 'page')");
        }
        CatalogVersions.Validators validators = versions.current(path, page, lang);
        if (request.checkNotModified(validators.etag(), validators.lastModifiedMillis())) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String address = base + path + "?" + PAGE + "=";
        String sized = page.size() == maxSize ? "" : "&" + SIZE + "=" + page.size();
        RDFDataMgr.write(out, build.apply(page, n -> address + n + sized), lang);
        ResponseEntity.BodyBuilder ok = RdfNegotiation.ok(lang).eTag(validators.etag());
        if (validators.lastModifiedMillis() > 0) {
            ok.lastModified(validators.lastModifiedMillis());
        }
        return ok.body(out.toByteArray());
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String parameter, String detail) {
        return Problem.of(status, detail).parameter(parameter).response();
    }
}
