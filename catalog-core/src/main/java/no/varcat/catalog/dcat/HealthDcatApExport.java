package no.varcat.catalog.dcat;

import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VCARD4;

import no.varcat.catalog.resource.ResourceKind;
import no.varcat.vocab.CSVW;
import no.varcat.vocab.CV;
import no.varcat.vocab.DCATAP;
import no.varcat.vocab.HealthDCATAP;

/**
 * The catalog as HealthDCAT-AP (Release 8, on DCAT-AP 3) wants it for non-public health data: the
 * DCAT-AP-NO page, plus per register its variable list (csvw columns), the health data access
 * body, the applicable law, a health category, a dataset type and a provenance statement; the
 * classes DCAT-AP 3's range shapes expect of the values (a publisher is a foaf:Agent, a contact
 * point a vcard:Kind, an access right a dct:RightsStatement, ...), since its validator checks
 * classes without inference; and a contact point for each publisher (its page at varcat).
 */
public final class HealthDcatApExport {

    private static final String ELI = "http://data.europa.eu/eli/ontology#";

    /** The classes DCAT-AP 3's range shapes require of each property's values. */
    private static final Map<Property, Resource> RANGES = Map.ofEntries(
            Map.entry(DCTerms.accessRights, DCTerms.RightsStatement),
            Map.entry(DCTerms.accrualPeriodicity, DCTerms.Frequency),
            Map.entry(DCTerms.language, DCTerms.LinguisticSystem),
            Map.entry(DCTerms.spatial, DCTerms.Location),
            Map.entry(DCTerms.format, DCTerms.MediaTypeOrExtent),
            Map.entry(DCAT.mediaType, DCTerms.MediaType),
            Map.entry(DCAT.theme, SKOS.Concept),
            Map.entry(DCTerms.type, SKOS.Concept),
            Map.entry(HealthDCATAP.healthTheme, SKOS.Concept),
            Map.entry(HealthDCATAP.healthCategory, SKOS.Concept),
            Map.entry(HealthDCATAP.hasCodingSystem, DCTerms.Standard),
            Map.entry(FOAF.page, FOAF.Document),
            Map.entry(DCAT.landingPage, FOAF.Document),
            Map.entry(DCTerms.publisher, FOAF.Agent),
            Map.entry(DCAT.contactPoint, VCARD4.Kind),
            Map.entry(DCATAP.applicableLegislation, ResourceFactory.createResource(ELI + "LegalResource")));

    /** Labels of the EU concepts varcat gives by default (HealthDCAT-AP's concept shape wants one). */
    private static final Map<String, String> DEFAULT_LABELS = Map.of(
            "https://hdeu-dcat.data.health.europa.eu/resource/authority/healthcategories/MRMR",
            "Medical registries and mortality registries",
            "https://hdeu-dcat.data.health.europa.eu/resource/authority/healthcategories/PHDR",
            "Population-based health data registries",
            "http://publications.europa.eu/resource/authority/dataset-type/PERSONAL_DATA", "Personal data",
            "http://publications.europa.eu/resource/authority/dataset-type/STATISTICAL", "Statistical data");

    private static final String DATA_THEMES = "http://publications.europa.eu/resource/authority/data-theme";

    private final DcatCatalogExport catalog;
    private final HealthDescription health;
    private final VariableColumns columns;
    private final RegisterColumnCounts counts;

    public HealthDcatApExport(DcatCatalogExport catalog, HealthDescription health) {
        this.catalog = catalog;
        this.health = health;
        this.columns = new VariableColumns(catalog.links());
        this.counts = new RegisterColumnCounts(catalog.store());
    }

    /**
     * Page {@code number} of {@code size} registers, before it is cut into parts: a count of the
     * registers, all a conditional GET needs; {@link PageOutOfRangeException} past the last.
     */
    public CatalogPage registers(int number, int size) {
        return catalog.page(number, size);
    }

    /**
     * Part {@code part} of a page of registers, cut so that no part lists more than {@code variables}
     * variables; {@link PageOutOfRangeException} past the page's last part. Reads the pages' registers
     * and counts their variables: this page's, the one before's (for the link back) and the last
     * one's (for the link to the last part), nothing of the others; the counts are read afresh.
     */
    public HealthPage page(CatalogPage registers, int part, int variables) {
        return page(registers, part, variables, null);
    }

    /**
     * As {@link #page(CatalogPage, int, int)}, with the counts remembered for the catalog's
     * {@code version} ({@link CatalogVersion#tag()}, which the caller reads for its validators
     * anyway), so that walking a version's parts counts each register once.
     */
    public HealthPage page(CatalogPage registers, int part, int variables, String version) {
        List<List<ColumnSlice>> parts = parts(registers, variables, version);
        if (part < 1 || part > parts.size()) {
            throw PageOutOfRangeException.part(part, registers.number(), parts.size());
        }
        int previous = registers.hasPrevious()
                ? parts(new CatalogPage(registers.number() - 1, registers.size(), registers.total()), variables, version).size() : 0;
        int last = registers.hasNext()
                ? parts(new CatalogPage(registers.pages(), registers.size(), registers.total()), variables, version).size()
                : parts.size();
        return new HealthPage(registers, part, parts.size(), parts.get(part - 1), previous, last);
    }

