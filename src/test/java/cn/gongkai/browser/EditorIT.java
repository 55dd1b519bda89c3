package cn.gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.TestSite;
import cn.gongkai.serve.DevServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * serve's 年报填报 form in Chromium, as a webmaster uses it: table 三 of a new year filled in, 总计 and a T3-01
 * finding answering each keystroke (the server's Java checks, through the page's live check), saved, the file
 * on disk compared byte for byte with the documented layout for those numbers, and the rebuilt report page.
 * Also: the same without JavaScript, the warning before leaving unsaved changes, axe, 360 px, screenshots.
 */
class EditorIT {
  static final Path SHOTS = Path.of("target/screenshots");
  @TempDir Path dir;
  Path src;
  DevServer server;
  StringWriter log = new StringWriter();

  @BeforeEach
  void start() throws Exception {
    src = dir.resolve("src");
    TestSite.copyOfRepoSite(src);
    server = DevServer.start(src, 0, new PrintWriter(log, true));
    Files.createDirectories(SHOTS);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  /**
   * The whole page as one image, taken with the viewport as tall as the page: the sticky buttons then sit at
   * the page's end, where they belong, not over the middle of the picture.
   */
  static byte[] fullPage(Browser b) {
    int width = (int) b.number("return window.innerWidth;");
    int height = (int) b.number("return window.innerHeight;");
    int page = (int) b.number("return document.documentElement.scrollHeight;");
    b.emulate(new Browser.Metrics(width, Math.min(page, 16000)), "");
    byte[] png = b.fullPagePng();
    b.emulate(new Browser.Metrics(width, height), "");
    return png;
  }

  static WebElement field(Browser b, String name) {
    return b.driver.findElement(By.id("f-" + name));
  }

  static void type(Browser b, String name, String value) {
    WebElement input = field(b, name);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    if (!value.isEmpty()) {
      input.sendKeys(value);
    }
  }

  static String output(Browser b, String name) {
    return b.driver.findElement(By.id("o-" + name)).getText();
  }

  static String table3Messages(Browser b) {
    return b.driver.findElement(By.id("m-table-3")).getText();
  }

  void await(Browser b, String what, java.util.function.BooleanSupplier condition) {
    try {
      new WebDriverWait(b.driver, Duration.ofSeconds(10)).until(d -> condition.getAsBoolean());
    } catch (org.openqa.selenium.TimeoutException e) {
      String text = b.driver.findElement(By.tagName("body")).getText();
      throw new AssertionError(what + " did not happen at " + b.driver.getCurrentUrl() + "; serve's log:\n" + log + "\nthe page says:\n" + text.substring(0, Math.min(text.length(), 1500)), e);
    }
  }

  @Test
  void fillTable3ForANewYearSaveAndSeeThePage() throws Exception {
    try (Browser b = Browser.start(true)) {
      b.emulate(new Browser.Metrics(1280, 900), "");
      b.open(url("/__gongkai/edit/report/2023"));
      assertEquals("0", output(b, "sum:applications.received"));
      type(b, "index_no", "006383401N/2024-0001");
      type(b, "generated", "2024-01-20");
      type(b, "published", "2024-01-20");
      field(b, "section.1").sendKeys("\n本年度共收到政府信息公开申请 5 件，均已答复（示例）。\n");
      field(b, "section.5").sendKeys("\n一是信息公开不够及时（示例）。二是公开形式有待创新。下一步将完善工作流程，定期维护专栏内容，方便群众查询。\n");
      field(b, "section.6").sendKeys("\n本年度未收取信息处理费。\n");

      // 一、本年新收 自然人 5: its 总计 becomes 5 and the 勾稽关系 no longer holds in that column (T3-01)
      type(b, "applications.received.0", "5");
      await(b, "总计 of 本年新收 follows the typed 5", () -> output(b, "sum:applications.received").equals("5"));
      await(b, "T3-01 appears", () -> table3Messages(b).contains("T3-01"));
      assertTrue(b.driver.findElements(By.cssSelector("#table-3 td.is-error")).size() > 0, "a cell of table 三 is marked");
      Files.write(SHOTS.resolve("editor-report-1280-t3-01.png"), fullPage(b));

      // （一）予以公开 自然人 5: （七）总计 follows, and the finding goes away
      type(b, "applications.results.disclosed.0", "5");
      await(b, "（七）总计 follows", () -> output(b, "sum:applications.results.total.0").equals("5"));
      await(b, "T3-01 disappears", () -> !table3Messages(b).contains("T3-01"));
      assertTrue(b.driver.findElements(By.cssSelector("#table-3 td.is-error")).isEmpty(), "no cell of table 三 marked");

      // a cell emptied is 空白 (FMT-03 on that very cell), not 0
      type(b, "applications.carried_over.3", "");
      await(b, "FMT-03 on the emptied cell", () -> b.driver.findElement(By.cssSelector("td[data-field='applications.carried_over.3']")).getAttribute("class").contains("is-error"));
      type(b, "applications.carried_over.3", "0");
      await(b, "FMT-03 gone", () -> !b.driver.findElement(By.cssSelector("td[data-field='applications.carried_over.3']")).getAttribute("class").contains("is-error"));

      List<String> violations = b.axeViolations();
      assertEquals(List.of(), violations, String.join("\n", violations));
      Files.write(SHOTS.resolve("editor-report-1280.png"), fullPage(b));

      b.driver.findElement(By.cssSelector("button[value=save]")).click();
      await(b, "saved notice", () -> b.driver.getPageSource().contains("已保存"));
      String saved = Files.readString(src.resolve("content/reports/2023.yaml"), StandardCharsets.UTF_8);
      Files.writeString(SHOTS.resolve("editor-saved-2023.yaml"), saved, StandardCharsets.UTF_8);
      assertEquals(TestSite.resource("edit/report/browser-2023.yaml"), saved, "the documented layout for these numbers");

      // The two files land one after the other, so a rebuild may run between them: reload until the page shows them.
      long deadline = System.currentTimeMillis() + 30_000;
      b.open(url("/reports/2023/"));
      while (!b.driver.getPageSource().contains("本年度共收到政府信息公开申请 5 件，均已答复（示例）。") && System.currentTimeMillis() < deadline) {
        Thread.sleep(100);
        b.open(url("/reports/2023/"));
      }
      // the published table 三: 本年新收 自然人 5, its 总计 5
      assertTrue(b.driver.getPageSource().contains("本年度共收到政府信息公开申请 5 件，均已答复（示例）。"), "the rebuilt page; serve's log:\n" + log);
      // the published table 三: 本年新收 自然人 5 and its 总计 5; （一）予以公开 自然人 5
      assertEquals("5", b.js("return document.querySelector('#table-3 td[headers~=\"t3-r1\"][headers~=\"t3-c1\"]').textContent.trim();"));
      assertEquals("5", b.js("return document.querySelector('#table-3 td[headers~=\"t3-r1\"][headers~=\"t3-c7\"]').textContent.trim();"));
      assertEquals("0", b.js("return document.querySelector('#table-3 td[headers~=\"t3-r1\"][headers~=\"t3-c2\"]').textContent.trim();"));
    }
  }

  /** On the office PC's 1024 px screen every table of the form fits: nothing scrolls, not even inside a table's region. */
  @Test
  void wholeTablesAt1024px() throws Exception {
    try (Browser b = Browser.start(true)) {
      b.emulate(new Browser.Metrics(1024, 768), "");
      for (int year : new int[] {2023, 2022}) {
        b.open(url("/__gongkai/edit/report/" + year));
        assertTrue(b.number("return document.documentElement.scrollWidth;") <= 1024, "page scrolls sideways at 1024 px");
        Object cut = b.js("return Array.from(document.querySelectorAll('.form-region')).filter(r => r.scrollWidth > r.clientWidth).map(r => r.getAttribute('aria-labelledby') + ' ' + r.scrollWidth + '>' + r.clientWidth);");
        assertEquals(List.of(), cut, "a table does not fit at 1024 px");
      }
      b.open(url("/__gongkai/edit/report/2023"));
      Files.write(SHOTS.resolve("editor-report-1024.png"), fullPage(b));
    }
  }

  @Test
  void readableAt360px() throws Exception {
    try (Browser b = Browser.start(true)) {
      b.open(url("/__gongkai/edit/report/2023"));
      double scrollWidth = b.number("return document.documentElement.scrollWidth;");
      assertTrue(scrollWidth <= Browser.WIDTH, "page scrolls sideways at 360 px: " + scrollWidth);
      WebElement cell = field(b, "applications.results.withheld.state_secret.1");
      b.js("arguments[0].scrollIntoView({block: 'center'});", cell);
      cell.click();
      WebElement status = b.driver.findElement(By.id("cell-status"));
      await(b, "the focused cell is named", () -> status.getText().equals("正在填写：（三）不予公开 › 1.属于国家秘密 · 商业企业"));
      // all of it on screen: not cut off, not under the edge
      assertTrue(b.number("var s = document.getElementById('cell-status'); return s.scrollWidth <= s.clientWidth && s.scrollHeight <= s.clientHeight ? 1 : 0;") == 1, "the place is cut off");
      assertTrue(b.number("return document.getElementById('cell-status').getBoundingClientRect().bottom;") <= Browser.HEIGHT, "the line is on screen");
      // the longest row label of the 2021 format still fits the phone's line, wrapped
      WebElement longest = field(b, "applications.results.other.fee_unpaid.5");
      b.js("arguments[0].scrollIntoView({block: 'center'});", longest);
      longest.click();
      await(b, "the longest place is named", () -> status.getText().endsWith("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 · 其他"));
      assertTrue(b.number("var s = document.getElementById('cell-status'); return s.scrollWidth <= s.clientWidth ? 1 : 0;") == 1, "the long place is cut off");
      List<String> violations = b.axeViolations();
      assertEquals(List.of(), violations, String.join("\n", violations));
      Files.write(SHOTS.resolve("editor-report-360.png"), fullPage(b));
      b.open(url("/__gongkai/edit/"));
      assertTrue(b.number("return document.documentElement.scrollWidth;") <= Browser.WIDTH);
      assertEquals(List.of(), b.axeViolations());
      b.open(url("/__gongkai/edit/item"));
      assertTrue(b.number("return document.documentElement.scrollWidth;") <= Browser.WIDTH);
      List<String> itemViolations = b.axeViolations();
      assertEquals(List.of(), itemViolations, String.join("\n", itemViolations));
      Files.write(SHOTS.resolve("editor-item-360.png"), fullPage(b));
      b.emulate(new Browser.Metrics(1280, 900), "");
      b.open(url("/__gongkai/edit/item"));
      Files.write(SHOTS.resolve("editor-item-1280.png"), fullPage(b));
    }
  }

  @Test
  void withoutJavaScriptTheFormStillChecksAndSaves() throws Exception {
    try (Browser b = Browser.start(false)) {
      b.emulate(new Browser.Metrics(1280, 900), "");
      b.open(url("/__gongkai/edit/report/2023"));
      type(b, "applications.received.0", "5");
      b.driver.findElement(By.cssSelector("button[value=check]")).click();
      assertTrue(table3Messages(b).contains("T3-01"), table3Messages(b));
      assertEquals("5", output(b, "sum:applications.received"), "the server's total after submit");
      assertEquals("5", field(b, "applications.received.0").getAttribute("value"), "what was typed is kept");
      assertFalse(Files.exists(src.resolve("content/reports/2023.yaml")));
      b.driver.findElement(By.cssSelector("button[value=save]")).click();
      assertTrue(b.driver.getPageSource().contains("已保存"));
      assertTrue(Files.readString(src.resolve("content/reports/2023.yaml")).contains("[5, 0, 0, 0, 0, 0]"));
    }
  }

  /**
   * WebDriver accepts a page's “leave this page?” prompt by itself, so the test asks the page what the browser
   * asks it before closing: whether it cancels the beforeunload event (which makes the browser warn).
   */
  @Test
  void leavingWithUnsavedChangesAsksFirst() throws Exception {
    String wouldWarn = "var e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented;";
    try (Browser b = Browser.start(true)) {
      b.open(url("/__gongkai/edit/report/2023"));
      assertEquals(false, b.js(wouldWarn), "nothing typed yet: no warning");
      type(b, "applications.received.0", "7");
      assertEquals(true, b.js(wouldWarn), "unsaved changes: the browser warns before closing the page");
      b.open(url("/__gongkai/edit/item"));
      type(b, "title", "关于某某的通知（示例）");
      assertEquals(true, b.js(wouldWarn), "the item form too");
    }
  }
}
