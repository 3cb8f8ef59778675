package no.varcat.web.catalog;

import java.io.ByteArrayOutputStream;
import java.util.function.Function;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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

/**
 * The catalog for harvesters, Turtle unless asked otherwise, a page of registers at a time:
 * DCAT-AP-NO for data.norge.no at {@code /catalog}, HealthDCAT-AP (with each register's variables)
 * at {@code /catalog/healthdcat-ap}. Both answer a conditional GET with 304 while the store has
 * not changed, without building the catalog.
 */
@RestController
class CatalogController {

    static final String PAGE = "page";

    private final DcatCatalogExport dcat;
    private final HealthDcatApExport health;
    private final CatalogVersions versions;
    private final int pageSize;
    private final int healthPageSize;

    CatalogController(DcatCatalogExport dcat, HealthDcatApExport health, CatalogVersions versions,
            VarcatProperties properties) {
        this.dcat = dcat;
        this.health = health;
        this.versions = versions;
        this.pageSize = properties.catalog().pageSize();
        this.healthPageSize = properties.catalog().healthPageSize();
    }

    @GetMapping("/catalog")
    ResponseEntity<?> catalog(@RequestParam(name = PAGE, required = false) String page,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, WebRequest request) {
        return serve("dcat-ap-no", page, accept, request, n -> dcat.page(n, pageSize), dcat::catalog);
    }

    @GetMapping("/catalog/healthdcat-ap")
    ResponseEntity<?> healthDcatAp(@RequestParam(name = PAGE, required = false) String page,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, WebRequest request) {
        return serve("healthdcat-ap", page, accept, request, n -> health.page(n, healthPageSize), health::catalog);
    }

    private ResponseEntity<?> serve(String profile, String pageParameter, String accept, WebRequest request,
            Function<Integer, CatalogPage> pages, Function<CatalogPage, Model> build) {
        Lang lang = RdfNegotiation.choose(accept);
        if (lang == null) {
            return RdfNegotiation.notAcceptable();
        }
        Integer number = PageNumber.parse(pageParameter);
        if (number == null) {
            return problem(HttpStatus.BAD_REQUEST, "The parameter 'page' must be a whole number from 1, not '"
                    + PageNumber.shorten(pageParameter) + "'");
        }
        CatalogPage page;
        try {
            page = pages.apply(number);
        } catch (PageOutOfRangeException e) {
            return problem(HttpStatus.NOT_FOUND, e.getMessage() + " (parameter 'page')");
        }
        CatalogVersions.Validators validators = versions.current(profile, page, lang);
        if (request.checkNotModified(validators.etag(), validators.lastModifiedMillis())) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, build.apply(page), lang);
        ResponseEntity.BodyBuilder ok = RdfNegotiation.ok(lang).eTag(validators.etag());
        if (validators.lastModifiedMillis() > 0) {
            ok.lastModified(validators.lastModifiedMillis());
        }
        return ok.body(out.toByteArray());
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("parameter", PAGE);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
