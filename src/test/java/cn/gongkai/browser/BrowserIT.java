package cn.gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cn.gongkai.TestSite;
import cn.gongkai.build.SiteBuilder;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import com.google.zxing.common.DetectorResult;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import com.google.zxing.qrcode.detector.Detector;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a reader sees, checked in Debian's Chromium at 360 × 740 (issue 4): every page type of the shipped
 * 东山镇 site, plus an inline site with information items, built fresh from the current theme and served over
 * HTTP on 127.0.0.1. One browser serves the whole class. Screenshots go to target/screenshots/.
 */
class BrowserIT {
  static final String DEFAULT_BASE = "https://dongshan.gongkai.example/";
  static final String ITEMS_BASE = "https://gongkai.example.gov.cn/";
  static final Path SHOTS = Path.of("target/screenshots");
  /** WCAG 2.5.5 and the issue: at least 44 × 44 CSS px for anything tapped on its own. */
  static final double TAP = 44;
  /** A4 at 96 CSS px per inch: 8 cm. */
  static final double EIGHT_CM_PX = 8 / 2.54 * 96;

  /** One page type: which site, its path, and the address its QR code must hold (null: no code). */
  record Page(String name, boolean items, String path, String qrSelector, String qrUrl) {
    @Override
    public String toString() {
      return name + " (" + (items ? "items site " : "") + "/" + path + ")";
    }
  }

  static final List<Page> PAGES =
      List.of(
          new Page("home", false, "", ".page-qr svg", DEFAULT_BASE),
          new Page("column", false, "statutory/", ".page-qr svg", DEFAULT_BASE + "statutory/"),
          new Page("column with intro", false, "guide/", ".page-qr svg", DEFAULT_BASE + "guide/"),
          new Page("制度", false, "system/", ".page-qr svg", DEFAULT_BASE + "system/"),
          new Page("reports index", false, "reports/", ".page-qr svg", DEFAULT_BASE + "reports/"),
          new Page("2022 report", false, "reports/2022/", ".page-qr svg", DEFAULT_BASE + "reports/2022/"),
          new Page("catalogue", false, "catalogue/", ".page-qr svg", DEFAULT_BASE + "catalogue/"),
          new Page("扫码看专栏", false, "qr/", ".page-qr svg", DEFAULT_BASE + "qr/"),
          new Page("poster", false, "reports/2022/#poster", ".poster .qr-code", DEFAULT_BASE + "reports/2022/"),
          new Page("404", false, "404.html", null, null),
          new Page("item", true, "policy/rules.html", ".page-qr svg", ITEMS_BASE + "policy/rules.html"),
          new Page("column with items", true, "policy/", ".page-qr svg", ITEMS_BASE + "policy/"),
          new Page("catalogue with items", true, "catalogue/", ".page-qr svg", ITEMS_BASE + "catalogue/"),
          new Page("2023 report (2021 format)", true, "reports/2023/", ".page-qr svg", ITEMS_BASE + "reports/2023/"));

  @TempDir static Path dir;
  static final Session session = new Session();
  static StaticServer defaultSite;
  static StaticServer itemsSite;
  static Browser browser;

  static String itemsSiteText() {
    StringBuilder s = new StringBuilder(TestSite.valid2021());
    s.append("-- content/columns.yaml --\n")
        .append("- id: guide\n  title: 政府信息公开指南\n")
        .append("- id: statutory\n  title: 法定主动公开内容\n  children:\n")
        .append("    - id: policy\n      title: 政策文件\n")
        .append("    - id: finance\n      title: 财政资金\n")
        .append("- id: reports\n  title: 政府信息公开年报\n");
    s.append("-- content/guide/index.md --\n本页为测试用指南，见[目录](../catalogue/)。\n");
    s.append("-- content/policy/rules.md --\n")
        .append("---\ntitle: 示例镇关于印发村级公益事业建设一事一议财政奖补项目管理办法的通知\nindex_no: 123456789X/2024-0100\n")
        .append("publisher: 示例镇\ngenerated: 2024-03-01\npublished: 2024-03-05\nscope: 全部公开\nchannel: 政府网站\n")
        .append("column: policy\ndoc_no: 示政发〔2024〕1号\nvalidity: 有效\nsummary: 明确奖补范围、申报程序和资金管理。\n")
        .append("attachments: [村级公益事业建设项目申报表.txt]\n---\n\n")
        .append("各村（社区）：\n\n现将《示例镇村级公益事业建设一事一议财政奖补项目管理办法》印发给你们，请认真贯彻执行。")
        .append("项目清单见下表，另见[2023年度年报](../reports/2023.yaml)。\n\n")
        .append("| 序号 | 项目名称 | 建设地点 | 奖补资金（万元） | 实施单位 | 计划完工日期 |\n")
        .append("|---|---|---|---|---|---|\n")
        .append("| 1 | 东湖村村组道路硬化 | 东湖村三组、四组 | 12.50 | 东湖村村民委员会 | 2024-10-31 |\n")
        .append("| 2 | 西岭村文化广场 | 西岭村村部 | 8.00 | 西岭村村民委员会 | 2024-12-31 |\n\n")
        .append("示例镇人民政府\n\n2024年3月1日\n");
    s.append("-- content/policy/村级公益事业建设项目申报表.txt --\n测试附件\n");
    s.append("-- content/finance/budget.md --\n")
        .append("---\ntitle: 示例镇2024年预算\nindex_no: 123456789X/2024-0101\npublisher: 示例镇\n")
        .append("generated: 2024-02-01\npublished: 2024-02-02\nscope: 全部公开\nchannel: 政府网站\ncolumn: finance\n---\n\n预算正文。\n");
    // Enough for seven column pages: the column's pager then has a “…” gap.
    for (int i = 1; i <= 130; i++) {
      s.append("-- content/policy/notice-").append(i).append(".md --\n")
          .append("---\ntitle: ").append(i % 5 == 0 ? "第" + i + "号通知" : "关于做好2023年第" + i + "批次农村人居环境整治工作的通知").append("\n")
          .append("index_no: 123456789X/2023-").append(1000 + i).append("\npublisher: 示例镇\n")
          .append("generated: 2023-01-01\npublished: 2023-").append(String.format("%02d-%02d", 1 + i % 12, 1 + i % 28))
          .append("\nscope: 全部公开\nchannel: 政府网站\ncolumn: policy\n---\n\n通知正文").append(i).append("。\n");
    }
    return s.toString();
  }

