package no.varcat.web.catalog;

import java.io.ByteArrayOutputStream;

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
import no.varcat.catalog.dcat.HealthPage;
import no.varcat.catalog.dcat.PageOutOfRangeException;
import no.varcat.web.system.VarcatProperties;
import no.varcat.web.system.Problem;

/**
 * The catalog for harvesters, Turtle unless asked otherwise, a page of registers at a time:
 * DCAT-AP-NO for data.norge.no at {@code /catalog}, HealthDCAT-AP (with each register's variables)
 * at {@code /catalog/healthdcat-ap}, whose pages come in parts of at most so many variables
 * ({@link HealthPage}). Both answer a conditional GET with 304 while the store has
 * not changed, without building the catalog.
 */
@RestController
class CatalogController {

    static final String PAGE = "page";
    static final String SIZE = "size";
    static final String PART = "part";
    static final String VARIABLES = "variables";

    private final DcatCatalogExport dcat;
    private final HealthDcatApExport health;
    private final CatalogVersions versions;
    private final String base;
    private final int pageSize;
    private final int healthPageSize;
    private final int healthPageVariables;

    CatalogController(DcatCatalogExport dcat, HealthDcatApExport health, CatalogVersions versions,
            VarcatProperties properties) {
        this.dcat = dcat;
        this.health = health;
        this.versions = versions;
        this.base = properties.baseUri().toString();
        this.pageSize = properties.catalog().pageSize();
        this.healthPageSize = properties.catalog().healthPageSize();
        this.healthPageVariables = properties.catalog().healthPageVariables();
    }

    @GetMapping("/catalog")
    ResponseEntity<?> catalog(@RequestParam(name = PAGE, required = false) String page,
            @RequestParam(name = SIZE, required = false) String size,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, WebRequest request) {
        Lang lang = RdfNegotiation.choose(accept);
        if (lang == null) {
            return RdfNegotiation.notAcceptable();
        }
        Integer number = PageNumber.parse(page, 1, Integer.MAX_VALUE);
        Integer registers = size == null ? Integer.valueOf(pageSize) : PageNumber.parse(size, 1, pageSize);
        if (number == null || registers == null) {
            return number == null ? badPage(page) : badNumber(SIZE, size, pageSize);
        }
        CatalogPage found;
        try {
            found = dcat.page(number, registers);
        } catch (PageOutOfRangeException e) {
            return problem(HttpStatus.NOT_FOUND, PAGE, e.getMessage() + " (parameter 'page')");
        }
        CatalogVersions.Validators validators = versions.current("catalog", found.number() + "|" + found.size() + "|"
                + found.total(), lang);
        if (request.checkNotModified(validators.etag(), validators.lastModifiedMillis())) {
            return null;
        }
        String address = base + "catalog?" + PAGE + "=";
        String sized = registers == pageSize ? "" : "&" + SIZE + "=" + registers;
        return ok(lang, validators, dcat.catalog(found, n -> address + n + sized));
    }

    @GetMapping("/catalog/healthdcat-ap")
    ResponseEntity<?> healthDcatAp(@RequestParam(name = PAGE, required = false) String page,
            @RequestParam(name = SIZE, required = false) String size,
            @RequestParam(name = PART, required = false) String part,
            @RequestParam(name = VARIABLES, required = false) String variables,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, WebRequest request) {
        Lang lang = RdfNegotiation.choose(accept);
        if (lang == null) {
            return RdfNegotiation.notAcceptable();
        }
        Integer number = PageNumber.parse(page, 1, Integer.MAX_VALUE);
        Integer registers = size == null ? Integer.valueOf(healthPageSize) : PageNumber.parse(size, 1, healthPageSize);
        Integer partNumber = PageNumber.parse(part, 1, Integer.MAX_VALUE);
        Integer columns = variables == null ? Integer.valueOf(healthPageVariables)
                : PageNumber.parse(variables, 1, healthPageVariables);
        if (number == null) {
            return badPage(page);
        }
        if (registers == null) {
            return badNumber(SIZE, size, healthPageSize);
        }
        if (partNumber == null) {
            return problem(HttpStatus.BAD_REQUEST, PART, "The parameter 'part' must be a whole number from 1, not '"
                    + PageNumber.shorten(part) + "'");
        }
        if (columns == null) {
            return badNumber(VARIABLES, variables, healthPageVariables);
        }
        CatalogPage onPage;
        try {
            onPage = health.registers(number, registers);
        } catch (PageOutOfRangeException e) {
            return problem(HttpStatus.NOT_FOUND, PAGE, e.getMessage() + " (parameter 'page')");
        }
        // Checked before the page is cut into parts: a conditional GET costs a count, not the page's variable counts.
        CatalogVersions.Validators validators = versions.current("catalog/healthdcat-ap", onPage.number() + "|" + onPage.size()
                + "|" + onPage.total() + "|" + partNumber + "|" + columns, lang);
        if (request.checkNotModified(validators.etag(), validators.lastModifiedMillis())) {
            return null;
        }
        HealthPage found;
        try {
            found = health.page(onPage, partNumber, columns, validators.catalogVersion());
        } catch (PageOutOfRangeException e) {
            return problem(HttpStatus.NOT_FOUND, PART, e.getMessage() + " (parameter 'part')");
        }
        String address = base + "catalog/healthdcat-ap?" + PAGE + "=";
        String shaped = (registers == healthPageSize ? "" : "&" + SIZE + "=" + registers)
                + (columns == healthPageVariables ? "" : "&" + VARIABLES + "=" + columns);
        return ok(lang, validators, health.catalog(found, (n, k) -> address + n + (k == 1 ? "" : "&" + PART + "=" + k) + shaped));
    }

    /** The catalog in {@code lang}, with its validators. */
    private static ResponseEntity<byte[]> ok(Lang lang, CatalogVersions.Validators validators, Model catalog) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, catalog, lang);
        ResponseEntity.BodyBuilder ok = RdfNegotiation.ok(lang).eTag(validators.etag());
        if (validators.lastModifiedMillis() > 0) {
            ok.lastModified(validators.lastModifiedMillis());
        }
        return ok.body(out.toByteArray());
    }

    private static ResponseEntity<ProblemDetail> badPage(String page) {
        return problem(HttpStatus.BAD_REQUEST, PAGE, "The parameter 'page' must be a whole number from 1, not '"
                + PageNumber.shorten(page) + "'");
    }

    private static ResponseEntity<ProblemDetail> badNumber(String parameter, String value, int max) {
        return problem(HttpStatus.BAD_REQUEST, parameter, "The parameter '" + parameter + "' must be a whole number from 1 to "
                + max + ", not '" + PageNumber.shorten(value) + "'");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String parameter, String detail) {
        return Problem.of(status, detail).parameter(parameter).response();
    }
}
