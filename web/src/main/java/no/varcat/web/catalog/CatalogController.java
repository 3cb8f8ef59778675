package no.varcat.web.catalog;

import java.io.ByteArrayOutputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.springframework.http.HttpHeaders;
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
            return RdfNegotiation.notAcceptable();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, export.catalog(), lang);
        return RdfNegotiation.ok(lang).body(out.toByteArray());
    }
}