  @BeforeAll
  static void start() throws Exception {
    Browser.requireInstalled();
    Path defaultOut = dir.resolve("default-site");
    SiteBuilder.build(TestSite.REPO, defaultOut);
    Path itemsOut = dir.resolve("items-site");
    SiteBuilder.build(TestSite.write(dir.resolve("items-src"), itemsSiteText()), itemsOut, LocalDate.of(2024, 6, 1));
    defaultSite = session.serve(defaultOut);
    itemsSite = session.serve(itemsOut);
    Files.createDirectories(SHOTS);
    browser = session.browser();
  }

  @AfterAll
  static void stop() throws Exception {
    session.close();
  }

  static Stream<Page> pages() {
    return PAGES.stream();
  }

  static Stream<Page> pagesWithCareSwitch() {
    return PAGES.stream().filter(p -> !p.name().equals("poster"));
  }

  static Stream<Page> pagesWithQr() {
    return PAGES.stream().filter(p -> p.qrUrl() != null);
  }

  static Page page(String name) {
    return PAGES.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }

  static StaticServer server(Page page) {
    return page.items() ? itemsSite : defaultSite;
  }

  /** Every test starts in the normal version: the 关怀版 choice lives in localStorage per origin. */
  @BeforeEach
  void normalVersion() {
    for (StaticServer s : List.of(defaultSite, itemsSite)) {
      browser.open(s.url("robots.txt"));
      browser.js("localStorage.clear();");
    }
  }

  void open(Page page, boolean care) {
    StaticServer s = server(page);
    browser.open(s.url("robots.txt"));
    browser.js("localStorage.setItem('gongkai-care', arguments[0]);", care ? "1" : "0");
    s.missing.clear();
    browser.open(s.url(page.path()));
    assertEquals(Browser.WIDTH, browser.number("return window.innerWidth;"), "viewport width");
    assertEquals(Browser.HEIGHT, browser.number("return window.innerHeight;"), "viewport height");
    if (care) {
      assertTrue(hasCareClass(), "关怀版 not applied from localStorage on " + page);
    }
  }

  boolean hasCareClass() {
    return Boolean.TRUE.equals(browser.js("return document.documentElement.classList.contains('care');"));
  }

  // ---- layout, text size, accessibility and requests, in both versions ----------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void normalVersionFitsA360pxPhoneAndPassesAxe(Page page) {
    open(page, false);
    checkPage(page, 16);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pagesWithCareSwitch")
  void careVersionFitsA360pxPhoneAndPassesAxe(Page page) {
    open(page, true);
    checkPage(page, 20);
  }

