package cn.gongkai.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A built site served over HTTP on 127.0.0.1 (the JDK's own server), as a static web server would: a folder
 * answers with its index.html, a missing file with 404.html and status 404. file:// is not enough: the
 * catalogue search fetches its JSON index.
 */
final class StaticServer implements AutoCloseable {
  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "json", "application/json; charset=utf-8",
          "csv", "text/csv; charset=utf-8",
          "xml", "application/xml; charset=utf-8",
          "txt", "text/plain; charset=utf-8",
          "svg", "image/svg+xml");

  private final Path root;
  private final HttpServer server;
  /** Every path asked for that the site does not have, in order (a browser asks for /favicon.ico on its own). */
  final List<String> missing = Collections.synchronizedList(new ArrayList<>());

  StaticServer(Path root) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The origin, e.g. {@code http://127.0.0.1:41234}. */
  String origin() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The URL of a site path such as {@code reports/2022/}. */
  String url(String path) {
    return origin() + "/" + path;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath(); // already percent-decoded
      Path file = root.resolve(path.substring(1)).normalize();
      int status = 200;
      if (!file.startsWith(root)) {
        file = root.resolve("404.html");
        status = 404;
      } else if (Files.isDirectory(file)) {
        if (!path.endsWith("/")) {
          exchange.getResponseHeaders().set("Location", path + "/");
          exchange.sendResponseHeaders(301, -1);
          return;
        }
        file = file.resolve("index.html");
      }
      if (!Files.isRegularFile(file)) {
        file = root.resolve("404.html");
        status = 404;
      }
      if (status == 404) {
        missing.add(path);
      }
      String name = file.getFileName().toString();
      String ext = name.substring(name.lastIndexOf('.') + 1);
      byte[] body = Files.readAllBytes(file);
      exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      boolean head = "HEAD".equals(exchange.getRequestMethod());
      exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
      if (head || body.length == 0) {
        return;
      }
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
