package cn.gongkai.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.TestSite;
import cn.gongkai.build.SiteBuilder;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve: after each edit, delete and rename, what it serves equals a fresh full build. */
class ServeTest {
  @TempDir Path dir;
  Path src;
  DevServer server;
  StringWriter log = new StringWriter();
  HttpClient http = HttpClient.newHttpClient();

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

  String get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(), HttpResponse.BodyHandlers.ofString()).body();
  }

  void awaitBuildAfter(int generation) throws Exception {
    long deadline = System.currentTimeMillis() + 30_000;
    while (server.generation() <= generation && System.currentTimeMillis() < deadline) {
      Thread.sleep(20);
    }
    assertTrue(server.generation() > generation, "no rebuild after the change; log:\n" + log);
  }

  /** The served tree equals a fresh full build of the same sources, file by file. */
  void assertServedEqualsFreshBuild() throws Exception {
    Path fresh = dir.resolve("fresh-" + server.generation());
    SiteBuilder.build(src, fresh);
    Map<String, byte[]> expected = read(fresh);
    Map<String, byte[]> served = read(server.output());
    assertEquals(expected.keySet(), served.keySet());
    for (String name : expected.keySet()) {
      assertTrue(Arrays.equals(expected.get(name), served.get(name)), "differs: " + name);
    }
    // Over HTTP, pages are the built file plus the reload script, nothing else.
    String page = get("/reports/2022/");
    assertEquals(DevServer.withReloadScript(new String(expected.get("reports/2022/index.html"), StandardCharsets.UTF_8)), page);
  }

  @Test
  void servesTheSiteWithTheReloadScriptOnlyOverHttp() throws Exception {
    String home = get("/");
    assertTrue(home.contains("<script src=\"/__gongkai/reload.js\"></script>"), home);
    assertFalse(Files.readString(server.output().resolve("index.html")).contains("__gongkai"), "the built file has no reload script");
    assertTrue(get("/__gongkai/reload.js").contains("EventSource"));
    assertTrue(get("/no-such-page/").contains("页面不存在"));
    assertServedEqualsFreshBuild();
  }

  @Test
  void editDeleteAndRenameAreRebuilt() throws Exception {
    int g = server.generation();
    Path system = src.resolve("content/system/index.md");
    Files.writeString(system, Files.readString(system) + "\n新增的一段测试文字。\n");
    awaitBuildAfter(g);
    assertTrue(get("/system/").contains("新增的一段测试文字。"));
    assertServedEqualsFreshBuild();

    g = server.generation();
    Path item = src.resolve("content/policy/notice-a.md");
    Files.createDirectories(item.getParent());
    Files.writeString(item, "---\ntitle: 测试通知\nindex_no: 006383401N/2023-1\npublisher: 东山镇\ngenerated: 2023-03-01\n"
        + "published: 2023-03-01\nscope: 全部公开\nchannel: 政府网站\ncolumn: policy\n---\n\n正文。\n");
    awaitBuildAfter(g);
    assertTrue(get("/policy/notice-a.html").contains("测试通知"));

    g = server.generation();
    Files.move(item, src.resolve("content/policy/notice-b.md"));
    awaitBuildAfter(g);
    assertTrue(get("/policy/notice-b.html").contains("测试通知"));
    assertTrue(get("/policy/notice-a.html").contains("页面不存在"), "the renamed item's old page is gone");
    assertServedEqualsFreshBuild();

    g = server.generation();
    Files.delete(src.resolve("content/guide/index.md"));
    awaitBuildAfter(g);
    assertFalse(get("/guide/").contains("sample-notice"), "the deleted introduction is gone");
    assertServedEqualsFreshBuild();
  }

  @Test
  void contentErrorIsShownWhileTheLastGoodSiteStaysUp() throws Exception {
    String before = get("/reports/2022/");
    var events = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/__gongkai/events")).build(), HttpResponse.BodyHandlers.ofInputStream());
    BufferedReader reader = new BufferedReader(new InputStreamReader(events.body(), StandardCharsets.UTF_8));
    assertEquals(": connected", reader.readLine());
    int g = server.generation();
    Path yaml = src.resolve("content/reports/2022.yaml");
    String broken = "licensing:           {previous: 0, change: 0, decisions: -1}";
    Files.writeString(yaml, Files.readString(yaml).replace("licensing:           {previous: 0, change: 0, decisions: 0}", broken));
    assertTrue(Files.readString(yaml).contains(broken));
    awaitBuildAfter(g);
    String line;
    StringBuilder event = new StringBuilder();
    while ((line = reader.readLine()) != null && !line.isEmpty()) {
      event.append(line).append('\n');
    }
    while ((line = reader.readLine()) != null && !line.isEmpty()) {
      event.append(line).append('\n');
    }
    assertTrue(event.toString().contains("event: problem"), event.toString());
    assertTrue(event.toString().contains("FMT-03"), event.toString());
    // 东山镇 2022's acknowledged findings: counted in one line, not listed (without --verbose)
    assertTrue(event.toString().matches("(?s).*\ndata: [1-9] 项已确认（按原文存档），用 --verbose 查看。\n.*"), event.toString());
    assertFalse(event.toString().contains(": 已确认 "), event.toString());
    assertTrue(event.toString().matches("(?s).*\ndata: 共 1 个错误，\\d+ 个警告，[1-9] 项已确认[^\n]*\n$"), "the summary ends the panel: " + event);
    // errors first: the FMT-03 error (line 29) comes before the warnings, also those of lines above it (ACK-01)
    assertTrue(event.indexOf("警告 ") > 0 && event.indexOf("错误 FMT-03") < event.indexOf("警告 "), event.toString());
    assertTrue(log.toString().contains("错误 FMT-03"), log.toString());
    assertTrue(log.toString().contains("项已确认（按原文存档），用 --verbose 查看。"), log.toString());
    assertEquals(before, get("/reports/2022/"), "the last good site is still served");
    events.body().close();
  }

  private static Map<String, byte[]> read(Path root) throws Exception {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        files.put(root.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }
}
