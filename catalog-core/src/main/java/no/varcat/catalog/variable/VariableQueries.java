package no.varcat.catalog.variable;

/**
 * The SPARQL that {@link VariableRepository} reads variables with, each with why it has its shape:
 * the text of the queries kept apart from the Java that fills them in and reads their rows.
 */
final class VariableQueries {

    /**
     * The variables {@code %1$s} picks, in a first branch; their registers' titles and publishers,
     * once per register, in a second (rows without ?v). Joined in one branch, the register's titles and
     * publisher names multiplied every variable's labels and definitions: four times the rows. In the
     * first branch the OPTIONALs of one value a variable come first and the labels and definitions
     * (a value per language) last, as one UNION: each OPTIONAL is looked up once per row before it, so
     * labels times definitions ahead of five OPTIONALs cost some fifty index lookups a variable where
     * this order costs a dozen, and the rows are labels plus definitions, not labels times definitions.
     */
    static final String SUMMARY_PATTERN = """
            SELECT ?v ?notation ?label ?definition ?d ?dTitle ?publisherName ?start ?end ?repr ?isScheme ?modified ?temporality ?unitType WHERE {
              {
                %1$s
                ?d disco:variable ?v .
                ?v skos:notation ?notation .
                OPTIONAL { ?v dct:temporal ?t . OPTIONAL { ?t dcat:startDate ?start } OPTIONAL { ?t dcat:endDate ?end } }
                OPTIONAL { ?v disco:representation ?repr . BIND(EXISTS { ?repr a skos:ConceptScheme } AS ?isScheme) }
                OPTIONAL { ?v dct:modified ?modified }
                OPTIONAL { ?v varcat:temporality ?temporality }
                OPTIONAL { ?v disco:analysisUnit ?unitType }
                OPTIONAL { { ?v skos:prefLabel ?label } UNION { ?v skos:definition ?definition } }
              } UNION {
                { SELECT DISTINCT ?d WHERE { %1$s ?d disco:variable ?v . ?v skos:notation ?anyNotation } }
                OPTIONAL { ?d dct:title ?dTitle }
                OPTIONAL { ?d dct:publisher/foaf:name ?publisherName }
              }
            }
            """;

    /** What the variable page adds to the summary: population, question, unit; one per UNION branch. */
    static final String DESCRIPTION = """
            SELECT ?v ?population ?question ?unit WHERE {
              %s
              { ?v disco:universe/skos:definition ?population }
              UNION { ?v disco:question/disco:questionText ?question }
              UNION { ?v sdmx-attribute:unitMeasure ?unit }
            }
            """;

    /**
     * A register's variables in notation order, all in one query: the store matches and sorts the
     * register once. (Paging this query by a key, as it once was, made the store match and sort the
     * whole register again for every page: a register of n variables cost n²/page rows.)
     */
    static final String REGISTER_ORDER = """
            SELECT ?v ?notation WHERE {
              ?d disco:variable ?v .
              ?v skos:notation ?n .
              BIND(STR(?n) AS ?notation)
            }
            ORDER BY ?notation STR(?v)
            """;

    /** Page by number: the same order as {@link #REGISTER_ORDER}, by offset. */
    static final String REGISTER_OFFSET_PAGE = """
            SELECT ?v WHERE { ?d disco:variable ?v . ?v skos:notation ?n . BIND(STR(?n) AS ?notation) }
            ORDER BY ?notation STR(?v)
            LIMIT %d OFFSET %d
            """;

    /**
     * The registers that have variables. DISTINCT holds what it has seen: over the registers, a
     * few hundred; over the variables, as it once was here, it held a million bindings and ran the
     * start-up rebuild out of its 1 GB heap.
     */
    static final String REGISTERS_WITH_VARIABLES = """
            SELECT DISTINCT ?d WHERE { ?d disco:variable ?v }
            """;

    static final String REGISTER_COUNT = """
            SELECT (COUNT(DISTINCT ?v) AS ?count) WHERE { ?d disco:variable ?v . ?v skos:notation ?n }
            """;

    /**
     * Variables related to ?wanted, at most the limit asked for: the mappings a publisher made (few) come first, as
     * ARQ evaluates a UNION's branches in order, then the variables on the same concept, which a shared
     * concept such as sex or birth date gives by the thousand in a large catalog.
     */
    static final String RELATED = """
            SELECT DISTINCT ?other ?relation WHERE {
              { ?wanted skos:exactMatch ?other . BIND("EXACT_MATCH" AS ?relation) }
              UNION { ?other skos:exactMatch ?wanted . BIND("EXACT_MATCH" AS ?relation) }
              UNION { ?wanted skos:closeMatch ?other . BIND("CLOSE_MATCH" AS ?relation) }
              UNION { ?other skos:closeMatch ?wanted . BIND("CLOSE_MATCH" AS ?relation) }
              UNION { ?wanted disco:basedOn ?c . ?other disco:basedOn ?c . BIND("SAME_CONCEPT" AS ?relation) }
              ?d disco:variable ?other .
              FILTER(?other != ?wanted)
            }
            LIMIT %d
            """;

    private VariableQueries() {
    }
}
