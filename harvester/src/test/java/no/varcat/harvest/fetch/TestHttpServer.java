package no.varcat.harvest.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/** A real HTTP server on 127.0.0.1 (or another loopback address) and a free port: routes by path, remembers every request. */
final class TestHttpServer implements AutoCloseable {

    /** A request as it arrived: path and headers (names matched case-insensitively by {@link Headers#getFirst}). */
    record Request(String path, Headers headers) {
    }

    final List<Request> requests = new CopyOnWriteArrayList<>();

    private final Map<String, HttpHandler> routes = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final HttpServer server;

    TestHttpServer() {
        this(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    /** On {@code address}: a loopback address and a port, 0 for a free one. */
    TestHttpServer(InetSocketAddress address) {
        try {
            server = HttpServer.create(address, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            Headers headers = new Headers();
            headers.putAll(exchange.getRequestHeaders());
            String path = exchange.getRequestURI().getPath();
            requests.add(new Request(path, headers));
            try (InputStream ignored = exchange.getRequestBody()) {
                routes.getOrDefault(path, status(404)).handle(exchange);
            } finally {
                exchange.close();
            }
        });
        // Several at once: a test server that sleeps must not hold up the next request.
        server.setExecutor(executor);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    void route(String path, HttpHandler handler) {
        routes.put(path, handler);
    }

    List<Request> requestsTo(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    static HttpHandler ok(String contentType, byte[] body, String... headerPairs) {
        return exchange -> {
            exchange.getResponseHeaders().set("Content-Type", contentType);
            for (int i = 0; i < headerPairs.length; i += 2) {
                exchange.getResponseHeaders().set(headerPairs[i], headerPairs[i + 1]);
            }
            send(exchange, 200, body);
        };
    }

    static HttpHandler status(int status) {
        return exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/plain");
            send(exchange, status, ("status " + status).getBytes());
        };
    }

    static HttpHandler redirect(int status, String location) {
        return exchange -> {
            exchange.getResponseHeaders().set("Location", location);
            send(exchange, status, new byte[0]);
        };
    }

    /** An empty body goes with Content-Length 0 (length -1 in this API; 0 would mean chunked). */
    static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        if (status == 304) {
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
