package no.varcat.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on loopback serving a small register as Turtle at {@link #url()}, holding every
 * request until {@link #release()}: a test can act while a harvest waits for its source.
 */
public final class HeldRegisterServer implements AutoCloseable {

    /** The register the served file describes. */
    public static final String REGISTER = "https://test.varcat.no/small/register";

    private final AtomicInteger requests = new AtomicInteger();
    private final CountDownLatch requestArrived = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final HttpServer server;

    public HeldRegisterServer() throws IOException {
        byte[] body;
        try (InputStream in = HeldRegisterServer.class.getResourceAsStream("small-register.ttl")) {
            body = in.readAllBytes();
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/small.ttl", exchange -> {
            requests.incrementAndGet();
            requestArrived.countDown();
            try (exchange) {
                release.await(30, TimeUnit.SECONDS);
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

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/small.ttl";
    }

    /** Waits until the first request has come; false after 30 s without one. */
    public boolean awaitRequest() throws InterruptedException {
        return requestArrived.await(30, TimeUnit.SECONDS);
    }

    /** Lets every held request, and every later one, be answered. */
    public void release() {
        release.countDown();
    }

    public int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        threads.shutdownNow();
    }
}
