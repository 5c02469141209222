package io.csiloop.preview.web;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.csiloop.preview.demo.CurrentUser;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The preview's HTTP server: the JDK's own, bound to loopback only, every request passing the authentication
 * step that tells {@link CurrentUser} who is asking (the REST API included), then going to the route with the
 * longest matching path prefix.
 */
public final class PreviewServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService workers = Executors.newFixedThreadPool(8);

    private PreviewServer(HttpServer server) {
        this.server = server;
    }

    /**
     * Starts serving.
     *
     * @param port     the port on 127.0.0.1; 0 for any free one
     * @param routes   path prefix to route, e.g. {@code /jira/browse/}
     * @param handlers path prefix to a plain handler that authenticates itself through the same step (REST)
     */
    public static PreviewServer start(int port, Sessions sessions, CurrentUser current, Map<String, Route> routes,
                                      Map<String, HttpHandler> handlers) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        PreviewServer preview = new PreviewServer(server);
        server.setExecutor(preview.workers);
        Map<String, HttpHandler> all = new LinkedHashMap<>(handlers);
        routes.forEach((prefix, route) -> all.put(prefix, http -> {
            try {
                if (!prefix.endsWith("/") && !routed(prefix, http.getRequestURI().getPath())) {
                    new Exchange(http).send(404, "text/plain; charset=utf-8",
                            "Not found".getBytes(StandardCharsets.UTF_8));
                    return;
                }
                route.handle(new Exchange(http));
            } catch (RuntimeException e) {
                failed(http, e);
            }
        }));
        all.forEach((prefix, handler) -> server.createContext(prefix, http ->
                current.as(sessions.userOf(new Exchange(http)).orElse(null), () -> {
                    try {
                        handler.handle(http);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    return null;
                })));
        server.start();
        return preview;
    }

    /**
     * Whether a route of one page (a prefix without a trailing slash, e.g. {@code /jira/login.jsp}) answers the
     * path: the page itself, or it followed by a slash. The JDK server matches contexts by string prefix, so
     * {@code /jira/login.jspx} would otherwise be the login page, where Jira answers 404.
     */
    static boolean routed(String prefix, String path) {
        return path.equals(prefix) || path.equals(prefix + "/");
    }

    private static void failed(com.sun.net.httpserver.HttpExchange http, RuntimeException e) throws IOException {
        System.err.println("preview: " + http.getRequestURI() + " failed");
        e.printStackTrace();
        byte[] body = "The preview failed to answer; see its console.".getBytes(StandardCharsets.UTF_8);
        http.sendResponseHeaders(500, body.length);
        http.getResponseBody().write(body);
        http.close();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** A route serving class-path files under a folder, such as the preview's static files. */
    public static Route files(String prefix, String folder) {
        return exchange -> {
            String name = exchange.path().substring(prefix.length());
            if (name.contains("..") || name.isEmpty()) {
                exchange.send(404, "text/plain", new byte[0]);
                return;
            }
            try (InputStream in = PreviewServer.class.getClassLoader().getResourceAsStream(folder + name)) {
                if (in == null) {
                    exchange.send(404, "text/plain", new byte[0]);
                } else {
                    exchange.setHeader("Cache-Control", "max-age=3600");
                    exchange.send(200, WebResources.contentType(name), in.readAllBytes());
                }
            }
        };
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
