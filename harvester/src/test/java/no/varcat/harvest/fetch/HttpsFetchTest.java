package no.varcat.harvest.fetch;

import static no.varcat.harvest.fetch.HttpHarvest.TURTLE;
import static no.varcat.harvest.fetch.HttpHarvest.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Optional;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import no.varcat.harvest.HarvestReport;
import no.varcat.harvest.HarvestReport.Outcome;
import no.varcat.harvest.HarvestSource;

/**
 * https through the guarded resolver: the connection goes to the checked address, and TLS still
 * names the host (SNI) and checks the certificate against the host name, not the address. A real
 * HTTPS server on loopback with a self-signed certificate for {@code localhost} (made once with
 * keytool, valid until 2126: {@code localhost-server.p12}, and {@code localhost-trust.p12} holding
 * its certificate); the JVM trusts it for this test only (the JDK's trust store property, put back
 * after).
 */
class HttpsFetchTest {

    private static final String STORE_PASSWORD = "changeit";

    @Test
    void anHttpsSourceIsFetchedWithItsCertificateCheckedAgainstItsHostName() throws Exception {
        Path trust = Path.of(HttpsFetchTest.class.getResource("/no/varcat/harvest/fetch/localhost-trust.p12").toURI());
        HttpsServer server = httpsServer();
        String previous = System.getProperty("javax.net.ssl.trustStore");
        System.setProperty("javax.net.ssl.trustStore", trust.toString());
        System.setProperty("javax.net.ssl.trustStorePassword", STORE_PASSWORD);
        int port = server.getAddress().getPort();
        TargetGuard onlyThisServer = target -> target.getAddress().isLoopbackAddress() && target.getPort() == port
                ? Optional.empty() : TargetGuard.PUBLIC_ONLY.refusal(target);
        try (HttpHarvest harvest = new HttpHarvest(HttpHarvest.FAST.withGuard(onlyThisServer))) {
            HarvestReport byName = harvest.harvest(new HarvestSource("tls", URI.create("https://localhost:" + port + "/register.ttl"),
                    "turtle", "TLS"));
            HarvestReport byAddress = harvest.harvest(new HarvestSource("tls-ip", URI.create("https://127.0.0.1:" + port + "/register.ttl"),
                    "turtle", "TLS by address"));

            assertThat(byName.outcome()).as("%s", byName.issues()).isEqualTo(Outcome.SUCCEEDED);
            assertThat(byAddress.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(byAddress.issues().get(0).message()).as("the certificate names localhost, not 127.0.0.1")
                    .startsWith("The connection to https://127.0.0.1:" + port + "/register.ttl failed");
        } finally {
            server.stop(0);
            if (previous == null) {
                System.clearProperty("javax.net.ssl.trustStore");
            } else {
                System.setProperty("javax.net.ssl.trustStore", previous);
            }
            System.clearProperty("javax.net.ssl.trustStorePassword");
        }
    }

    private static HttpsServer httpsServer() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = HttpsFetchTest.class.getResourceAsStream("/no/varcat/harvest/fetch/localhost-server.p12")) {
            store.load(in, STORE_PASSWORD.toCharArray());
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(store, STORE_PASSWORD.toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keyManagers.getKeyManagers(), null, null);
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        byte[] body = resource("small-register.ttl");
        server.createContext("/register.ttl", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", TURTLE);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }
}
