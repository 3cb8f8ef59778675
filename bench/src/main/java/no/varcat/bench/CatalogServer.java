package no.varcat.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves a generated catalog's files on loopback as a register's web server would: with an ETag
 * and a 304 for a conditional GET. A file can be replaced in memory, for the "one changed source" stage.
 */
final class CatalogServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads;
    private final Path root;
    private final Map<String, byte[]> replaced = new ConcurrentHashMap<>();

    private CatalogServer(HttpServer server, ExecutorService threads, Path root) {
        this.server = server;
        this.threads = threads;
        this.root = root;
    }

    static CatalogServer start(Path root) throws IOException {
        return start(root, 0);
    }

    /** On {@code port} (0: any free one). */
    static CatalogServer start(Path root, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        CatalogServer catalog = new CatalogServer(server, threads, root.toAbsolutePath().normalize());
        server.createContext("/", catalog::serve);
        server.setExecutor(threads);
        server.start();
        return catalog;
    }

    URI uri(String file) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + file);
    }

    /** From now on {@code file} (relative to the catalog) is served with this content. */
    void replace(String file, byte[] content) {
        replaced.put(file, content);
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String file = URLDecoder.decode(exchange.getRequestURI().getRawPath().substring(1), StandardCharsets.UTF_8);
            Path path = root.resolve(file).normalize();
            byte[] body = replaced.get(file);
            if (body == null) {
                if (!path.startsWith(root) || !Files.isRegularFile(path)) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                body = Files.readAllBytes(path);
            }
            String etag = "\"" + sha256(body) + "\"";
            exchange.getResponseHeaders().set("ETag", etag);
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", contentType(file));
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String contentType(String file) {
        if (file.endsWith(".ttl")) {
            return "text/turtle";
        }
        if (file.endsWith(".xml")) {
            return "application/xml";
        }
        if (file.endsWith(".csv")) {
            return "text/csv; charset=utf-8";
        }
        if (file.endsWith(".json")) {
            return "application/json";
        }
        return "application/octet-stream";
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