  void checkPage(Page page, double minTextPx) {
    List<String> problems = new ArrayList<>();
    double scrollWidth = browser.number("return document.documentElement.scrollWidth;");
    if (scrollWidth > Browser.WIDTH) {
      problems.add("page scrolls sideways: scrollWidth " + scrollWidth + " > " + Browser.WIDTH + "; widest: " + widest(true));
    }
    problems.addAll(textSize(minTextPx));
    problems.addAll(smallTapTargets());
    for (String v : browser.axeViolations()) {
      problems.add("axe: " + v);
    }
    problems.addAll(foreignRequests(server(page)));
    // The browser's own request for an icon comes after the load: wait for it before asking what was missing.
    browser.js("return new Promise(function (done) { setTimeout(done, 300); });");
    for (String path : server(page).missing) {
      if (!path.equals("/" + page.path()) && !path.equals("/robots.txt")) {
        problems.add("asks for a file the site does not have (404): " + path);
      }
    }
    if (!problems.isEmpty()) {
      fail(page + (hasCareClass() ? " 关怀版" : "") + ":\n  " + String.join("\n  ", problems));
    }
  }

  /**
   * The outermost elements that stick out of the viewport, to say what causes an overflow; on screen the
   * contents of a table's own scroll region do not count.
   */
  @SuppressWarnings("unchecked")
  List<String> widest(boolean screen) {
    return (List<String>)
        browser.js(
            "var screen = arguments[0];"
                + "var out = Array.from(document.querySelectorAll('body *')).filter(function (e) {"
                + "  return e.getBoundingClientRect().right > window.innerWidth + 0.5 && !(screen && e.closest('.table-scroll'));"
                + "});"
                + "return out.filter(function (e) { return out.indexOf(e.parentElement) < 0; }).slice(0, 5).map(function (e) {"
                + "  return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '') + ' right=' + e.getBoundingClientRect().right; });",
            screen);
  }

  /** Body text: every paragraph in main at least {@code min} px, line height at least 1.5. */
  @SuppressWarnings("unchecked")
  List<String> textSize(double min) {
    return (List<String>)
        browser.js(
            "var out = [], min = arguments[0];"
                + "document.querySelectorAll('main p').forEach(function (p) {"
                + "  if (!p.offsetParent) return;"
                + "  var s = getComputedStyle(p), size = parseFloat(s.fontSize);"
                + "  var lh = s.lineHeight === 'normal' ? 1.2 : parseFloat(s.lineHeight) / size;"
                + "  if (size < min - 0.01 || lh < 1.5 - 0.01)"
                + "    out.push('text too small: p' + (p.className ? '.' + p.className : '') + ' font-size ' + size + 'px, line-height ' + lh.toFixed(2) + ': ' + p.textContent.trim().slice(0, 30));"
                + "});"
                + "if (!document.querySelector('main p')) out.push('no paragraph in main');"
                + "return out;",
            min);
  }

  /**
   * Links, buttons and fields tapped on their own are at least 44 × 44 CSS px. Exempt, as in WCAG 2.5.5: a
   * plain inline link inside a sentence (its block has other text), and the skip link (off screen until focused).
   */
  @SuppressWarnings("unchecked")
  List<String> smallTapTargets() {
    return (List<String>)
        browser.js(
            "var out = [], min = arguments[0];"
                + "document.querySelectorAll('a[href], button, input, select, textarea, [role=button]').forEach(function (e) {"
                + "  if (e.classList.contains('skip-link') || !e.getClientRects().length) return;"
                + "  var block = e.parentElement;"
                + "  while (block && getComputedStyle(block).display.indexOf('inline') === 0) block = block.parentElement;"
                + "  var inSentence = getComputedStyle(e).display === 'inline'"
                + "    && block.textContent.replace(/\\s/g, '').length > e.textContent.replace(/\\s/g, '').length;"
                + "  if (inSentence) return;"
                + "  var r = e.getBoundingClientRect();"
                + "  if (r.width < min - 0.5 || r.height < min - 0.5)"
                + "    out.push('tap target ' + Math.round(r.width) + '×' + Math.round(r.height) + ': ' + e.tagName.toLowerCase()"
                + "      + (e.className ? '.' + e.className : '') + ' in ' + block.tagName.toLowerCase() + (block.className ? '.' + block.className : '') + ' “' + e.textContent.trim().slice(0, 20) + '”');"
                + "});"
                + "return out;",
            TAP);
  }

