package no.varcat.web.resource;

import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.springframework.web.servlet.View;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** A resource's RDF as the representation a URL negotiated to, beside its Thymeleaf HTML. */
record RdfView(Model rdf, Lang syntax) implements View {

    @Override
    public String getContentType() {
        return syntax.getHeaderString() + ";charset=UTF-8";
    }

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
        response.setContentType(getContentType());
        RDFDataMgr.write(response.getOutputStream(), rdf, syntax);
    }
}
