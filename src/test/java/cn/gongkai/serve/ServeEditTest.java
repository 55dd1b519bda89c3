package cn.gongkai.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.TestSite;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * serve's editing pages over real HTTP, as a browser without JavaScript uses them (the page's form fields, as
 * jsoup reads them, posted back): saves, a file changed on disk meanwhile, and every way in that must stay shut —
 * a forged Host (DNS rebinding), a foreign Origin (another tab), no token, a path outside content/, an upload too large.
 */
class ServeEditTest {
  @TempDir Path dir;
  Path src;
  DevServer server;
  StringWriter log = new StringWriter();
  HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @BeforeEach
  void start() throws Exception {
    src = dir.resolve("src");
    TestSite.copyOfRepoSite(src);
    server = DevServer.start(src, 0, new PrintWriter(log, true));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  String origin() {
    return "http://127.0.0.1:" + server.port();
  }

  /** The day the proposed 索引号 is for: serve's, in the site's time zone. */
  static final String TODAY = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();

  HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(origin() + path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, Map<String, String> fields, String origin) throws Exception {
    String body = fields.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(origin() + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (origin != null) {
      b.header("Origin", origin);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** What a browser without JavaScript posts for this page's form: every named input, select and text area. */
  static Map<String, String> formFields(String html) {
    Document doc = Jsoup.parse(html);
    Map<String, String> fields = new LinkedHashMap<>();
    for (Element e : doc.select("form.report-form [name]")) {
      switch (e.tagName()) {
        case "input" -> fields.put(e.attr("name"), e.attr("value"));
        case "textarea" -> fields.put(e.attr("name"), e.wholeText());
        case "select" -> {
          Element chosen = e.selectFirst("option[selected]");
          fields.put(e.attr("name"), chosen != null ? chosen.text() : e.select("option").first().text());
        }
        default -> { }
      }
    }
    fields.remove("action");
    return fields;
  }

  /** A request written by hand: java.net.http does not let a client set Host. */
  String raw(String request) throws Exception {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.UTF_8));
      out.flush();
      s.shutdownOutput();
      ByteArrayOutputStream got = new ByteArrayOutputStream();
      InputStream in = s.getInputStream();
      in.transferTo(got);
      return got.toString(StandardCharsets.UTF_8);
    }
  }

  Map<String, String> filledNewYear() throws Exception {
    HttpResponse<String> page = get("/__gongkai/edit/report/2023");
    assertEquals(200, page.statusCode(), page.body());
    Map<String, String> f = formFields(page.body());
    f.put("index_no", "006383401N/2024-0001");
    f.put("generated", "2024-01-20");
    f.put("published", "2024-01-20");
    f.put("applications.received.0", "5");
    f.put("applications.results.disclosed.0", "5");
    f.put("section.1", "本年度共收到政府信息公开申请 5 件（示例）。");
    f.put("section.5", "一是信息公开不够及时（示例）。二是公开形式有待创新。下一步将完善工作流程，定期维护专栏内容，方便群众查询。");
    f.put("section.6", "本年度未收取信息处理费。");
    return f;
  }

  Map<String, byte[]> snapshot() throws Exception {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  @Test
  void saveWithoutJavaScriptWritesTheReportAndThePreviewRebuilds() throws Exception {
    Map<String, String> f = filledNewYear();
    int g = server.generation();
    f.put("action", "save");
    HttpResponse<String> saved = post("/__gongkai/edit/report/2023", f, origin());
    assertEquals(303, saved.statusCode(), saved.body());
    assertEquals("/__gongkai/edit/report/2023?done=saved", saved.headers().firstValue("Location").orElse(""));
    String yaml = Files.readString(src.resolve("content/reports/2023.yaml"));
    assertTrue(yaml.contains("received:") && yaml.matches("(?s).*received: +\\[5, 0, 0, 0, 0, 0\\].*"), yaml);
    // The two files land one after the other, so a rebuild may run between them: wait for the page as a reader would.
    long deadline = System.currentTimeMillis() + 30_000;
    String page = "";
    while (!page.contains("本年度共收到政府信息公开申请 5 件（示例）。") && System.currentTimeMillis() < deadline) {
      Thread.sleep(50);
      page = get("/reports/2023/").body();
    }
    assertTrue(page.contains("本年度共收到政府信息公开申请 5 件（示例）。"), "after " + (server.generation() - g) + " rebuilds; " + log);
    assertTrue(get("/__gongkai/edit/report/2023?done=saved").body().contains("已保存"));
  }

  @Test
  void checkWithoutJavaScriptShowsTheFindingsAfterSubmit() throws Exception {
    Map<String, String> f = filledNewYear();
    f.put("applications.results.disclosed.0", "4");
    f.put("action", "check");
    HttpResponse<String> checked = post("/__gongkai/edit/report/2023", f, origin());
    assertEquals(200, checked.statusCode());
    Document doc = Jsoup.parse(checked.body());
    assertTrue(doc.select("#m-table-3 li").text().contains("T3-01"), doc.select("#m-table-3").outerHtml());
    assertEquals("4", doc.getElementById("f-applications.results.disclosed.0").attr("value"), "the form keeps what was typed");
    assertFalse(Files.exists(src.resolve("content/reports/2023.yaml")), "检查 writes nothing");
  }

  @Test
  void aFileChangedOnDiskSinceTheFormWasLoadedIsNotOverwritten() throws Exception {
    Map<String, String> f = formFields(get("/__gongkai/edit/report/2022").body());
    Path yaml = src.resolve("content/reports/2022.yaml");
    String external = Files.readString(yaml).replace("signed_on: 2023-01-20", "signed_on: 2023-01-19");
    Files.writeString(yaml, external);
    f.put("section.5", f.get("section.5") + "\n另一处修改。\n");
    f.put("action", "save");
    HttpResponse<String> refused = post("/__gongkai/edit/report/2022", f, origin());
    assertEquals(409, refused.statusCode());
    assertEquals(external, Files.readString(yaml), "nothing overwritten");
    assertFalse(Files.readString(src.resolve("content/reports/2022.md")).contains("另一处修改。"));
    Document doc = Jsoup.parse(refused.body());
    assertTrue(doc.select(".conflict pre").get(0).text().contains("signed_on: 2023-01-19"), "the version on disk is shown");
    assertTrue(doc.select(".conflict pre").get(3).text().contains("另一处修改。"), "and what was typed");
    assertTrue(doc.getElementById("f-section.5").wholeText().contains("另一处修改。"), "the form keeps what was typed");

    // 用我填写的内容覆盖: the webmaster has seen both and chooses the typed one
    Map<String, String> again = formFields(refused.body());
    again.put("action", "overwrite");
    HttpResponse<String> overwritten = post("/__gongkai/edit/report/2022", again, origin());
    assertEquals(303, overwritten.statusCode(), overwritten.body());
    assertTrue(Files.readString(src.resolve("content/reports/2022.md")).contains("另一处修改。"));
    assertTrue(Files.readString(yaml).contains("signed_on: 2023-01-20"), "the typed version, as chosen");
    assertTrue(Files.readString(yaml).contains("acknowledged:\n  - rule: FMT-01"), "acknowledged entries kept");
  }

  @Test
  void savingAnUnchangedReportChangesNoByte() throws Exception {
    Path yaml = src.resolve("content/reports/2022.yaml");
    Path md = src.resolve("content/reports/2022.md");
    String yamlBefore = Files.readString(yaml);
    String mdBefore = Files.readString(md);
    Map<String, String> f = formFields(get("/__gongkai/edit/report/2022").body());
    f.put("action", "save");
    assertEquals(303, post("/__gongkai/edit/report/2022", f, origin()).statusCode());
    assertEquals(yamlBefore, Files.readString(yaml), "comments, acknowledged, layout: all as they were");
    assertEquals(mdBefore, Files.readString(md));
  }

  @Test
  void everyPreviewPageLinksToTheEditingPages() throws Exception {
    for (String path : List.of("/", "/reports/2022/", "/catalogue/", "/no-such-page/")) {
      assertTrue(get(path).body().contains("<a href=\"/__gongkai/edit/\""), path);
    }
    Document home = Jsoup.parse(get("/__gongkai/edit/").body());
    assertEquals("/__gongkai/edit/report/2022", home.selectFirst("a[href$=report/2022]").attr("href"));
    assertEquals("/__gongkai/edit/item", home.selectFirst("a[href$=edit/item]").attr("href"));
  }

  @Test
  void aForgedHostIsRefusedAndGetsNoToken() throws Exception {
    String token = Jsoup.parse(get("/__gongkai/edit/report/2023").body()).selectFirst("input[name=token]").attr("value");
    assertFalse(token.isEmpty());
    String page = raw("GET /__gongkai/edit/report/2023 HTTP/1.1\r\nHost: evil.example:" + server.port() + "\r\nConnection: close\r\n\r\n");
    assertTrue(page.startsWith("HTTP/1.1 4"), page);
    assertFalse(page.contains(token), "the token is not given to another site");
    assertTrue(raw("GET / HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n").startsWith("HTTP/1.1 4"), "the preview too");
    Map<String, byte[]> before = snapshot();
    String body = "token=" + token + "&year=2023&format=2021&action=save&organ=x";
    String write = raw("POST /__gongkai/edit/report/2023 HTTP/1.1\r\nHost: evil.example:" + server.port() + "\r\nOrigin: http://evil.example:" + server.port()
        + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + body);
    assertTrue(write.startsWith("HTTP/1.1 4"), write);
    assertEquals(before.keySet(), snapshot().keySet(), "nothing written");
  }

  @Test
  void aWriteFromAnotherOriginOrWithoutTheTokenIsRefused() throws Exception {
    Map<String, String> f = filledNewYear();
    f.put("action", "save");
    HttpResponse<String> foreign = post("/__gongkai/edit/report/2023", f, "http://evil.example");
    assertEquals(403, foreign.statusCode(), foreign.body());
    HttpResponse<String> noOrigin = post("/__gongkai/edit/report/2023", f, null);
    assertEquals(403, noOrigin.statusCode(), noOrigin.body());
    Map<String, String> noToken = new LinkedHashMap<>(f);
    noToken.remove("token");
    assertEquals(403, post("/__gongkai/edit/report/2023", noToken, origin()).statusCode());
    noToken.put("token", "guessed");
    assertEquals(403, post("/__gongkai/edit/report/2023", noToken, origin()).statusCode());
    assertEquals(403, post("/__gongkai/edit/report/2023/check", noToken, origin()).statusCode(), "the check needs the token too");
    assertFalse(Files.exists(src.resolve("content/reports/2023.yaml")), "nothing written");
    assertTrue(log.toString().contains("已拒绝"), log.toString());
  }

  @Test
  void noParameterReachesOutsideContent() throws Exception {
    Map<String, byte[]> before = snapshot();
    for (String path : List.of(
        "/__gongkai/edit/report?year=../../x", "/__gongkai/edit/report/..%2F..%2Fetc", "/__gongkai/edit/report/0000",
        "/__gongkai/edit/assets/..%2F..%2F..%2Fcontent%2Fsite.yaml", "/__gongkai/edit/assets/../templates/layout.peb")) {
      HttpResponse<String> r = get(path);
      assertTrue(r.statusCode() >= 400, path + " → " + r.statusCode());
      assertFalse(r.body().contains("base_url"), path);
    }
    Map<String, String> f = filledNewYear();
    f.put("action", "save");
    f.put("year", "../../../outside");
    post("/__gongkai/edit/report/2023", f, origin());
    f.put("year", "2023");
    assertEquals(before.keySet().stream().filter(k -> !k.startsWith("src/content/")).toList(),
        snapshot().keySet().stream().filter(k -> !k.startsWith("src/content/")).toList(), "nothing written outside content/");
  }

  /** A multipart/form-data body as a browser sends the 发布一条信息 form: text fields, then files under “attachments”. */
  HttpResponse<String> postItem(Map<String, String> fields, Map<String, byte[]> files) throws Exception {
    String boundary = "----gongkaiTestBoundary7MA4YWxk";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Map.Entry<String, String> e : fields.entrySet()) {
      body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n" + e.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\"" + f.getKey() + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.write(f.getValue());
      body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return http.send(HttpRequest.newBuilder(URI.create(origin() + "/__gongkai/edit/item"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Origin", origin())
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
  }

  Map<String, String> itemFields() throws Exception {
    Document page = Jsoup.parse(get("/__gongkai/edit/item").body());
    Map<String, String> f = new LinkedHashMap<>();
    f.put("token", page.selectFirst("input[name=token]").attr("value"));
    f.put("column", "policy");
    f.put("title", "关于开展秋冬季森林防火工作的通知（示例）");
    f.put("index_no", page.getElementById("f-index_no").attr("value"));
    f.put("generated", TODAY);
    f.put("published", TODAY);
    f.put("scope", "全部公开");
    f.put("channel", "政府网站");
    f.put("validity", ItemPages.NO_VALIDITY);
    f.put("body", "各村（社区）：\n\n请做好森林防火工作（示例）。\n");
    f.put("action", "save");
    return f;
  }

  @Test
  void anItemIsPublishedWithItsAttachmentAndTheProposedIndexNumber() throws Exception {
    Map<String, String> f = itemFields();
    assertEquals("006383401N/" + TODAY.substring(0, 4) + "-1", f.get("index_no"), "the year's next free 索引号 is proposed");
    HttpResponse<String> saved = postItem(f, Map.of("防火告知书.pdf", "%PDF-1.4 示例".getBytes(StandardCharsets.UTF_8)));
    assertEquals(303, saved.statusCode(), saved.body());
    Path item = src.resolve("content/policy/" + TODAY + ".md");
    String text = Files.readString(item);
    assertTrue(text.contains("index_no: " + f.get("index_no")) && text.contains("attachments: [防火告知书.pdf]"), text);
    assertTrue(Files.isRegularFile(src.resolve("content/policy/防火告知书.pdf")));
    assertTrue(get(saved.headers().firstValue("Location").orElseThrow()).body().contains("已保存为 content/policy/" + TODAY + ".md"));
    assertTrue(Jsoup.parse(get("/__gongkai/edit/item").body()).getElementById("f-index_no").attr("value").endsWith("/" + TODAY.substring(0, 4) + "-2"), "the next one is proposed next");
  }

  @Test
  void twoItemsSavedAtOnceDoNotShareAnIndexNumber() throws Exception {
    Map<String, String> first = itemFields();
    Map<String, String> second = new LinkedHashMap<>(first);
    second.put("title", "关于做好冬季安全生产工作的通知（示例）");
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var a = pool.submit(() -> postItem(first, Map.of()).statusCode());
      var b = pool.submit(() -> postItem(second, Map.of()).statusCode());
      List<Integer> statuses = new java.util.ArrayList<>(List.of(a.get(), b.get()));
      java.util.Collections.sort(statuses);
      assertEquals(List.of(303, 422), statuses, "one saved; the other told its 索引号 is taken (META-01)");
    } finally {
      pool.shutdown();
    }
    try (Stream<Path> files = Files.list(src.resolve("content/policy"))) {
      assertEquals(1, files.filter(p -> p.getFileName().toString().startsWith(TODAY)).count());
    }
  }

  @Test
  void theBodyIsPreviewedWithoutSaving() throws Exception {
    Map<String, String> f = itemFields();
    f.put("action", "preview");
    f.put("body", "## 一、工作要求\n\n请各村（社区）做好**森林防火**工作（示例）。\n");
    HttpResponse<String> preview = postItem(f, Map.of());
    assertEquals(200, preview.statusCode());
    Document doc = Jsoup.parse(preview.body());
    assertEquals("森林防火", doc.selectFirst(".body-preview strong").text());
    assertEquals("一、工作要求", doc.selectFirst(".body-preview h2:not(#preview-title)").text());
    assertTrue(doc.getElementById("f-body").wholeText().contains("**森林防火**"), "the typed body stays in the form");
    assertFalse(Files.exists(src.resolve("content/policy/" + TODAY + ".md")));
  }

  @Test
  void anUploadTooLargeIsRefusedAndNothingIsWritten() throws Exception {
    Map<String, byte[]> before = snapshot();
    byte[] big = new byte[(int) FormData.Limits.DEFAULT.fileMax() + 1024];
    HttpResponse<String> refused = postItem(itemFields(), Map.of("扫描件.pdf", big));
    assertEquals(413, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("扫描件.pdf") && refused.body().contains("超过上限 50 MB"), refused.body());
    assertEquals(before.keySet(), snapshot().keySet(), "nothing written, no temporary file left in the site");
  }

  @Test
  void anItemOrUploadThatWouldLandOutsideItsFolderIsRefused() throws Exception {
    Map<String, byte[]> before = snapshot();
    Map<String, String> f = itemFields();
    f.put("column", "../outside");
    HttpResponse<String> column = postItem(f, Map.of());
    assertEquals(422, column.statusCode(), column.body());
    assertTrue(Jsoup.parse(column.body()).getElementById("m-column").text().contains("栏目"), column.body());
    for (String name : List.of("../../evil.pdf", "..\\..\\evil.pdf", "/etc/evil.pdf", "a/b.pdf")) {
      HttpResponse<String> upload = postItem(itemFields(), Map.of(name, new byte[] {1, 2, 3}));
      assertEquals(422, upload.statusCode(), name + ": " + upload.body());
      assertFalse(Jsoup.parse(upload.body()).getElementById("m-attachments").text().isEmpty(), name);
    }
    assertEquals(before.keySet(), snapshot().keySet(), "nothing written anywhere");
  }
}
