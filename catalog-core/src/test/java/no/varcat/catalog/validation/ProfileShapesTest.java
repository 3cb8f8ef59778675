package no.varcat.catalog.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** The shapes file parses, and every shape explains itself. */
class ProfileShapesTest {

    private static final Graph SHAPES = ProfileShapes.graph();

    static Set<String> namedNodeShapes() {
        return SHAPES.find(Node.ANY, RDF.type.asNode(), SHACL.NodeShape).mapWith(Triple::getSubject)
                .filterKeep(Node::isURI).mapWith(Node::getURI).toSet();
    }

    private static List<Node> propertyShapes() {
        return SHAPES.find(Node.ANY, SHACL.property, Node.ANY).mapWith(Triple::getObject).toList();
    }

    @Test
    void parsesAsShapesWithOneRootShapePerTargetedNodeShape() {
        Shapes shapes = ProfileShapes.shapes();

        assertThat(shapes.numRootShapes()).isEqualTo(13);
        assertThat(namedNodeShapes()).hasSize(13).allSatisfy(s -> assertThat(s).startsWith(ProfileShapes.NS));
    }

    @Test
    void everyNodeShapeAndPropertyShapeHasANameAndADescription() {
        Set<Node> shapes = new HashSet<>(propertyShapes());
        namedNodeShapes().forEach(iri -> shapes.add(NodeFactory.createURI(iri)));

        assertThat(shapes).hasSizeGreaterThan(100).allSatisfy(shape -> {
            assertThat(SHAPES.contains(shape, SHACL.name, Node.ANY)).as("sh:name of %s", shape).isTrue();
            assertThat(SHAPES.contains(shape, SHACL.description, Node.ANY)).as("sh:description of %s", shape).isTrue();
        });
    }

    @Test
    void everyPropertyShapeSaysWhatIsWrong() {
        assertThat(propertyShapes()).allSatisfy(shape -> assertThat(SHAPES.contains(shape, SHACL.message, Node.ANY))
                .as("sh:message of property shape %s named %s", shape, name(shape)).isTrue());
    }

    private static String name(Node shape) {
        return SHAPES.find(shape, SHACL.name, Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm())
                .nextOptional().orElse("(none)");
    }
}
