package no.varcat.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.varcat.vocab.VARCAT;

/** A variable that disappears from its source stays on record with the day it went, until it comes back. */
class RemovedVariablesTest {

    private static final Node ALDER = NodeFactory.createURI("https://test.varcat.no/small/ALDER");

    @TempDir
    Path dir;

    private final InMemoryHarvest harvest = new InMemoryHarvest(true);

    @AfterEach
    void close() {
        harvest.close();
    }

    @Test
    void aVanishedVariableIsRecordedAndForgottenWhenItReturns() throws IOException {
        String original = smallRegister();
        Path file = dir.resolve("register.ttl");
        HarvestSource source = new HarvestSource("small", file.toUri(), "turtle", "Small");

        Files.writeString(file, original);
        assertThat(harvest.harvest(source).succeeded()).isTrue();
        assertThat(removed().isEmpty()).isTrue();

        Files.writeString(file, original.replace("/small/ALDER", "/small/KJONN").replace("\"ALDER\"", "\"KJONN\""));
        assertThat(harvest.harvest(source).succeeded()).isTrue();
        Graph removed = removed();
        assertThat(removed.find(ALDER, VARCAT.removedOn.asNode(), Node.ANY).toList()).singleElement()
                .satisfies(t -> assertThat(t.getObject().getLiteralDatatypeURI()).endsWith("#date"));
        assertThat(removed.find(ALDER, Node.ANY, Node.ANY).toList()).hasSize(3);

        Files.writeString(file, original);
        assertThat(harvest.harvest(source).succeeded()).isTrue();
        assertThat(removed().find(ALDER, Node.ANY, Node.ANY).toList()).as("back in the source, off the record").isEmpty();
        assertThat(removed().contains(NodeFactory.createURI("https://test.varcat.no/small/KJONN"), VARCAT.removedOn.asNode(), Node.ANY))
                .isTrue();
    }

    private Graph removed() {
        return harvest.store.readGraph(RemovedVariables.graphName("small"));
    }

    private static String smallRegister() throws IOException {
        try (InputStream in = RemovedVariablesTest.class.getResourceAsStream("small-register.ttl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