  /** Nothing is fetched from anywhere but the local server. */
  @SuppressWarnings("unchecked")
  List<String> foreignRequests(StaticServer server) {
    List<String> names = (List<String>) browser.js("return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
    List<String> out = new ArrayList<>();
    for (String n : names) {
      if (!n.startsWith(server.origin() + "/")) {
        out.add("request leaves 127.0.0.1: " + n);
      }
    }
    return out;
  }

  /** The checks above would see a broken page: each kind of breakage is reported. */
  @Test
  void theChecksCatchABrokenPage() {
    browser.open(defaultSite.url("404.html"));
    browser.js(
        "var main = document.querySelector('main');"
            + "main.insertAdjacentHTML('beforeend',"
            + "  '<div style=\"width: 600px\">wide</div>'"
            + "  + '<p style=\"font-size: 12px; color: #bbb\">small, pale text</p>'"
            + "  + '<p><a href=\"#x\" style=\"display: inline-block\">x</a></p>'"
            + "  + '<img src=\"' + arguments[0] + '\">'"
            + "  + '<table><tr><td colspan=\"3\">表题</td></tr><tr><th>甲</th><th>乙</th><th>丙</th></tr>'"
            + "  + '<tr><td>1</td><td>2</td><td>3</td></tr><tr><td>4</td><td>5</td><td>6</td></tr></table>');",
        itemsSite.url("css/site.css"));
    new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> !foreignRequests(defaultSite).isEmpty());
    AssertionError e = assertThrows(AssertionError.class, () -> checkPage(page("404"), 16));
    String m = e.getMessage();
    for (String expected : List.of("page scrolls sideways", "text too small: p font-size 12px", "tap target", "axe: image-alt", "axe: color-contrast", "axe: table-fake-caption", "axe: td-has-header", "request leaves 127.0.0.1")) {
      assertTrue(m.contains(expected), "not reported: " + expected + "\n" + m);
    }
  }

  // ---- QR codes -----------------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource("pagesWithQr")
  void qrCodeInAScreenshotDecodesToThePageAddress(Page page) {
    open(page, false);
    List<WebElement> codes = browser.driver.findElements(By.cssSelector(page.qrSelector()));
    assertEquals(1, codes.size(), page.qrSelector());
    WebElement code = codes.get(0);
    assertEquals("img", code.getAttribute("role"));
    String label = code.getAttribute("aria-label");
    assertNotNull(label);
    assertTrue(label.contains(page.qrUrl()), label);
    assertEquals(page.qrUrl(), Browser.decodeQr(browser.screenshot(code)));
  }

  @Test
  void qrPageCardsDecodeToTheirAddresses() {
    open(page("扫码看专栏"), false);
    List<WebElement> cards = browser.driver.findElements(By.cssSelector(".qr-card"));
    assertTrue(cards.size() >= 4, "cards: " + cards.size());
    List<String> urls = new ArrayList<>();
    for (WebElement card : cards) {
      String url = card.findElement(By.cssSelector(".qr-url")).getText();
      assertEquals(url, Browser.decodeQr(browser.screenshot(card.findElement(By.cssSelector("svg")))));
      urls.add(url);
    }
    assertTrue(urls.containsAll(List.of(DEFAULT_BASE, DEFAULT_BASE + "catalogue/", DEFAULT_BASE + "reports/2022/")), urls.toString());
  }

  @Test
  void noPageQrOn404() {
    browser.open(defaultSite.url("no/such/page/"));
    assertEquals("页面不存在", browser.driver.findElement(By.tagName("h1")).getText());
    assertTrue(browser.driver.findElements(By.cssSelector(".page-qr")).isEmpty(), "a 404 has no address of its own to encode");
  }

  // ---- 关怀版 ------------------------------------------------------------------------------------------------

  @Test
  void careSwitchIsRememberedFromPageToPage() {
    browser.open(defaultSite.url(""));
    assertFalse(hasCareClass());
    double normal = mainTextPx();
    WebElement toggle = browser.driver.findElement(By.cssSelector(".care-toggle"));
    assertEquals("false", toggle.getAttribute("aria-pressed"));
    toggle.click();
    assertTrue(hasCareClass());
    assertEquals("true", toggle.getAttribute("aria-pressed"));
    assertEquals("1", browser.js("return localStorage.getItem('gongkai-care');"));
    assertTrue(mainTextPx() >= 20, "关怀版 text " + mainTextPx());
    assertTrue(mainTextPx() > normal);

    browser.driver.findElement(By.cssSelector(".site-nav a[href$='reports/']")).click();
    assertTrue(browser.driver.getCurrentUrl().endsWith("/reports/"), browser.driver.getCurrentUrl());
    assertTrue(hasCareClass(), "关怀版 not kept on the next page");
    assertTrue(mainTextPx() >= 20);
    toggle = browser.driver.findElement(By.cssSelector(".care-toggle"));
    assertEquals("true", toggle.getAttribute("aria-pressed"));
    assertEquals("退出关怀版", toggle.getText());

    toggle.click();
    assertFalse(hasCareClass());
    browser.open(defaultSite.url("reports/2022/"));
    assertFalse(hasCareClass(), "normal version not kept");
    assertEquals(normal, mainTextPx());
  }

  double mainTextPx() {
    return browser.number("return parseFloat(getComputedStyle(document.querySelector('main p')).fontSize);");
  }

  /** Font size, line height and colours of every element in main: what the 关怀版 changes. */
  @SuppressWarnings("unchecked")
  static List<String> mainStyles(Browser b) {
    return (List<String>)
        b.js(
            "return Array.from(document.querySelectorAll('main, main *')).map(function (e) {"
                + "  var s = getComputedStyle(e);"
                + "  return e.tagName.toLowerCase() + (e.className && e.className.baseVal === undefined ? '.' + e.className : '')"
                + "    + ' ' + s.fontSize + ' / ' + s.lineHeight + ' ' + s.color + ' on ' + s.backgroundColor;"
                + "});");
  }