    private List<List<ColumnSlice>> parts(CatalogPage registers, int variables, String version) {
        List<String> datasets = catalog.datasets(registers);
        return HealthPage.cut(datasets, counts.of(datasets, version), variables);
    }

    /** The HealthDCAT-AP catalog part: its registers with the slices of their variable lists it holds. */
    public Model catalog(HealthPage page, HealthPage.PartAddress address) {
        List<String> datasets = page.datasets();
        Model model = catalog.describe(datasets);
        if (page.paged()) {
            HydraView.add(model, model.createResource(catalog.description().catalogIri()), page.registers().total(),
                    page.links(address));
        }
        model.setNsPrefix("csvw", CSVW.NS);
        model.setNsPrefix("cv", CV.NS);
        model.setNsPrefix("dcatap", DCATAP.NS);
        model.setNsPrefix("eli", ELI);
        Resource law = model.createResource(health.applicableLegislation());
        model.createResource(catalog.description().catalogIri()).addProperty(DCATAP.applicableLegislation, law)
                .addProperty(DCAT.themeTaxonomy, model.createResource(DATA_THEMES)
                        .addProperty(DCTerms.title, "Data theme", "en"));
        Resource accessBody = agent(model, health.accessBodyIri(), health.accessBodyContactPage())
                .addProperty(FOAF.name, health.accessBodyName());
        Model variables = VariableColumns.read(catalog.store(), page.slices());
        for (ColumnSlice slice : page.slices()) {
            String iri = slice.register();
            Resource dataset = model.createResource(iri);
            String document = catalog.links().url(ResourceKind.REGISTER, iri);
            dataset.addProperty(RDF.type, DCAT.Resource)
                    .addProperty(DCATAP.applicableLegislation, law)
                    .addProperty(HealthDCATAP.hdab, accessBody);
            defaultValue(dataset, HealthDCATAP.healthCategory, health.defaultHealthCategory());
            defaultValue(dataset, DCTerms.type, health.defaultDatasetType());
            dataset.addProperty(DCTerms.provenance, model.createResource(document + "#provenance")
                    .addProperty(RDF.type, DCTerms.ProvenanceStatement)
                    .addProperty(RDFS.label, "Beskrivelsen er høstet av varcat fra det registeret selv publiserer"
                            + " (DCAT-AP-NO, kodebøker, DDI).", "nb")
                    .addProperty(RDFS.label, "Description harvested by varcat from what the register itself publishes"
                            + " (DCAT-AP-NO, codebooks, DDI).", "en"));
            columns.describe(variables, dataset, document, model);
            dataset.addLiteral(HealthDCATAP.hasStructuredData, slice.total() > 0);
            dataset.listProperties(DCAT.distribution).toList()
                    .forEach(d -> d.getResource().addProperty(DCATAP.applicableLegislation, law));
            dataset.listProperties(DCTerms.publisher).toList().stream().map(s -> s.getObject())
                    .filter(RDFNode::isURIResource)
                    .forEach(publisher -> publisherContact(model, publisher.asResource()));
        }
        typeValues(model);
        return model;
    }

    /** The value unless the register gives its own: an EU concept, said to be one, in its scheme, with a label. */
    private static void defaultValue(Resource dataset, Property property, String value) {
        if (dataset.hasProperty(property) || value == null || value.isBlank()) {
            return;
        }
        Model model = dataset.getModel();
        Resource concept = model.createResource(value)
                .addProperty(RDF.type, SKOS.Concept)
                .addProperty(SKOS.inScheme, model.createResource(value.substring(0, value.lastIndexOf('/'))))
                .addProperty(SKOS.prefLabel, DEFAULT_LABELS.getOrDefault(value, value.substring(value.lastIndexOf('/') + 1)), "en");
        dataset.addProperty(property, concept);
    }

    /** HealthDCAT-AP asks each publisher for one cv:ContactPoint: its page at varcat, which names its registers. */
    private void publisherContact(Model model, Resource publisher) {
        if (!publisher.hasProperty(CV.contactPoint)) {
            agent(model, publisher.getURI(), catalog.links().url(ResourceKind.PUBLISHER, publisher.getURI()));
        }
    }

    /**
     * An agent with its one contact point, named under varcat's page for the agent (never under the
     * agent's own IRI, which is not ours to mint in).
     */
    private Resource agent(Model model, String iri, String contactPage) {
        Resource contact = model.createResource(catalog.links().url(ResourceKind.PUBLISHER, iri) + "#contact-point")
                .addProperty(RDF.type, CV.ContactPoint)
                .addProperty(CV.contactPage, model.createResource(contactPage));
        return model.createResource(iri)
                .addProperty(RDF.type, FOAF.Agent)
                .addProperty(CV.contactPoint, contact);
    }

    private static void typeValues(Model model) {
        RANGES.forEach((property, range) -> model.listObjectsOfProperty(property).toList().stream()
                .filter(RDFNode::isURIResource)
                .forEach(value -> value.asResource().addProperty(RDF.type, range)));
    }
}
