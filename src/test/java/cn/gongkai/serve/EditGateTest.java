package cn.gongkai.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * EditGate and FormData on a real HttpServer: a tiny handler that writes (counts) only what passes
 * the gate. Raw sockets send the headers a browser of another site would (HttpClient will not set
 * {@code Host}); what the handler did is checked, not only the status.
 */
class EditGateTest {
  static final String BOUNDARY = "----gongkaiTestBoundary7MA4YWxkTrZu0gW";

  @TempDir Path uploads;
  HttpServer server;
  EditGate gate;
  int port;
  FormData.Limits limits = FormData.Limits.DEFAULT;
  final AtomicInteger writes = new AtomicInteger();
  final List<String> log = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    port = server.getAddress().getPort();
    gate = new EditGate(port);
    server.createContext("/write", this::write);
    server.createContext("/page", this::page);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  /** The test handler: the gate before the body, the body, the gate with the token, then the “write”. */
  void write(HttpExchange ex) throws IOException {
    try (ex) {
      Optional<Refusal> early = gate.refuseBeforeBody(ex, true);
      if (early.isPresent()) {
        refuse(ex, early.get());
        return;
      }
      try (FormData form = FormData.parse(ex, limits, uploads)) {
        Optional<Refusal> refusal = gate.refuse(ex, true, EditGate.tokenOf(ex, form));
        if (refusal.isPresent()) {
          refuse(ex, refusal.get());
          return;
        }
        writes.incrementAndGet();
        Json.send(ex, 200, answer(form));
      } catch (RequestRefused e) {
        refuse(ex, e.refusal());
      }
    }
  }

  void page(HttpExchange ex) throws IOException {
    try (ex) {
      Optional<Refusal> refusal = gate.refuse(ex, false, null);
      if (refusal.isPresent()) {
        refuse(ex, refusal.get());
        return;
      }
      Json.send(ex, 200, Map.of("token", gate.token()));
    }
  }

  void refuse(HttpExchange ex, Refusal refusal) throws IOException {
    log.add(refusal.logLine(ex));
    refusal.send(ex);
  }

  /** What the handler received, the files' text included (read before FormData deletes them). */
  static Map<String, Object> answer(FormData form) throws IOException {
    List<Map<String, Object>> files = new ArrayList<>();
    for (FormData.Upload u : form.uploads()) {
      assertTrue(u.path().startsWith(u.path().getParent()) && Files.isRegularFile(u.path()));
      Map<String, Object> file = new LinkedHashMap<>();
      file.put("field", u.field());
      file.put("fileName", u.fileName());
      file.put("rawName", u.rawName());
      file.put("contentType", u.contentType());
      file.put("size", u.size());
      file.put("text", Files.readString(u.path()));
      files.add(file);
    }
    return Map.of("fields", form.fields(), "titles", form.values("title"), "files", files, "inFiles", form.uploads("files").size());
  }

  // --- the requests

  record Answer(int status, Map<String, String> headers, String body) {
    JsonNode json() throws IOException {
      return new ObjectMapper().readTree(body);
    }
  }

  String own() {
    return "127.0.0.1:" + port;
  }