  /**
   * Without JavaScript the 关怀版 link targets #care, and CSS alone gives the same 关怀版 as the script's class:
   * text at least 20 px, the same sizes and colours in main, no sideways scrolling, no axe violation.
   */
  @Test
  void careVersionWorksWithoutJavaScript() {
    List<Page> checked =
        PAGES.stream().filter(p -> List.of("2022 report", "catalogue with items", "item").contains(p.name())).toList();
    Map<Page, List<String>> withScript = new LinkedHashMap<>();
    for (Page page : checked) {
      open(page, true);
      withScript.put(page, mainStyles(browser));
    }
    try (Browser noJs = Browser.start(false)) {
      noJs.open(defaultSite.url("reports/2022/"));
      // executeScript still works with the page's scripts off: check that care.js did not run.
      WebElement toggle = noJs.driver.findElement(By.cssSelector(".care-toggle"));
      assertNull(toggle.getAttribute("aria-pressed"), "care.js ran: JavaScript is not off");
      double before = noJs.number("return parseFloat(getComputedStyle(document.querySelector('main p')).fontSize);");
      assertTrue(before >= 16 && before < 20, "normal text " + before);
      toggle.click();
      assertTrue(noJs.driver.getCurrentUrl().endsWith("#care"), noJs.driver.getCurrentUrl());
      assertTrue(noJs.number("return parseFloat(getComputedStyle(document.body).fontSize);") >= 20, "#care did not enlarge the text");

      for (Page page : checked) {
        noJs.open(server(page).url(page.path() + "#care"));
        List<String> problems = new ArrayList<>();
        if (noJs.number("return parseFloat(getComputedStyle(document.querySelector('main p')).fontSize);") < 20) {
          problems.add("text under 20 px");
        }
        if (noJs.number("return document.documentElement.scrollWidth;") > Browser.WIDTH) {
          problems.add("page scrolls sideways");
        }
        List<String> styles = mainStyles(noJs);
        List<String> expected = withScript.get(page);
        assertEquals(expected.size(), styles.size(), page.toString());
        for (int i = 0; i < styles.size() && problems.size() < 10; i++) {
          if (!styles.get(i).equals(expected.get(i))) {
            problems.add("differs from the 关怀版 with JavaScript: " + styles.get(i) + " instead of " + expected.get(i));
          }
        }
        assertTrue(problems.isEmpty(), page + " 关怀版 without JavaScript:\n  " + String.join("\n  ", problems));
      }

      // Without JavaScript the catalogue search box stays hidden; the static filters remain.
      noJs.open(defaultSite.url("catalogue/"));
      assertFalse(noJs.driver.findElement(By.cssSelector(".catalogue-search")).isDisplayed());
      assertTrue(noJs.driver.findElement(By.cssSelector(".filters")).isDisplayed());
    }
    // axe needs scripts of its own: it checks the #care version (CSS only, no class) in the scripted browser.
    for (Page page : checked) {
      open(page, false);
      browser.open(server(page).url(page.path() + "#care"));
      assertFalse(hasCareClass());
      List<String> violations = browser.axeViolations();
      assertTrue(violations.isEmpty(), page + " #care:\n  " + String.join("\n  ", violations));
    }
  }

  // ---- typography of an official page --------------------------------------------------------------------

