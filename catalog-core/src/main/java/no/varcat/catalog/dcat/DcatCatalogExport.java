package no.varcat.catalog.dcat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

import no.varcat.catalog.resource.ResourceKind;
import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.store.Iris;
import no.varcat.vocab.DQV;
import no.varcat.vocab.HYDRA;
import no.varcat.vocab.Prefixes;

/**
 * Builds the DCAT-AP-NO catalog data.norge.no harvests, one page of registers at a time: varcat's
 * own dcat:Catalog with, for each register on the page, its dcat:Dataset and what that points to
 * directly (publisher, contact point, period of time, legal basis), its national coverage rates,
 * its quality score (DQV measurements of data.norge.no's MQA metrics and varcat's variable metrics),
 * a dcat:CatalogRecord with the dates it was first harvested and last changed, and distributions
 * of the register's document at varcat (its variables and code lists in DISCO/SKOS). The variables
 * themselves stay out, so the catalog grows with the number of registers, not of variables.
 */
public final class DcatCatalogExport {

    private static final String COUNT = """
            SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a dcat:Dataset }
            """;

    private static final String PAGE = """
            SELECT DISTINCT ?d WHERE { ?d a dcat:Dataset } ORDER BY ?d LIMIT %d OFFSET %d
            """;

    private static final String DATASETS = """
            CONSTRUCT {
              ?d ?p ?o .
              ?o ?p2 ?o2 .
            } WHERE {
              %s
              ?d ?p ?o .
              # varcat:pathId is the resource's id in varcat's URLs: the catalog names the URLs themselves.
              FILTER(?p NOT IN (disco:variable, varcat:pathId))
              OPTIONAL { ?o ?p2 ?o2 . FILTER(?p2 != varcat:pathId && (isBlank(?o) || ?p IN (dct:publisher, dcat:contactPoint,
                  dct:temporal, dcat:distribution, dcatno:legalBasisForProcessing, adms:identifier, dct:creator))) }
            }
            """;

    /** Coverage of the register as a whole: national rates, not those of one hospital or health trust. */
    private static final String NATIONAL_COVERAGE = """
            CONSTRUCT {
              ?d dqv:hasQualityMeasurement ?m .
              ?m ?p ?o .
            } WHERE {
              %s
              ?m dqv:computedOn ?d ; dqv:isMeasurementOf varcat:coverageRate .
              FILTER NOT EXISTS { ?m sdmx-dimension:refArea ?area }
              ?m ?p ?o .
            }
            """;

    /**
     * The register's quality score as its newest harvests measured it (docs/quality.md): a few dozen
     * measurements each, linked to the harvest run; the history stays out.
     */
    private static final String QUALITY_SCORE = """
            CONSTRUCT {
              ?d dqv:hasQualityMeasurement ?m .
              ?m ?p ?o .
            } WHERE {
              %s
              GRAPH ?g { ?m dqv:computedOn ?d ; ?p ?o }
              FILTER(STRSTARTS(STR(?g), "urn:varcat:quality:"))
            }
            """;

    private final CatalogStore store;
    private final CatalogDescription description;
    private final ResourceLinks links;

    public DcatCatalogExport(CatalogStore store, CatalogDescription description, ResourceLinks links) {
        this.store = store;
        this.description = description;
        this.links = links;
    }

    public CatalogDescription description() {
        return description;
    }

    CatalogStore store() {
        return store;
    }

    public ResourceLinks links() {
        return links;
    }

    /** How many registers the catalog lists. */
    public long datasetCount() {
        long[] n = {0};
        store.select(Prefixes.sparqlPrologue() + COUNT, row -> n[0] = row.getLiteral("n").getLong());
        return n[0];
    }

    /** Page {@code number} of {@code size} registers; {@link PageOutOfRangeException} past the last. */
    public CatalogPage page(int number, int size) {
        return new CatalogPage(number, size, datasetCount());
    }

