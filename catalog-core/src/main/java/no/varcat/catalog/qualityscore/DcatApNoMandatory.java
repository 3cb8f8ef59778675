package no.varcat.catalog.qualityscore;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;

/**
 * data.norge.no's {@code dcatApCompliance} runs the official DCAT-AP-NO 2.0 SHACL shapes; varcat
 * checks what those shapes require of a dataset (sh:Violation with sh:minCount) without shipping
 * them: a title, a description and an identifier as literals, a theme IRI, exactly one publisher IRI,
 * and an access URL on each distribution. A test compares the verdict with the shapes' own on the
 * official examples.
 */
final class DcatApNoMandatory {

    private DcatApNoMandatory() {
    }

    static boolean met(Resource dataset) {
        return hasLiteral(dataset, DCTerms.title) && hasLiteral(dataset, DCTerms.description)
                && hasLiteral(dataset, DCTerms.identifier)
                && dataset.listProperties(DCAT.theme).toList().stream().anyMatch(s -> s.getObject().isURIResource())
                && dataset.listProperties(DCTerms.publisher).toList().size() == 1
                && dataset.getProperty(DCTerms.publisher).getObject().isURIResource()
                && dataset.listProperties(DCAT.distribution).toList().stream()
                        .map(s -> s.getObject()).allMatch(DcatApNoMandatory::hasAccessUrl);
    }

    private static boolean hasAccessUrl(RDFNode distribution) {
        return distribution.isResource() && distribution.asResource().hasProperty(DCAT.accessURL);
    }

    private static boolean hasLiteral(Resource subject, Property property) {
        return subject.listProperties(property).toList().stream().anyMatch(s -> s.getObject().isLiteral());
    }
}