  /**
   * Chinese quotation marks are set full width (a Chinese font comes first), the metadata values start on one
   * line in each column, a title never splits a number from its 年, and a notice's 主送机关 is flush left while
   * its 落款 (organ and date) is flush right.
   */
  @Test
  void officialTypography() {
    open(page("2022 report"), false);
    // Between two ideographs, so that no punctuation spacing rule trims it.
    String width =
        "var d = document.createElement('div'); d.textContent = '汉' + arguments[0] + '汉'; document.querySelector('main').appendChild(d);"
            + " var r = document.createRange(); r.setStart(d.firstChild, 1); r.setEnd(d.firstChild, 2);"
            + " var w = r.getBoundingClientRect().width; d.remove(); return w;";
    assertEquals(browser.number(width, "字"), browser.number(width, "“"), 0.5, "“ is not full width: a Latin font sets Chinese quotation marks");
    @SuppressWarnings("unchecked")
    List<Number> lefts =
        (List<Number>) browser.js("return Array.from(document.querySelectorAll('.doc-meta dd')).map(function (d) { return d.getBoundingClientRect().left; });");
    assertEquals(1, lefts.stream().map(n -> Math.round(n.doubleValue())).distinct().count(), "metadata values start at " + lefts);
    for (Page p : List.of(page("2022 report"), page("2023 report (2021 format)"))) {
      open(p, true);
      assertTrue(
          Boolean.TRUE.equals(browser.js("return Array.from(document.querySelectorAll('h1 .nw')).every(function (n) { return n.getClientRects().length === 1; })"
              + " && document.querySelectorAll('h1 .nw').length > 0;")),
          p + ": a number in the title is split from its unit");
    }
    open(page("item"), false);
    double[] body = {
      browser.number("return document.querySelector('.item-body').getBoundingClientRect().left;"),
      browser.number("return document.querySelector('.item-body').getBoundingClientRect().right;")
    };
    assertEquals(body[0], browser.number("var r = document.createRange(); r.selectNodeContents(document.querySelector('.item-body p.addressee')); return r.getBoundingClientRect().left;"), 0.5);
    @SuppressWarnings("unchecked")
    List<Number> rights =
        (List<Number>) browser.js("return Array.from(document.querySelectorAll('.item-body p.signature')).map(function (p) {"
            + " var r = document.createRange(); r.selectNodeContents(p); return r.getBoundingClientRect().right; });");
    assertEquals(2, rights.size(), "落款: organ and date");
    rights.forEach(r -> assertEquals(body[1], r.doubleValue(), 0.5, "落款 not flush right"));
  }

  // ---- catalogue search (fetch needs HTTP) --------------------------------------------------------------

  @Test
  void catalogueSearchFindsTheReport() {
    browser.open(defaultSite.url("catalogue/"));
    WebElement box = browser.driver.findElement(By.id("catalogue-q"));
    assertTrue(box.isDisplayed());
    box.sendKeys("2022");
    WebElement hit =
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
            .until(d -> d.findElements(By.cssSelector("#catalogue-results a")).stream().findFirst().orElse(null));
    assertEquals("华容县东山镇人民政府2022年政府信息公开工作年度报告", hit.getText());
    assertTrue(browser.driver.findElement(By.cssSelector("#catalogue-results p")).getText().startsWith("找到 1 条"));
    assertTrue(foreignRequests(defaultSite).isEmpty());
    assertTrue(browser.number("return document.documentElement.scrollWidth;") <= Browser.WIDTH);
    hit.click();
    assertEquals(defaultSite.url("reports/2022/"), browser.driver.getCurrentUrl());
  }

  // ---- print --------------------------------------------------------------------------------------------