  /** One HTTP/1.1 request over a socket, every header as given. */
  Answer raw(String method, String path, Map<String, String> headers, byte[] body) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
      headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
      head.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.UTF_8));
      out.write(body);
      out.flush();
      return read(socket.getInputStream());
    }
  }

  static Answer read(InputStream in) throws IOException {
    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    String[] lines = text.substring(0, end).split("\r\n");
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(lines[i].substring(0, colon).trim().toLowerCase(), lines[i].substring(colon + 1).trim());
    }
    return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(end + 4));
  }

  Map<String, String> sameOrigin(String contentType) {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("Host", own());
    h.put("Origin", "http://" + own());
    h.put("Content-Type", contentType);
    return h;
  }

  static final String FORM = "application/x-www-form-urlencoded";

  byte[] form(String... pairs) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      s.append(s.length() == 0 ? "" : "&").append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=');
      s.append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
    }
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  byte[] tokenForm() {
    return form("token", gate.token(), "title", "年报");
  }

  void assertRefused(Answer a, int status, String words) {
    assertEquals(status, a.status(), a.body());
    assertTrue(a.body().contains(words), a.body());
    assertEquals(0, writes.get(), "the handler wrote although the request was refused");
    assertTrue(log.get(log.size() - 1).contains(words), log.toString());
  }

  // --- Host

  @Test
  void forgedHostIsRefusedAndNothingIsWritten() throws IOException {
    Map<String, String> h = sameOrigin(FORM);
    h.put("Host", "evil.example:" + port); // DNS rebinding: the other site's name, our address
    h.put("Origin", "http://evil.example:" + port); // same-origin for the browser, so Origin alone would not stop it
    Answer a = raw("POST", "/write", h, tokenForm());
    assertRefused(a, 421, "Host 检查未通过");
    assertTrue(a.body().contains("evil.example:" + port), a.body());
    assertEquals("DENY", a.headers().get("x-frame-options"), "refusals carry the edit headers too");
    assertEquals("text/plain; charset=utf-8", a.headers().get("content-type"));
    assertEquals(0, countFiles(uploads), "a forged request's body must not even be read");
  }

  @Test
  void forgedHostIsRefusedForPagesToo() throws IOException {
    Answer a = raw("GET", "/page", Map.of("Host", "evil.example:" + port), new byte[0]);
    assertEquals(421, a.status());
    assertFalse(a.body().contains(gate.token()), "the token must not go to a rebound page");
    Answer other = raw("GET", "/page", Map.of("Host", "127.0.0.1:" + (port + 1)), new byte[0]);
    assertEquals(421, other.status(), "another port is another origin");
  }

  @Test
  void requestWithoutHostIsRefused() throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.getOutputStream().write("GET /page HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      Answer a = read(socket.getInputStream());
      assertEquals(421, a.status());
      assertTrue(a.body().contains("没有 Host 头"), a.body());
    }
  }

  @Test
  void ownPageCarriesTheTokenAndTheEditHeaders() throws IOException {
    for (String host : List.of(own(), "localhost:" + port)) {
      Answer a = raw("GET", "/page", Map.of("Host", host), new byte[0]);
      assertEquals(200, a.status(), a.body());
      assertEquals(gate.token(), a.json().get("token").asText());
      assertEquals("default-src 'self'; frame-ancestors 'none'; form-action 'self'", a.headers().get("content-security-policy"));
      assertEquals("DENY", a.headers().get("x-frame-options"));
      assertEquals("same-origin", a.headers().get("referrer-policy"));
      assertEquals("nosniff", a.headers().get("x-content-type-options"));
      assertEquals("no-store", a.headers().get("cache-control"));
      assertEquals("application/json; charset=utf-8", a.headers().get("content-type"));
    }
  }

  // --- Origin and Sec-Fetch-Site

  @Test
  void foreignOriginIsRefused() throws IOException {
    Map<String, String> h = sameOrigin(FORM);
    h.put("Origin", "http://evil.example");
    assertRefused(raw("POST", "/write", h, tokenForm()), 403, "Origin 检查未通过");
    h.put("Origin", "null"); // a sandboxed frame or a file:// page
    assertRefused(raw("POST", "/write", h, tokenForm()), 403, "Origin 检查未通过");
    h.put("Origin", "http://localhost:" + port); // the other name of this server is not this page's origin
    assertRefused(raw("POST", "/write", h, tokenForm()), 403, "Origin 检查未通过");
  }

  @Test
  void postWithoutOriginIsRefused() throws IOException {
    Map<String, String> h = sameOrigin(FORM);
    h.remove("Origin");
    assertRefused(raw("POST", "/write", h, tokenForm()), 403, "没有 Origin 头");
  }

  @Test
  void crossSiteFetchIsRefusedEvenWithTheRightOrigin() throws IOException {
    Map<String, String> h = sameOrigin(FORM);
    h.put("Sec-Fetch-Site", "cross-site");
    assertRefused(raw("POST", "/write", h, tokenForm()), 403, "Sec-Fetch-Site 检查未通过");
  }

  // --- the token

  @Test
  void missingTokenIsRefused() throws IOException {
    assertRefused(raw("POST", "/write", sameOrigin(FORM), form("title", "年报")), 403, "没有带编辑令牌");
  }

  @Test
  void wrongTokenIsRefused() throws IOException {
    String wrong = new EditGate(port).token(); // another run's token
    assertNotEquals(gate.token(), wrong);
    assertRefused(raw("POST", "/write", sameOrigin(FORM), form("token", wrong)), 403, "编辑令牌不对");
    Map<String, String> h = sameOrigin(FORM);
    h.put(EditGate.TOKEN_HEADER, gate.token().substring(1));
    assertRefused(raw("POST", "/write", h, form("title", "x")), 403, "编辑令牌不对");
  }

  @Test
  void tokenIsLongAndUrlSafe() {
    assertTrue(gate.token().matches("[A-Za-z0-9_-]{43}"), gate.token());
  }

  @Test
  void rightTokenAndSameOriginAreAcceptedUrlEncoded() throws IOException {
    Map<String, String> h = sameOrigin(FORM + "; charset=UTF-8");
    h.put("Sec-Fetch-Site", "same-origin");
    byte[] body =
        form("token", gate.token(), "title", "旧标题", "title", "中和镇2022年政府信息公开工作年度报告", "active.regulations.issued", "3", "section.1", "一、总体情况\n第二行 & = + %", "empty", "");
    Answer a = raw("POST", "/write", h, body);
    assertEquals(200, a.status(), a.body());
    assertEquals(1, writes.get());
    JsonNode fields = a.json().get("fields");
    assertEquals("中和镇2022年政府信息公开工作年度报告", fields.get("title").asText(), "the last value wins");
    assertEquals("[\"旧标题\",\"中和镇2022年政府信息公开工作年度报告\"]", a.json().get("titles").toString());
    assertEquals("3", fields.get("active.regulations.issued").asText());
    assertEquals("一、总体情况\n第二行 & = + %", fields.get("section.1").asText());
    assertEquals("", fields.get("empty").asText());
    assertEquals("no-store", a.headers().get("cache-control"));
  }

  @Test
  void localhostIsTheSameServerUnderItsOtherName() throws IOException {
    Map<String, String> h = sameOrigin(FORM);
    h.put("Host", "localhost:" + port);
    h.put("Origin", "http://localhost:" + port);
    Answer a = raw("POST", "/write", h, tokenForm());
    assertEquals(200, a.status(), a.body());
    assertEquals(1, writes.get());
  }

  @Test
  void javaHttpClientWithTheHeaderTokenIsAccepted() throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/write"))
            .header("Origin", "http://" + own())
            .header(EditGate.TOKEN_HEADER, gate.token())
            .header("Content-Type", FORM)
            .POST(HttpRequest.BodyPublishers.ofString("title=" + URLEncoder.encode("年报", StandardCharsets.UTF_8)))
            .build();
    HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("年报", new ObjectMapper().readTree(r.body()).get("fields").get("title").asText());
  }

  // --- multipart

  static final class Multipart {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Multipart field(String name, String value) {
      return part("Content-Disposition: form-data; name=\"" + name + "\"\r\n", value.getBytes(StandardCharsets.UTF_8));
    }

    Multipart file(String name, String fileName, String type, byte[] content) {
      return part("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"\r\nContent-Type: " + type + "\r\n", content);
    }

    Multipart part(String headers, byte[] content) {
      out.writeBytes(("--" + BOUNDARY + "\r\n" + headers + "\r\n").getBytes(StandardCharsets.UTF_8));
      out.writeBytes(content);
      out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
      return this;
    }

    byte[] bytes() {
      out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
      return out.toByteArray();
    }
  }

  static final String MULTIPART = "multipart/form-data; boundary=" + BOUNDARY;

  @Test
  void multipartWithTwoFilesUnderOneNameIsParsed() throws IOException {
    byte[] body =
        new Multipart()
            .field("token", gate.token())
            .field("title", "中和镇2022年政府信息公开工作年度报告")
            .file("files", "附件一 统计表.pdf", "application/pdf", "%PDF-1.4 第一份".getBytes(StandardCharsets.UTF_8))
            .file("files", "C:\\fakepath\\第二份说明.docx", "application/octet-stream", "第二份的内容".getBytes(StandardCharsets.UTF_8))
            .file("other", "", "application/octet-stream", new byte[0]) // an <input type=file> left empty
            .bytes();
    Answer a = raw("POST", "/write", sameOrigin(MULTIPART), body);
    assertEquals(200, a.status(), a.body());
    JsonNode json = a.json();
    assertEquals("中和镇2022年政府信息公开工作年度报告", json.get("fields").get("title").asText());
    assertEquals(2, json.get("inFiles").asInt());
    JsonNode files = json.get("files");
    assertEquals(2, files.size(), files.toString());
    assertEquals("附件一 统计表.pdf", files.get(0).get("fileName").asText());
    assertEquals("application/pdf", files.get(0).get("contentType").asText());
    assertEquals("%PDF-1.4 第一份", files.get(0).get("text").asText());
    assertEquals("%PDF-1.4 第一份".getBytes(StandardCharsets.UTF_8).length, files.get(0).get("size").asLong());
    assertEquals("第二份说明.docx", files.get(1).get("fileName").asText(), "the browser's fake folder is dropped");
    assertEquals("C:\\fakepath\\第二份说明.docx", files.get(1).get("rawName").asText(), "and kept in the raw name");
    assertEquals("第二份的内容", files.get(1).get("text").asText());
    assertEquals(0, countFiles(uploads), "close() deletes the received files");
  }

  @Test
  void oversizedFileIsRefusedWith413AndNothingIsKept() throws IOException {
    limits = FormData.Limits.DEFAULT.withFileMax(1024);
    byte[] big = new byte[3000];
    java.util.Arrays.fill(big, (byte) 'x');
    byte[] body =
        new Multipart()
            .field("token", gate.token())
            .file("files", "小.pdf", "application/pdf", "small".getBytes(StandardCharsets.UTF_8))
            .file("files", "C:\\fakepath\\大附件.pdf", "application/pdf", big)
            .bytes();
    Answer a = raw("POST", "/write", sameOrigin(MULTIPART), body);
    assertRefused(a, 413, "附件 大附件.pdf 为 2.9 KB，超过上限 1 KB");
    assertEquals(0, countFiles(uploads), "neither the big file nor the small one before it is kept");
  }

  /** At the real limits: a 63.2 MB file is read to its end (under the 64 MB body limit) and named with its size. */
  @Test
  void fileOverTheRealLimitIsNamedWithItsSize() throws IOException {
    long size = (long) (63.2 * 1024 * 1024);
    byte[] head = new Multipart().field("token", gate.token()).out.toByteArray();
    String fileHead = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"f\"; filename=\"2022年报扫描件.pdf\"\r\nContent-Type: application/pdf\r\n\r\n";
    byte[] fileHeadBytes = fileHead.getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      OutputStream out = socket.getOutputStream();
      long length = head.length + fileHeadBytes.length + size + tail.length;
      String request = "POST /write HTTP/1.1\r\nHost: " + own() + "\r\nOrigin: http://" + own() + "\r\nContent-Type: " + MULTIPART
          + "\r\nContent-Length: " + length + "\r\nConnection: close\r\n\r\n";
      out.write(request.getBytes(StandardCharsets.UTF_8));
      out.write(head);
      out.write(fileHeadBytes);
      byte[] chunk = new byte[1 << 20];
      for (long sent = 0; sent < size; sent += chunk.length) {
        out.write(chunk, 0, (int) Math.min(chunk.length, size - sent));
      }
      out.write(tail);
      out.flush();
      Answer a = read(socket.getInputStream());
      assertRefused(a, 413, "附件 2022年报扫描件.pdf 为 63.2 MB，超过上限 50 MB");
    }
    assertEquals(0, countFiles(uploads));
  }

  @Test
  void oversizedBodyIsRefusedBeforeItIsRead() throws IOException {
    limits = FormData.Limits.DEFAULT.withBodyMax(2048);
    byte[] body = new Multipart().field("token", gate.token()).file("f", "a.pdf", "application/pdf", new byte[5000]).bytes();
    assertRefused(raw("POST", "/write", sameOrigin(MULTIPART), body), 413, "共 5.2 KB，超过上限 2 KB（每个附件最多 50 MB）");
    assertEquals(0, countFiles(uploads));
  }

  @Test
  void streamedBodyPastTheLimitIsRefused() throws Exception {
    limits = FormData.Limits.DEFAULT.withBodyMax(4096);
    byte[] body = new Multipart().field("token", gate.token()).file("f", "a.pdf", "application/pdf", new byte[20_000]).bytes();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/write"))
            .header("Origin", "http://" + own())
            .header("Content-Type", MULTIPART)
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))) // chunked: no length
            .build();
    HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertEquals(413, r.statusCode(), r.body());
    assertTrue(r.body().contains("超过上限 4 KB"), r.body());
    assertEquals(0, writes.get());
    assertEquals(0, countFiles(uploads));
  }

  @Test
  void oversizedTextFieldIsRefused() throws IOException {
    limits = new FormData.Limits(1 << 20, 1 << 20, 100, 100);
    byte[] body = new Multipart().field("token", gate.token()).field("section.1", "字".repeat(50)).bytes();
    assertRefused(raw("POST", "/write", sameOrigin(MULTIPART), body), 413, "字段 section.1 的文字超过上限 100 字节");
    assertRefused(raw("POST", "/write", sameOrigin(FORM), form("token", gate.token(), "section.1", "x".repeat(101))), 413, "字段 section.1");
  }

  @Test
  void tooManyFieldsAreRefused() throws IOException {
    limits = new FormData.Limits(1 << 20, 1 << 20, 3, 1000);
    assertRefused(raw("POST", "/write", sameOrigin(FORM), form("token", gate.token(), "a", "1", "b", "2", "c", "3")), 413, "超过 3 个");
    byte[] body = new Multipart().field("token", gate.token()).field("a", "1").file("f", "a.pdf", "application/pdf", new byte[1]).field("c", "3").bytes();
    assertRefused(raw("POST", "/write", sameOrigin(MULTIPART), body), 413, "超过 3 个");
    assertEquals(0, countFiles(uploads));
  }

  @Test
  void brokenMultipartIsRefused() throws IOException {
    byte[] body = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"token\"\r\n\r\n" + gate.token()).getBytes(StandardCharsets.UTF_8);
    assertRefused(raw("POST", "/write", sameOrigin(MULTIPART), body), 400, "表单数据不完整");
    assertEquals(0, countFiles(uploads));
  }

  @Test
  void nulInAFileNameIsRefused() throws IOException {
    byte[] body = new Multipart().field("token", gate.token()).file("f", "a.yaml\0.pdf", "application/pdf", new byte[10]).bytes();
    assertRefused(raw("POST", "/write", sameOrigin(MULTIPART), body), 400, "NUL");
    assertEquals(0, countFiles(uploads));
  }

  /** commons-fileupload2 skips a part without a name (no browser sends one); it never reaches the fields. */
  @Test
  void partWithoutANameIsSkipped() throws IOException {
    byte[] body = new Multipart().field("token", gate.token()).part("Content-Disposition: form-data\r\n", "x".getBytes(StandardCharsets.UTF_8)).bytes();
    Answer a = raw("POST", "/write", sameOrigin(MULTIPART), body);
    assertEquals(200, a.status(), a.body());
    assertEquals(List.of("token"), List.copyOf(toList(a.json().get("fields").fieldNames())));
  }

  static List<String> toList(java.util.Iterator<String> names) {
    List<String> list = new ArrayList<>();
    names.forEachRemaining(list::add);
    return list;
  }

  @Test
  void otherBodiesAreRefused() throws IOException {
    assertRefused(raw("POST", "/write", sameOrigin("application/json"), "{}".getBytes(StandardCharsets.UTF_8)), 415, "只接受表单");
    Map<String, String> h = sameOrigin(FORM);
    h.remove("Content-Type");
    assertRefused(raw("POST", "/write", h, tokenForm()), 415, "没有说明内容的格式");
  }

  @Test
  void sizesAreWrittenAsThePageShowsThem() {
    assertEquals("63.2 MB", FormData.size((long) (63.2 * 1024 * 1024)));
    assertEquals("50 MB", FormData.size(50L * 1024 * 1024));
    assertEquals("1.5 KB", FormData.size(1536));
    assertEquals("900 字节", FormData.size(900));
    assertEquals("a.pdf", FormData.baseName("C:\\fakepath\\a.pdf"));
    assertEquals("a.pdf", FormData.baseName("dir/sub/a.pdf"));
  }

  static long countFiles(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      return paths.filter(p -> !p.equals(dir)).count();
    }
  }
}
