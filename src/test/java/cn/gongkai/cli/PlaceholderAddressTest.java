package cn.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.TestSite;
import cn.gongkai.TestCli.Run;
import cn.gongkai.config.SiteConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CFG-02 (issue 11, point 10): while base_url is an example address, every QR code leads nowhere, so say so and stamp the posters. */
class PlaceholderAddressTest {
  static final String REAL = "base_url: https://gongkai.example.gov.cn/";
  static final String STAMP = "示例地址，请勿张贴";

  static String site(String baseUrl) {
    String text = TestSite.valid2021();
    assertTrue(text.contains(REAL), "fixture base_url changed");
    return text.replace(REAL, "base_url: " + baseUrl);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://dongshan.gongkai.example/", "http://example/", "https://zwgk.test/", "https://a.b.invalid/x/", "http://localhost:8000/",
        "http://127.0.0.1/", "https://www.example.com/", "https://DONGSHAN.EXAMPLE./"
      })
  void placeholderHosts(String url) {
    assertTrue(SiteConfig.placeholderHost(url).isPresent(), url);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"https://www.huarong.gov.cn/dongshan/", "https://gongkai.example.gov.cn/", "https://example.cn/", "https://testing.cn/", "https://contest/"})
  void realHosts(String url) {
    assertEquals(Optional.empty(), SiteConfig.placeholderHost(url), url);
  }

  @Test
  void checkWarnsAndStrictFails(@TempDir Path dir) {
    TestSite.write(dir, site("https://dongshan.gongkai.example/"));
    Run r = CliTest.run("check", "--source", dir.toString());
    assertEquals(0, r.code(), r.all());
    assertTrue(
        r.all().contains(
            "content/site.yaml:5:1: 警告 CFG-02 二维码指向的地址不存在：base_url “https://dongshan.gongkai.example/”是示例地址（dongshan.gongkai.example 不是真实网址）"),
        r.all());
    assertTrue(r.all().contains("共 0 个错误，1 个警告，0 项已确认。"), r.all());
    Run strict = CliTest.run("check", "--strict", "--source", dir.toString());
    assertEquals(1, strict.code(), strict.all());
    assertTrue(strict.all().contains("警告 CFG-02"), strict.all());
  }

  @Test
  void buildWarnsAndStampsEveryPosterAndQrCard(@TempDir Path dir) throws IOException {
    TestSite.write(dir, site("http://localhost:8000/"));
    Run r = CliTest.run("build", "--source", dir.toString());
    assertEquals(0, r.code(), r.all());
    assertTrue(r.all().contains("警告 CFG-02"), r.all());
    List<Path> posters = posters(dir.resolve("site"));
    assertFalse(posters.isEmpty());
    for (Path p : posters) {
      Document d = Jsoup.parse(p.toFile(), "UTF-8");
      assertEquals(STAMP, d.select("#poster .poster-qr > .qr-code + .placeholder-stamp").text(), p.toString());
    }
    Document qr = Jsoup.parse(dir.resolve("site/qr/index.html").toFile(), "UTF-8");
    assertEquals(qr.select(".qr-card").size(), qr.select(".qr-card .placeholder-stamp").size());
    assertTrue(qr.selectFirst(".sample-notice").text().startsWith(STAMP), qr.selectFirst(".sample-notice").text());
    // The page's own code at the foot of each page is for reading on screen, not for putting up: no stamp.
    assertTrue(Jsoup.parse(dir.resolve("site/index.html").toFile(), "UTF-8").select(".page-qr .placeholder-stamp").isEmpty());
  }

  @Test
  void aRealAddressHasNoWarningAndNoStamp(@TempDir Path dir) throws IOException {
    TestSite.write(dir, TestSite.valid2021());
    Run r = CliTest.run("build", "--source", dir.toString());
    assertEquals(0, r.code(), r.all());
    assertFalse(r.all().contains("CFG-02"), r.all());
    for (Path p : posters(dir.resolve("site"))) {
      assertFalse(Files.readString(p).contains(STAMP), p.toString());
    }
    assertFalse(Files.readString(dir.resolve("site/qr/index.html")).contains(STAMP));
    assertTrue(Jsoup.parse(dir.resolve("site/qr/index.html").toFile(), "UTF-8").select(".sample-notice").isEmpty());
    assertEquals(0, CliTest.run("check", "--strict", "--source", dir.toString()).code());
  }

  /** Every page with a poster (each page with an address of its own carries it, shown at #poster). */
  static List<Path> posters(Path site) throws IOException {
    try (Stream<Path> files = Files.walk(site)) {
      List<Path> pages = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
      List<Path> withPoster = new java.util.ArrayList<>();
      for (Path p : pages) {
        if (Jsoup.parse(p.toFile(), "UTF-8").getElementById("poster") != null) {
          withPoster.add(p);
        }
      }
      assertEquals(pages.size() - 1, withPoster.size(), "every page but 404.html has its poster");
      return withPoster;
    }
  }
}
