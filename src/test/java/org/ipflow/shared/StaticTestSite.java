package org.ipflow.shared;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A loopback web server for browser tests of the bundles: serves target/classes/static, and the test
 * resources under /diagram/ from the test classpath, every answer with IPFlow's Content-Security-Policy.
 */
final class StaticTestSite implements AutoCloseable {

    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; object-src 'none'";

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "bpmn", "application/xml; charset=utf-8",
            "woff2", "font/woff2", "woff", "font/woff", "ttf", "font/ttf", "svg", "image/svg+xml",
            "eot", "application/vnd.ms-fontobject");

    private final Path root;
    private final HttpServer server;

    StaticTestSite(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    URI uri(String path) {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getHostString() + ":" + address.getPort() + path);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            byte[] body = path.startsWith("/diagram/") ? testResource(path.substring(1)) : staticFile(path);
            exchange.getResponseHeaders().set("Content-Security-Policy", CSP);
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String type = TYPES.getOrDefault(extension(path), "application/octet-stream");
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private byte[] testResource(String name) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    private byte[] staticFile(String path) throws IOException {
        Path file = root.resolve(path.substring(1)).normalize();
        return file.startsWith(root) && Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
    }

    private static String extension(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
