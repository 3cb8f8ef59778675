package no.varcat.web.feed;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on loopback serving one register as Turtle, with whatever variables the test
 * gives it last: the register a follower watches change.
 */
final class ChangingRegisterServer implements AutoCloseable {

    private final HttpServer server;
    private final String register;
    private volatile byte[] body = new byte[0];

    /** @param base the IRI the register and its variables are minted under, unique per test run */
    ChangingRegisterServer(String base) throws IOException {
        this.register = base + "register";
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/register.ttl", exchange -> {
            try (exchange) {
                byte[] now = body;
                exchange.getResponseHeaders().set("Content-Type", "text/turtle");
                exchange.sendResponseHeaders(200, now.length);
                exchange.getResponseBody().write(now);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/register.ttl";
    }

    String register() {
        return register;
    }

    String variable(String name) {
        return register + "/variable/" + name;
    }

    /** Serves the register with these variables, each {@code name=label}. */
    void serve(List<String> variables) {
        StringBuilder turtle = new StringBuilder("""
                @prefix dcat:  <http://www.w3.org/ns/dcat#> .
                @prefix dct:   <http://purl.org/dc/terms/> .
                @prefix skos:  <http://www.w3.org/2004/02/skos/core#> .
                @prefix disco: <http://rdf-vocabulary.ddialliance.org/discovery#> .
                @prefix foaf:  <http://xmlns.com/foaf/0.1/> .
                @prefix vcard: <http://www.w3.org/2006/vcard/ns#> .

                <%1$s> a dcat:Dataset ;
                    dct:identifier "%1$s" ;
                    dct:title "Fulgt testregister"@nb, "Followed test register"@en ;
                    dct:description "Et register en følger ser endre seg."@nb ;
                    dcat:theme <http://publications.europa.eu/resource/authority/data-theme/HEAL> ;
                    dct:publisher <https://data.brreg.no/enhetsregisteret/api/enheter/983744516> ;
                    dcat:contactPoint <%1$s#contact> .
                <https://data.brreg.no/enhetsregisteret/api/enheter/983744516> a foaf:Organization ;
                    dct:identifier "983744516" ;
                    foaf:name "Folkehelseinstituttet"@nb .
                <%1$s#contact> a vcard:Organization ;
                    vcard:fn "Registerkontakt" .
                """.formatted(register));
        for (String variable : variables) {
            String name = variable.substring(0, variable.indexOf('='));
            turtle.append("""
                    <%1$s> disco:variable <%2$s> .
                    <%2$s> a disco:Variable, skos:Concept ;
                        skos:notation "%3$s" ;
                        skos:prefLabel "%4$s"@nb .
                    """.formatted(register, variable(name), name, variable.substring(variable.indexOf('=') + 1)));
        }
        body = turtle.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
