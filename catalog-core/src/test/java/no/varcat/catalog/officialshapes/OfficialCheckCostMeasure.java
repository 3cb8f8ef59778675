package no.varcat.catalog.officialshapes;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/**
 * What a self-check at its official-shapes cap costs: some 96,000 triples (a register, 3,000
 * variables with a code list of six codes each) checked against each official set, read in place
 * from ../shared/reference. Prints, asserts nothing; not run by {@code verify} (no *Test name):
 * {@code ./mvnw -pl catalog-core -am verify -Dtest=OfficialCheckCostMeasure -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class OfficialCheckCostMeasure {

    @Test
    void measure() {
        StringBuilder ttl = new StringBuilder("@prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .\n"
                + "@prefix disco: <http://rdf-vocabulary.ddialliance.org/discovery#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
                + "<https://r.example/d> a dcat:Dataset ; dct:title \"R\"@nb .\n");
        for (int v = 0; v < 3000; v++) {
            ttl.append("<https://r.example/d> disco:variable <https://r.example/v").append(v).append("> .\n");
            ttl.append("<https://r.example/v").append(v).append("> a disco:Variable, skos:Concept ; skos:notation \"V").append(v)
                    .append("\" ; skos:prefLabel \"Var ").append(v).append("\"@nb ; skos:definition \"Def\"@nb ; disco:representation <https://r.example/s")
                    .append(v).append("> .\n<https://r.example/s").append(v).append("> a skos:ConceptScheme .\n");
            for (int c = 0; c < 6; c++) {
                ttl.append("<https://r.example/s").append(v).append("/").append(c).append("> a skos:Concept ; skos:inScheme <https://r.example/s")
                        .append(v).append("> ; skos:notation \"").append(c).append("\" ; skos:prefLabel \"C\"@nb .\n");
            }
        }
        Graph data = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ttl.toString(), Lang.TURTLE).parse(data);
        System.out.println("triples " + data.size());
        measure("no2", data, "dcat-ap-no/DCAT-AP-NO-shacl_shapes_2.00.ttl");
        measure("no3", data, "dcat-ap-no/dcatapno3-core-shapes.ttl", "dcat-ap-no/dcatapno3-range-shapes.ttl");
        measure("health", data, "healthdcat-ap/shapes-r8/shapes/public-shapes.ttl", "healthdcat-ap/shapes-r8/ranges/range.ttl",
                "dcat-ap/dcat-ap-3.0.1-SHACL.ttl", "dcat-ap/dcat-ap-3.0.1-ranges.ttl");
    }

    private static void measure(String what, Graph data, String... files) {
        Graph all = GraphFactory.createDefaultGraph();
        for (String f : files) {
            GraphUtil.addInto(all, ShapeTurtle.parse(f, OfficialReference.bytes(f), "https://shapes.invalid/" + f));
        }
        CompiledShapeSet set = CompiledShapeSet.compile(new ShapeSet("x", "x", "v", java.time.Instant.EPOCH, java.util.List.of()), all);
        for (int i = 0; i < 2; i++) {
            long t = System.nanoTime();
            int n = set.check(data).violations().size();
            System.out.println("MEASURE " + what + " results " + n + " in " + (System.nanoTime() - t) / 1_000_000 + " ms");
        }
    }
}