    /** The registers of {@code page}, in IRI order, so that pages do not overlap. */
    public List<String> datasets(CatalogPage page) {
        List<String> iris = new ArrayList<>();
        store.select(Prefixes.sparqlPrologue() + PAGE.formatted(page.size(), page.offset()),
                row -> iris.add(row.getResource("d").getURI()));
        return iris;
    }

    /** The DCAT-AP-NO catalog page; {@code pageAddress} gives the URL of page n, for the Hydra links. */
    public Model catalog(CatalogPage page, IntFunction<String> pageAddress) {
        Model model = describe(datasets(page));
        if (page.paged()) {
            HydraView.add(model, model.createResource(description.catalogIri()), page, pageAddress);
        }
        return model;
    }

    /** varcat's catalog with the registers {@code datasets} (in this order), without paging links. */
    Model describe(List<String> datasets) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefixes(Prefixes.VARCAT_PREFIXES);
        model.setNsPrefix("hydra", HYDRA.NS);
        Resource catalog = catalogResource(model);
        if (!Iris.anyAbsolute(datasets)) {
            return model;
        }
        String values = Iris.values("d", datasets);
        model.add(store.construct(Prefixes.sparqlPrologue() + DATASETS.formatted(values)));
        model.add(store.construct(Prefixes.sparqlPrologue() + NATIONAL_COVERAGE.formatted(values)));
        model.add(store.construct(Prefixes.sparqlPrologue() + QUALITY_SCORE.formatted(values)));
        // foaf:Organization is a foaf:Agent; validators that check classes without inference want it said.
        model.listObjectsOfProperty(DCTerms.publisher).filterKeep(RDFNode::isURIResource).toList()
                .forEach(publisher -> publisher.asResource().addProperty(RDF.type, FOAF.Agent));
        Map<String, RecordDates> dates = RecordDates.read(store, values);
        for (String iri : datasets) {
            Resource dataset = model.createResource(iri);
            catalog.addProperty(DCAT.dataset, dataset);
            if (!dataset.hasProperty(DCTerms.identifier)) {
                // Harvested without one (DCAT-AP does not require it): DCAT-AP-NO's own is the IRI as a literal.
                dataset.addProperty(DCTerms.identifier, iri);
            }
            String document = links.url(ResourceKind.REGISTER, iri);
            dataset.addProperty(FOAF.page, model.createResource(document));
            RegisterDocument.FORMATS.forEach(format -> dataset.addProperty(DCAT.distribution, format.distribution(model, document)));
            RecordDates recorded = dates.get(iri);
            if (recorded != null) {
                catalog.addProperty(DCAT.record, record(model, document, dataset, recorded));
            }
        }
        return model;
    }

    private Resource catalogResource(Model model) {
        Resource publisher = model.createResource(description.publisherIri())
                .addProperty(RDF.type, FOAF.Organization)
                .addProperty(FOAF.name, description.publisherName());
        return model.createResource(description.catalogIri())
                .addProperty(RDF.type, DCAT.Catalog)
                .addProperty(DCTerms.title, description.titleNb(), "nb")
                .addProperty(DCTerms.title, description.titleEn(), "en")
                .addProperty(DCTerms.description, description.descriptionNb(), "nb")
                .addProperty(DCTerms.description, description.descriptionEn(), "en")
                .addProperty(DCTerms.identifier, description.catalogIri())
                .addProperty(DCTerms.publisher, publisher);
    }

    private static Resource record(Model model, String document, Resource dataset, RecordDates dates) {
        Resource record = model.createResource(document + "#record")
                .addProperty(RDF.type, DCAT.CatalogRecord)
                .addProperty(FOAF.primaryTopic, dataset)
                .addLiteral(DCTerms.modified, dateTime(model, dates.modified()));
        dates.issued().ifPresent(issued -> record.addLiteral(DCTerms.issued, dateTime(model, issued)));
        return record;
    }

    private static org.apache.jena.rdf.model.Literal dateTime(Model model, Instant instant) {
        return model.createTypedLiteral(instant.toString(), XSDDatatype.XSDdateTime);
    }
}