  /**
   * Print layout at A4's printable width (210 mm less the 15 mm side margins of the print CSS = 680 CSS px):
   * nothing is wider than the paper, which would make the browser shrink every printed page.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void printLayoutFitsTheWidthOfA4(Page page) {
    open(page, false);
    Browser.Metrics a4 = new Browser.Metrics(680, 962);
    browser.emulate(a4, "print");
    try {
      double width = browser.number("return document.documentElement.scrollWidth;");
      assertTrue(width <= a4.width(), page + " in print is " + width + " px wide, over A4's " + a4.width() + "; widest: " + widest(false));
    } finally {
      browser.emulate(Browser.PHONE, "");
    }
  }

  @Test
  void reportPrintsOnA4WithTableHeadersRepeated() throws IOException {
    browser.open(defaultSite.url("reports/2022/"));
    // What every page prints besides the report: the page's code with its caption and address, and the footer.
    @SuppressWarnings("unchecked")
    List<String> furniture =
        (List<String>)
            browser.js(
                "return Array.from(document.querySelectorAll('.page-qr p, .page-qr figcaption, .site-footer p'))"
                    + ".map(function (e) { return e.textContent.replace(/\\s/g, ''); }).filter(function (t) { return t; });");
    assertTrue(furniture.size() >= 3, furniture.toString());
    byte[] pdf = browser.printA4();
    Files.write(SHOTS.resolve("report-print.pdf"), pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      int pages = doc.getNumberOfPages();
      assertTrue(pages >= 2, "pages: " + pages);
      var box = doc.getPage(0).getMediaBox();
      assertEquals(595, box.getWidth(), 2, "A4 width in points");
      assertEquals(842, box.getHeight(), 2, "A4 height in points");
      List<Integer> withHeader = new ArrayList<>();
      PDFTextStripper text = new PDFTextStripper();
      for (int i = 1; i <= pages; i++) {
        text.setStartPage(i);
        text.setEndPage(i);
        String t = text.getText(doc).replaceAll("\\s", "");
        if (t.contains("社会公益组织") && t.contains("法律服务机构")) {
          withHeader.add(i);
        }
        assertFalse(t.contains("专栏首页") && t.contains("依申请公开"), "navigation printed on page " + i);
        assertFalse(t.contains("表格数据下载"), "download links printed on page " + i);
        String report = t;
        for (String f : furniture) {
          report = report.replace(f, "");
        }
        assertTrue(report.length() >= 20, "page " + i + " of " + pages + " holds only the QR code and the footer: " + t);
      }
      assertTrue(withHeader.size() >= 2, "table 三's header is on pages " + withHeader + " of " + pages);
      // Chrome shrinks the whole printout when anything is wider than the page: page 1's body text stays 11 pt.
      double pt = commonFontPt(doc, 1);
      assertTrue(pt >= 10.5, "body text printed at " + pt + " pt: the page was shrunk to fit something too wide");
      PDFRenderer renderer = new PDFRenderer(doc);
      for (int i : withHeader.subList(0, 2)) {
        ImageIO.write(renderer.renderImageWithDPI(i - 1, 100, ImageType.RGB), "png", SHOTS.resolve("report-print-page-" + i + ".png").toFile());
      }
      ImageIO.write(renderer.renderImageWithDPI(0, 100, ImageType.RGB), "png", SHOTS.resolve("report-print-page-1.png").toFile());
      ImageIO.write(renderer.renderImageWithDPI(pages - 1, 100, ImageType.RGB), "png", SHOTS.resolve("report-print-last-page.png").toFile());
    }
  }

  /** The most common size of Chinese text on a printed page, in points (11 pt body text unless the page was shrunk to fit). */
  static double commonFontPt(PDDocument doc, int page) throws IOException {
    Map<Integer, Integer> counts = new HashMap<>();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> positions) {
            for (var p : positions) {
              // A CJK ideograph is one em wide: its advance is the font size.
              if (p.getUnicode().codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                counts.merge(Math.round(p.getWidthDirAdj() * 10), 1, Integer::sum);
              }
            }
          }
        };
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    stripper.getText(doc);
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey() / 10.0;
  }

  /**
   * The poster is part of its page: hidden until “打印本页二维码海报” is followed, then shown alone (the page
   * hidden), and “返回页面” brings the page back; printing the page without it prints no poster.
   */
  @Test
  void thePosterLinkShowsThePageAsItsPosterAndBack() throws Exception {
    browser.open(defaultSite.url("reports/2022/"));
    assertFalse(browser.driver.findElement(By.cssSelector(".poster")).isDisplayed(), "poster hidden on the page");
    browser.driver.findElement(By.linkText("打印本页二维码海报")).click();
    assertTrue(browser.driver.findElement(By.cssSelector(".poster .qr-code")).isDisplayed(), "poster shown");
    assertFalse(browser.driver.findElement(By.id("main")).isDisplayed(), "the page hidden behind its poster");
    assertTrue(browser.driver.findElement(By.cssSelector(".poster-title")).getText().replace("\n", "").endsWith("2022年政府信息公开工作年度报告"));
    browser.driver.findElement(By.linkText("返回页面")).click();
    assertTrue(browser.driver.findElement(By.id("main")).isDisplayed(), "the page back");
    assertFalse(browser.driver.findElement(By.cssSelector(".poster")).isDisplayed(), "poster hidden again");
    byte[] pdf = browser.printA4();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
      assertFalse(text.contains("扫一扫在手机打开\n"), "the page printed without its poster");
      assertTrue(text.contains("一、总体情况"), "the page itself printed");
    }
  }

  @Test
  void posterPrintsOnOneA4PageWithACodeOfAtLeast8cm() throws Exception {
    browser.open(defaultSite.url("reports/2022/#poster"));
    browser.emulateMedia("print");
    try {
      double cssWidth = browser.number("return document.querySelector('.poster .qr-code').getBoundingClientRect().width;");
      assertTrue(cssWidth >= EIGHT_CM_PX, "poster code in print CSS: " + cssWidth + " px < 8 cm");
    } finally {
      browser.emulateMedia("");
    }
    byte[] pdf = browser.printA4();
    Files.write(SHOTS.resolve("poster-print.pdf"), pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertEquals(1, doc.getNumberOfPages(), "poster pages");
      float dpi = 150;
      BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, dpi, ImageType.RGB);
      ImageIO.write(page, "png", SHOTS.resolve("poster-print.png").toFile());
      assertEquals(DEFAULT_BASE + "reports/2022/", Browser.decodeQr(page));
      // The symbol's printed width: its module count times the module size measured between finder patterns.
      BinaryBitmap bits = Browser.bitmap(page);
      DetectorResult found = new Detector(bits.getBlackMatrix()).detect(Map.of());
      int modules = found.getBits().getWidth();
      ResultPoint[] p = found.getPoints(); // bottom-left, top-left, top-right finder centres
      double module = ResultPoint.distance(p[1], p[2]) / (modules - 7);
      double cm = modules * module / dpi * 2.54;
      assertTrue(cm >= 8, "printed code is " + String.format("%.2f", cm) + " cm wide");
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
      assertTrue(text.contains("华容县东山镇人民政府"), text);
      assertTrue(text.contains("扫一扫在手机打开"), text);
      assertTrue(text.contains("dongshan.gongkai.example/reports/2022/"), text);
      assertFalse(text.contains("返回页面"), "the back link is printed");
    }
  }

  @Test
  void qrPagePrintsScannableCodesOfAtLeast4cm() throws Exception {
    browser.open(defaultSite.url("qr/"));
    int cards = browser.driver.findElements(By.cssSelector(".qr-card svg")).size();
    browser.emulateMedia("print");
    try {
      @SuppressWarnings("unchecked")
      List<Number> widths = (List<Number>) browser.js("return Array.from(document.querySelectorAll('.qr-card svg')).map(function (s) { return s.getBoundingClientRect().width; });");
      for (Number w : widths) {
        assertTrue(w.doubleValue() >= 4 / 2.54 * 96, "a card's code prints " + w + " px wide, under 4 cm");
      }
    } finally {
      browser.emulateMedia("");
    }
    byte[] pdf = browser.printA4();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      Set<String> decoded = new TreeSet<>();
      PDFRenderer renderer = new PDFRenderer(doc);
      for (int i = 0; i < doc.getNumberOfPages(); i++) {
        BufferedImage page = renderer.renderImageWithDPI(i, 150, ImageType.RGB);
        try {
          for (Result r : new QRCodeMultiReader().decodeMultiple(Browser.bitmap(page), Map.of(DecodeHintType.TRY_HARDER, true))) {
            decoded.add(r.getText());
          }
        } catch (NotFoundException e) {
          // a page without codes
        }
      }
      assertTrue(decoded.contains(DEFAULT_BASE + "reports/2022/"), decoded.toString());
      assertEquals(cards + 1, decoded.size(), "every card's code (and the page's own) reads from the printout: " + decoded);
    }
  }

  // ---- light and self-contained --------------------------------------------------------------------------

  @Test
  void reportPageWithItsCssAndJsIsAtMost100KB() throws IOException {
    browser.open(defaultSite.url("reports/2022/"));
    @SuppressWarnings("unchecked")
    List<String> used =
        (List<String>)
            browser.js(
                "return Array.from(document.querySelectorAll('link[rel=stylesheet], script[src]'))"
                    + ".map(function (e) { return new URL(e.href || e.src).pathname; });");
    assertEquals(List.of("/css/site.css", "/js/care.js", "/js/tables.js"), used);
    Path root = dir.resolve("default-site");
    long total = Files.size(root.resolve("reports/2022/index.html"));
    for (String u : used) {
      total += Files.size(root.resolve(u.substring(1)));
    }
    assertTrue(total <= 100 * 1024, "report page HTML + CSS + JS = " + total + " bytes");
    assertTrue(foreignRequests(defaultSite).isEmpty(), foreignRequests(defaultSite).toString());
  }

  // ---- screenshots for review ----------------------------------------------------------------------------

  @Test
  void screenshotsForReview() throws IOException {
    for (String path : List.of("reports/2022/", "catalogue/")) {
      String name = path.startsWith("reports") ? "report-2022" : "catalogue";
      for (boolean care : List.of(false, true)) {
        open(page(path.startsWith("reports") ? "2022 report" : "catalogue"), care);
        String file = name + "-360" + (care ? "-care" : "") + ".png";
        Files.write(SHOTS.resolve(file), browser.fullPagePng());
        assertTrue(Files.size(SHOTS.resolve(file)) > 10_000, file);
      }
    }
    // What a reader sees on screen: the phone scrolled into 表三 (normal and 关怀版), and a 1280 px desktop.
    for (boolean care : List.of(false, true)) {
      open(page("2022 report"), care);
      browser.js("document.getElementById('section-3').scrollIntoView();");
      viewportShot("report-2022-360-table3" + (care ? "-care" : "") + ".png");
    }
    open(page("item"), false);
    Files.write(SHOTS.resolve("item-360.png"), browser.fullPagePng());
    viewportShot("item-360-top.png");
    open(page("2022 report"), false);
    viewportShot("report-2022-360-top.png");
    browser.js("document.querySelector('.open-data').scrollIntoView();");
    viewportShot("report-2022-360-downloads.png");
    open(page("2022 report"), false);
    browser.emulate(new Browser.Metrics(1280, 900), "");
    try {
      Files.write(SHOTS.resolve("report-2022-1280.png"), browser.fullPagePng());
      browser.js("document.getElementById('table-4').scrollIntoView({block: 'center'});");
      viewportShot("report-2022-1280-table4.png");
    } finally {
      browser.emulate(Browser.PHONE, "");
    }
  }

  void viewportShot(String file) throws IOException {
    Files.write(SHOTS.resolve(file), browser.driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    assertTrue(Files.size(SHOTS.resolve(file)) > 10_000, file);
  }
}
