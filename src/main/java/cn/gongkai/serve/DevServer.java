package cn.gongkai.serve;

import cn.gongkai.build.SiteBuilder;
import cn.gongkai.diag.Report;
import cn.gongkai.diag.UserError;
import cn.gongkai.publish.Folders;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * {@code serve}: builds the site into a private folder, serves it on 127.0.0.1 with the JDK's HTTP
 * server, rebuilds on every change under {@code content/} and {@code themes/} (strictly one build at a
 * time) and tells open pages to reload through server-sent events. The reload script is added to HTML
 * responses here, never to the built files. A content error is printed and shown in the page while the
 * last good site stays up.
 */
public final class DevServer implements AutoCloseable {
  static final String EVENTS = "/__gongkai/events";
  static final String SCRIPT = "/__gongkai/reload.js";
  private static final String SCRIPT_TAG = "<script src=\"" + SCRIPT + "\"></script>";
  /** Added to every preview page (never to the built files): the way into the editing pages. */
  static final String EDIT_LINK =
      "<p style=\"position:fixed;right:0.5rem;bottom:0.5rem;margin:0;z-index:9\"><a href=\"" + Editor.ROOT
          + "\" style=\"display:inline-block;padding:0.5rem 1rem;background:#0b4f9c;color:#fff;font-weight:700\">本机编辑</a></p>";
  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
          "json", "application/json", "xml", "application/xml; charset=utf-8", "txt", "text/plain; charset=utf-8",
          "csv", "text/csv; charset=utf-8", "svg", "image/svg+xml", "pdf", "application/pdf");

  private final Path source;
  private final Path out;
  private final PrintWriter log;
  private final boolean verbose;
  private final HttpServer http;
  private final ExecutorService builder = Executors.newSingleThreadExecutor(r -> daemon(r, "gongkai-build"));
  private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
  private final Watcher watcher;
  private final EditGate gate;
  private final Editor editor;
  private volatile String lastEvent = "";
  private volatile int generation;

  private DevServer(Path source, Path out, int port, PrintWriter log, boolean verbose) throws IOException {
    this.source = source;
    this.out = out;
    this.log = log;
    this.verbose = verbose;
    this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    http.createContext("/", this::serve);
    http.setExecutor(Executors.newCachedThreadPool(r -> daemon(r, "gongkai-http")));
    this.watcher = new Watcher(List.of(source.resolve("content"), source.resolve("themes")), this::requestBuild);
    this.gate = new EditGate(http.getAddress().getPort());
    this.editor = new Editor(source, out, gate, log);
  }

  /** Builds once, then serves and watches until closed. */
  public static DevServer start(Path source, int port, PrintWriter log) throws IOException {
    return start(source, port, log, false);
  }

  /**
   * {@code verbose}: the terminal and the page also list the acknowledged findings and the 无法核对
   * notes; otherwise they say how many there are.
   */
  public static DevServer start(Path source, int port, PrintWriter log, boolean verbose) throws IOException {
    Path out = Files.createTempDirectory("gongkai-serve-").resolve("site");
    DevServer server = new DevServer(source, out, port, log, verbose);
    server.build();
    server.http.start();
    server.watcher.start();
    return server;
  }

  public int port() {
    return http.getAddress().getPort();
  }

  /** How many builds have finished (successful or not); tests wait on it. */
  public int generation() {
    return generation;
  }

  public Path output() {
    return out;
  }

  void requestBuild() {
    builder.submit(this::build);
  }

  /** One full build; runs only on the build thread, so bakes never overlap. */
  private void build() {
    long start = System.nanoTime();
    try {
      SiteBuilder.Result result = SiteBuilder.build(source, out);
      long ms = (System.nanoTime() - start) / 1_000_000;
      Report.findingLines(result.findings(), verbose).forEach(log::println);
      log.printf("已重新生成 %d 个页面（%d 毫秒）。%s%n", result.pages(), ms, result.summary());
      broadcast("reload", "");
    } catch (UserError e) {
      Report.lines(e, "", verbose).forEach(log::println);
      log.println("内容有错误，浏览器中仍显示上一次成功生成的页面。改正后保存即可自动重新生成。");
      // The page lists errors first, then warnings, then (verbose) what is acknowledged or unverified.
      List<String> panel =
          e.kind() == UserError.Kind.FINDINGS ? Report.panelLines(e.findings(), verbose, Report.failureSummary(e, "")) : List.of(e.getMessage());
      broadcast("problem", String.join("\n", panel));
    } catch (RuntimeException e) {
      log.println("程序内部错误：" + e);
      broadcast("problem", "程序内部错误：" + e);
    } finally {
      log.flush();
      generation++;
    }
  }

  private void broadcast(String event, String data) {
    StringBuilder message = new StringBuilder("event: ").append(event).append('\n');
    for (String line : data.split("\n", -1)) {
      message.append("data: ").append(line).append('\n');
    }
    lastEvent = message.append('\n').toString();
    byte[] bytes = lastEvent.getBytes(StandardCharsets.UTF_8);
    for (OutputStream listener : listeners) {
      try {
        listener.write(bytes);
        listener.flush();
      } catch (IOException e) {
        listeners.remove(listener);
      }
    }
  }

  private void serve(HttpExchange ex) throws IOException {
    try (ex) {
      // DNS rebinding: a page of another site whose name resolves to 127.0.0.1 sends its own Host.
      Optional<Refusal> foreign = gate.refuseBeforeBody(ex, false);
      if (foreign.isPresent()) {
        log.println(foreign.get().logLine(ex));
        log.flush();
        foreign.get().send(ex);
        return;
      }
      String path = URLDecoder.decode(URI.create(ex.getRequestURI().getRawPath()).getRawPath(), StandardCharsets.UTF_8);
      if (path.startsWith(Editor.ROOT) || path.equals(Editor.ROOT.substring(0, Editor.ROOT.length() - 1))) {
        if (!path.endsWith("/") && path.length() < Editor.ROOT.length()) {
          ex.getResponseHeaders().set("Location", Editor.ROOT);
          ex.sendResponseHeaders(301, -1);
          return;
        }
        editor.handle(ex, path);
        return;
      }
      if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
        send(ex, 405, "text/plain; charset=utf-8", "预览只接受 GET。".getBytes(StandardCharsets.UTF_8));
        return;
      }
      if (path.equals(EVENTS)) {
        events(ex);
        return;
      }
      if (path.equals(SCRIPT)) {
        send(ex, 200, "text/javascript; charset=utf-8", resource("serve/reload.js"));
        return;
      }
      Path file = out.resolve(path.substring(1)).normalize();
      if (!file.startsWith(out)) {
        send(ex, 403, "text/plain; charset=utf-8", "forbidden".getBytes(StandardCharsets.UTF_8));
        return;
      }
      if (Files.isDirectory(file)) {
        if (!path.endsWith("/")) {
          ex.getResponseHeaders().set("Location", path + "/");
          ex.sendResponseHeaders(301, -1);
          return;
        }
        file = file.resolve("index.html");
      }
      int status = 200;
      if (!Files.isRegularFile(file)) {
        status = 404;
        file = out.resolve("404.html");
        if (!Files.isRegularFile(file)) {
          send(ex, 404, "text/plain; charset=utf-8", "not found".getBytes(StandardCharsets.UTF_8));
          return;
        }
      }
      String name = file.getFileName().toString();
      String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
      byte[] body = Files.readAllBytes(file);
      if (ext.equals("html")) {
        body = withReloadScript(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
      }
      send(ex, status, TYPES.getOrDefault(ext, "application/octet-stream"), body);
    }
  }

  /** The served copy of a page, with the reload script and the link to the editing pages; the file on disk is never changed. */
  static String withReloadScript(String html) {
    int end = html.lastIndexOf("</body>");
    String added = EDIT_LINK + SCRIPT_TAG;
    return end < 0 ? html + added : html.substring(0, end) + added + "\n" + html.substring(end);
  }

  private void events(HttpExchange ex) throws IOException {
    ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    ex.getResponseHeaders().set("Cache-Control", "no-cache");
    ex.sendResponseHeaders(200, 0);
    OutputStream body = ex.getResponseBody();
    // A page opened while the content has an error shows the notice at once.
    if (lastEvent.startsWith("event: problem")) {
      body.write(lastEvent.getBytes(StandardCharsets.UTF_8));
    }
    body.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
    body.flush();
    listeners.add(body);
    try {
      while (listeners.contains(body)) {
        Thread.sleep(15_000);
        body.write(": ping\n\n".getBytes(StandardCharsets.UTF_8));
        body.flush();
      }
    } catch (IOException | InterruptedException e) {
      listeners.remove(body);
    }
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    ex.sendResponseHeaders(status, body.length);
    ex.getResponseBody().write(body);
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = DevServer.class.getClassLoader().getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  @Override
  public void close() {
    watcher.close();
    listeners.clear();
    http.stop(0);
    builder.shutdownNow();
    try {
      builder.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Folders.deleteQuietly(out.getParent());
  }
}
