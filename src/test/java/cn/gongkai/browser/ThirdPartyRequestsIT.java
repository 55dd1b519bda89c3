package cn.gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cn.gongkai.build.SiteBuilder;
import cn.gongkai.check.RichBodySite;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The project promises a reader's browser never contacts anyone but the site (issue 17). A site whose
 * bodies are rich but legitimate ({@link RichBodySite}: merged table cells, nested lists, every allowed
 * kind of link, a local image, quotes, code) is built and served on 127.0.0.1, and every page type is
 * loaded in Chromium with its network log on: each request the browser makes (documents, style sheets,
 * scripts, images, fonts, fetches, prefetches, beacons) must go to the site's own address. Other hosts
 * resolve to nothing, so a slip fails here without reaching the internet; a control proves that the
 * recording sees a request to another host.
 */
class ThirdPartyRequestsIT {
  /** Every page type of the site: name and path. */
  record Page(String name, String path) {
    @Override
    public String toString() {
      return name + " (/" + path + ")";
    }
  }

  static final List<Page> PAGES =
      List.of(
          new Page("home", ""),
          new Page("column with items", "policy/"),
          new Page("column with sub-columns", "statutory/"),
          new Page("指南 (intro)", "guide/"),
          new Page("制度 (intro)", "system/"),
          new Page("依申请公开 (intro)", "on-request/"),
          new Page("item with the rich body", RichBodySite.ITEM_PAGE),
          new Page("reports index", "reports/"),
          new Page("report with narrative", "reports/2023/"),
          new Page("catalogue", "catalogue/"),
          new Page("扫码看专栏 (qr index)", "qr/"),
          new Page("poster", "policy/rich.html#poster"),
          new Page("404", "404.html"),
          new Page("a missing page (served as 404)", "no-such-page.html"));

  @TempDir static Path dir;
  static StaticServer server;
  static ChromeDriver driver;
  static ChromeDriverService service;
  static Path profile;
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws Exception {
    Browser.requireInstalled();
    Path src = RichBodySite.write(dir.resolve("src"));
    SiteBuilder.Result built = SiteBuilder.build(src, dir.resolve("out"), RichBodySite.TODAY);
    assertTrue(built.findings().isEmpty(), "the rich site must build without findings: " + built.findings());
    server = new StaticServer(dir.resolve("out"));
    System.setProperty("webdriver.chrome.driver", Browser.CHROMEDRIVER.toString());
    profile = Files.createTempDirectory("gongkai-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(Browser.CHROMIUM.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--lang=zh-CN", "--window-size=800,900", "--user-data-dir=" + profile,
        // Nothing but the site resolves: a request to another host fails at once, and is still logged.
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
    service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Browser.CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .withLogOutput(OutputStream.nullOutputStream())
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
  }

  @AfterAll
  static void stop() {
    try {
      if (driver != null) {
        driver.quit();
      }
    } finally {
      if (service != null) {
        service.close();
      }
      if (server != null) {
        server.close();
      }
      if (profile != null) {
        Browser.deleteTree(profile);
      }
    }
  }

  static Stream<Page> pages() {
    return PAGES.stream();
  }

  /**
   * Loads {@code path} and returns every URL the browser asked for meanwhile: the page, what it loads,
   * and what its scripts fetch once it has loaded (the page is scrolled to the end, for anything lazy,
   * and given a moment).
   */
  static List<String> requestsLoading(String path, String scriptAfterLoad) throws IOException {
    driver.manage().logs().get(LogType.PERFORMANCE); // drop what came before
    driver.get(server.url(path));
    driver.executeScript("window.scrollTo(0, document.documentElement.scrollHeight);");
    if (scriptAfterLoad != null) {
      driver.executeScript(scriptAfterLoad);
    }
    driver.executeAsyncScript("var done = arguments[arguments.length - 1]; setTimeout(done, 500);");
    List<String> urls = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
      JsonNode m = JSON.readTree(e.getMessage()).path("message");
      String method = m.path("method").asText();
      if (method.equals("Network.requestWillBeSent")) {
        urls.add(m.path("params").path("request").path("url").asText());
      } else if (method.equals("Network.webSocketCreated")) {
        urls.add(m.path("params").path("url").asText());
      }
    }
    return urls;
  }

  /** The requests that leave the site: not to its own origin (data: is no request). */
  static List<String> foreign(List<String> urls) {
    return urls.stream().filter(u -> !u.startsWith(server.origin() + "/") && !u.startsWith("data:")).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void everyRequestStaysOnTheSite(Page page) throws IOException {
    List<String> urls = requestsLoading(page.path(), null);
    // A fragment (#poster) is never sent: the request is for the page itself.
    assertTrue(urls.contains(server.url(page.path().replaceFirst("#.*", ""))), page + ": the log does not show the page itself: " + urls);
    List<String> out = foreign(urls);
    if (!out.isEmpty()) {
      fail(page + " makes requests that leave " + server.origin() + ":\n  " + String.join("\n  ", out) + "\nall requests: " + urls);
    }
  }

  @Test
  void theRichItemLoadsItsLocalImageFromTheSite() throws IOException {
    List<String> urls = requestsLoading(RichBodySite.ITEM_PAGE, null);
    assertTrue(urls.contains(server.url("policy/rich/photo.png")), "the body's image was not loaded from the site: " + urls);
    assertTrue(urls.contains(server.url("favicon.svg")), "the body's HTML image was not loaded from the site: " + urls);
    Object broken =
        driver.executeScript(
            "return Array.from(document.querySelectorAll('.item-body img')).filter(function (i) { return !i.complete || i.naturalWidth === 0; }).length;");
    assertTrue(((Number) broken).intValue() == 0, "an image of the body did not load");
  }

  /** The control: an image from another host, put on a page, shows in the record (and fails there). */
  @Test
  void theRecordSeesARequestToAnotherHost() throws IOException {
    List<String> urls =
        requestsLoading(
            "404.html",
            "var i = document.createElement('img'); i.src = 'https://tracker.example.com/p.gif'; document.body.appendChild(i);"
                + "var l = document.createElement('link'); l.rel = 'stylesheet'; l.href = '//cdn.example.com/x.css'; document.head.appendChild(l);");
    List<String> out = foreign(urls);
    assertTrue(out.contains("https://tracker.example.com/p.gif"), "the control image was not recorded: " + urls);
    assertTrue(out.stream().anyMatch(u -> u.startsWith("http://cdn.example.com/x.css")), "the control style sheet was not recorded: " + urls);
    assertFalse(foreign(requestsLoading("404.html", null)).contains("https://tracker.example.com/p.gif"), "the record carries over between pages");
  }
}
