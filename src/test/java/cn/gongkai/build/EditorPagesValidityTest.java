package cn.gongkai.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gongkai.TestSite;
import cn.gongkai.serve.DevServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve's editing pages as the Nu HTML checker reads them: the start page, 年报填报 (a new year, an existing one) and 发布一条信息. */
class EditorPagesValidityTest {
  @TempDir Path dir;

  @Test
  void everyEditingPageIsValidHtml() throws Exception {
    Path src = dir.resolve("src");
    TestSite.copyOfRepoSite(src);
    HttpClient http = HttpClient.newHttpClient();
    try (DevServer server = DevServer.start(src, 0, new PrintWriter(new StringWriter(), true))) {
      for (String path : List.of("/__gongkai/edit/", "/__gongkai/edit/report/2023", "/__gongkai/edit/report/2022", "/__gongkai/edit/item")) {
        HttpResponse<byte[]> page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, page.statusCode(), path);
        assertEquals(List.of(), HtmlValidityTest.validate(page.body()), path);
      }
    }
  }
}
