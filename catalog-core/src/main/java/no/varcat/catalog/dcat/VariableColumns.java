package no.varcat.catalog.dcat;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

import no.varcat.catalog.resource.ResourceKind;
import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.store.Iris;
import no.varcat.catalog.variable.VariableRepository;
import no.varcat.vocab.CSVW;
import no.varcat.vocab.DISCO;
import no.varcat.vocab.HealthDCATAP;
import no.varcat.vocab.Prefixes;

/**
 * A register's variables (or a slice of them, see {@link HealthPage}) as HealthDCAT-AP describes
 * them ({@code healthdcatap:hasVariables}): a csvw:TableGroup with one csvw:Table whose csvw:Columns
 * are the variables, each with its name (notation), titles (labels), description (definition, else
 * label), datatype (the XSD type of its representation; a coded variable's values are strings) and,
 * as csvw:propertyUrl, the variable's own URL at varcat.
 */
final class VariableColumns {

    private static final String VARIABLES = """
            CONSTRUCT {
              ?d disco:variable ?v .
              ?v skos:notation ?n ; skos:prefLabel ?l ; skos:definition ?def ; disco:representation ?r .
            } WHERE {
              %s
              ?d disco:variable ?v .
              { ?v skos:notation ?n } UNION { ?v skos:prefLabel ?l } UNION { ?v skos:definition ?def }
              UNION { ?v disco:representation ?r }
            }
            """;

    /** The variables with a technical name of the registers wanted (a VALUES block), counted per register. */
    private static final String COUNTS = """
            SELECT ?d (COUNT(DISTINCT ?v) AS ?n) WHERE {
              %s
              OPTIONAL { ?d disco:variable ?v . ?v skos:notation ?name }
            } GROUP BY ?d
            """;

    private final ResourceLinks links;

    VariableColumns(ResourceLinks links) {
        this.links = links;
    }

    /** How many variables with a technical name each register has (those without a count have none). */
    static Map<String, Long> counts(CatalogStore store, List<String> registers) {
        Map<String, Long> counts = new HashMap<>();
        if (!Iris.anyAbsolute(registers)) {
            return counts;
        }
        store.select(Prefixes.sparqlPrologue() + COUNTS.formatted(Iris.values("d", registers)), row -> {
            if (row.get("d").isURIResource()) {
                counts.put(row.getResource("d").getURI(), row.getLiteral("n").getLong());
            }
        });
        return counts;
    }

    /**
     * Reads the variables the slices name: the registers listed whole in one query; of each register
     * listed in part, the slice's IRIs in the order of the register's own pages
     * ({@link VariableRepository#irisOfRegisterPage}), then their columns, two queries bounded by the part.
     */
    static Model read(CatalogStore store, List<ColumnSlice> slices) {
        Model read = ModelFactory.createDefaultModel();
        List<String> whole = slices.stream().filter(s -> s.size() > 0 && s.whole()).map(ColumnSlice::register).toList();
        if (Iris.anyAbsolute(whole)) {
            read.add(store.construct(Prefixes.sparqlPrologue() + VARIABLES.formatted(Iris.values("d", whole))));
        }
        VariableRepository variables = new VariableRepository(store);
        for (ColumnSlice slice : slices) {
            if (slice.size() > 0 && !slice.whole()) {
                List<String> iris = variables.irisOfRegisterPage(slice.register(), slice.from(), slice.size());
                if (!iris.isEmpty()) {
                    read.add(store.construct(Prefixes.sparqlPrologue()
                            + VARIABLES.formatted(Iris.values("d", List.of(slice.register())) + " " + Iris.values("v", iris))));
                }
            }
        }
        return read;
    }

    /** Adds {@code dataset}'s variable list to {@code out}, when {@code variables} has any of its variables. */
    void describe(Model variables, Resource dataset, String document, Model out) {
        List<Resource> columns = variables.listObjectsOfProperty(variables.createResource(dataset.getURI()), DISCO.variable)
                .filterKeep(RDFNode::isURIResource).mapWith(RDFNode::asResource)
                .filterKeep(v -> v.hasProperty(SKOS.notation))
                .toList();
        if (columns.isEmpty()) {
            return;
        }
        columns.sort(Comparator.comparing(v -> v.getProperty(SKOS.notation).getString()));
        Resource table = out.createResource(document + "#variable-table")
                .addProperty(RDF.type, CSVW.Table)
                .addProperty(DCTerms.title, "Variabler", "nb")
                .addProperty(DCTerms.title, "Variables", "en");
        columns.forEach(variable -> table.addProperty(CSVW.column, column(variable, out)));
        Resource group = out.createResource(document + "#variables")
                .addProperty(RDF.type, CSVW.TableGroup)
                .addProperty(DCTerms.title, "Variabelliste", "nb")
                .addProperty(DCTerms.title, "Variable list", "en")
                .addProperty(CSVW.table, table);
        dataset.addProperty(HealthDCATAP.hasVariables, group);
    }

    private Resource column(Resource variable, Model out) {
        String url = links.url(ResourceKind.VARIABLE, variable.getURI());
        Resource column = out.createResource(url + "#column")
                .addProperty(RDF.type, CSVW.Column)
                .addProperty(CSVW.name, variable.getProperty(SKOS.notation).getString())
                .addProperty(CSVW.datatype, datatype(variable))
                .addProperty(CSVW.propertyUrl, out.createResource(url));
        List<Statement> labels = variable.listProperties(SKOS.prefLabel).toList();
        labels.forEach(label -> column.addProperty(CSVW.title, label.getObject()));
        List<Statement> definitions = variable.listProperties(SKOS.definition).toList();
        (definitions.isEmpty() ? labels : definitions).forEach(text -> column.addProperty(DCTerms.description, text.getObject()));
        if (labels.isEmpty() && definitions.isEmpty()) {
            column.addProperty(CSVW.title, column.getProperty(CSVW.name).getString());
            column.addProperty(DCTerms.description, column.getProperty(CSVW.name).getString());
        }
        return column;
    }

    /** CSVW's datatypes are XSD's by local name; a code list's codes are strings. */
    private static String datatype(Resource variable) {
        Statement representation = variable.getProperty(DISCO.representation);
        if (representation != null && representation.getObject().isURIResource()
                && representation.getResource().getURI().startsWith(XSD.NS)) {
            return representation.getResource().getLocalName();
        }
        return "string";
    }
}
