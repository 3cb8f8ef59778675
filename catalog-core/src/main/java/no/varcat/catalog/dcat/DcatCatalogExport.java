package no.varcat.catalog.dcat;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

import no.varcat.catalog.store.CatalogStore;
import no.varcat.vocab.Prefixes;

/**
 * Builds the DCAT-AP-NO catalog data.norge.no harvests: varcat's own dcat:Catalog listing every
 * harvested register (dcat:Dataset) with its description and the resources it points to directly
 * (publisher, contact point, period of time). Variables are not expanded here; DDI export does that.
 */
public final class DcatCatalogExport {

    private static final String DATASETS = """
            CONSTRUCT {
              ?d ?p ?o .
              ?o ?p2 ?o2 .
            } WHERE {
              ?d a dcat:Dataset ; ?p ?o .
              OPTIONAL { ?o ?p2 ?o2 . FILTER(isBlank(?o) || ?p IN (dct:publisher, dcat:contactPoint, dct:temporal, dcat:distribution)) }
            }
            """;

    private static final String FOAF_NS = "http://xmlns.com/foaf/0.1/";

    private final CatalogStore store;
    private final CatalogDescription description;

    public DcatCatalogExport(CatalogStore store, CatalogDescription description) {
        this.store = store;
        this.description = description;
    }

    public Model catalog() {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefixes(Prefixes.VARCAT_PREFIXES);
        model.add(store.construct(Prefixes.sparqlPrologue() + DATASETS));

        Resource publisher = model.createResource(description.publisherIri())
                .addProperty(RDF.type, model.createResource(FOAF_NS + "Organization"))
                .addProperty(model.createProperty(FOAF_NS + "name"), description.publisherName());
        Resource catalog = model.createResource(description.catalogIri())
                .addProperty(RDF.type, DCAT.Catalog)
                .addProperty(DCTerms.title, description.titleNb(), "nb")
                .addProperty(DCTerms.title, description.titleEn(), "en")
                .addProperty(DCTerms.description, description.descriptionNb(), "nb")
                .addProperty(DCTerms.description, description.descriptionEn(), "en")
                .addProperty(DCTerms.identifier, description.catalogIri())
                .addProperty(DCTerms.publisher, publisher);
        model.listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList()
                .forEach(dataset -> catalog.addProperty(DCAT.dataset, dataset));
        return model;
    }
}
