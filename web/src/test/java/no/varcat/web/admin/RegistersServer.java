package no.varcat.web.admin;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on loopback serving a small register at {@code /{name}.ttl} for any name: the
 * register {@code {base}{name}} with one variable labelled "{label} {name}", with an ETag, answering
 * a request that sends it back with 304 Not Modified. Held, it answers no
 * request until {@link #release()}, so a test can see harvests wait.
 */
final class RegistersServer implements AutoCloseable {

    private final String base;
    private final String label;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger notModified = new AtomicInteger();
    private final CountDownLatch release;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final HttpServer server;

    /**
     * @param base  the IRI the registers are minted under, unique per test run
     * @param label the start of each variable's label, unique per test run so that a search finds exactly these
     * @param held  whether requests wait for {@link #release()}
     */
    RegistersServer(String base, String label, boolean held) throws IOException {
        this.base = base;
        this.label = label;
        this.release = new CountDownLatch(held ? 1 : 0);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            try (exchange) {
                release.await(60, TimeUnit.SECONDS);
                String path = exchange.getRequestURI().getPath();
                String name = path.substring(1, path.length() - ".ttl".length());
                String etag = "\"" + name + "-1\"";
                exchange.getResponseHeaders().set("ETag", etag);
                if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    notModified.incrementAndGet();
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
                byte[] body = turtle(name).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/turtle");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.setExecutor(threads);
        server.start();
    }

    String url(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + name + ".ttl";
    }

    String register(String name) {
        return base + name;
    }

    /** How many requests have come, answered or held. */
    int requests() {
        return requests.get();
    }

    /** How many requests were answered 304 Not Modified (each register has one version, with its ETag). */
    int notModified() {
        return notModified.get();
    }

    void release() {
        release.countDown();
    }

    private String turtle(String name) {
        return """
                @prefix dcat:  <http://www.w3.org/ns/dcat#> .
                @prefix dct:   <http://purl.org/dc/terms/> .
                @prefix skos:  <http://www.w3.org/2004/02/skos/core#> .
                @prefix disco: <http://rdf-vocabulary.ddialliance.org/discovery#> .
                @prefix foaf:  <http://xmlns.com/foaf/0.1/> .
                @prefix vcard: <http://www.w3.org/2006/vcard/ns#> .

                <%1$s> a dcat:Dataset ;
                    dct:identifier "%1$s" ;
                    dct:title "Importert register %2$s"@nb, "Imported register %2$s"@en ;
                    dct:description "Et register fra en import."@nb ;
                    dcat:theme <http://publications.europa.eu/resource/authority/data-theme/HEAL> ;
                    dct:publisher <https://data.brreg.no/enhetsregisteret/api/enheter/983744516> ;
                    dcat:contactPoint <%1$s#contact> ;
                    disco:variable <%1$s/variable> .
                <https://data.brreg.no/enhetsregisteret/api/enheter/983744516> a foaf:Organization ;
                    dct:identifier "983744516" ;
                    foaf:name "Folkehelseinstituttet"@nb .
                <%1$s#contact> a vcard:Organization ;
                    vcard:fn "Registerkontakt" .
                <%1$s/variable> a disco:Variable, skos:Concept ;
                    skos:notation "V" ;
                    skos:prefLabel "%3$s %2$s"@nb .
                """.formatted(register(name), name, label);
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        threads.shutdownNow();
    }
}
