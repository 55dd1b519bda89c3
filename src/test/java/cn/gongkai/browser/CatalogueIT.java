package cn.gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.TestSite;
import cn.gongkai.build.SiteBuilder;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 11, points 6 and 10, in Debian's Chromium: the 政府信息公开目录 on a 360 px phone (no sideways
 * scrolling, a 索引号 broken only after its “/”), its search over 名称, 索引号, 文号 and 栏目, what it says
 * when opened from a file, and the 示例地址，请勿张贴 stamp on posters (readable, printed, the code still
 * scans). Uses an inline site whose unit code is an 18-character credit code, the longest 索引号 there is.
 */
class CatalogueIT {
  static final String UNIT = "11622301013932667J";
  static final Path SHOTS = Path.of("target/screenshots");

  @TempDir static Path dir;
  static final Session session = new Session();
  static Path siteOut;
  static StaticServer site;
  static StaticServer defaultSite;
  static Browser browser;

  static String siteText() {
    StringBuilder s = new StringBuilder(TestSite.valid2021().replace("123456789X", UNIT));
    s.append("-- content/columns.yaml --\n")
        .append("- id: statutory\n  title: 法定主动公开内容\n  children:\n")
        .append("    - id: policy\n      title: 政策文件\n")
        .append("    - id: finance\n      title: 财政资金\n")
        .append("- id: reports\n  title: 政府信息公开年报\n");
    for (int i = 1; i <= 12; i++) {
      boolean finance = i % 3 == 0;
      s.append("-- content/").append(finance ? "finance" : "policy").append("/n-").append(i).append(".md --\n")
          .append("---\ntitle: ")
          .append(i % 2 == 0 ? "关于做好2023年第" + i + "批次农村人居环境整治和村级公益事业建设一事一议财政奖补工作的通知" : "第" + i + "号公告")
          .append("\nindex_no: ").append(UNIT).append("/2023-").append(2030800 + i)
          .append("\npublisher: 示例镇\ngenerated: 2023-01-").append(String.format("%02d", i))
          .append("\npublished: 2023-02-").append(String.format("%02d", i))
          .append("\nscope: 全部公开\nchannel: 政府网站\ncolumn: ").append(finance ? "finance" : "policy")
          .append(i % 4 == 1 ? "\ndoc_no: 示政发〔2023〕" + i + "号" : "")
          .append("\n---\n\n正文").append(i).append("。\n");
    }
    return s.toString();
  }

  @BeforeAll
  static void start() throws Exception {
    Browser.requireInstalled();
    siteOut = dir.resolve("site");
    SiteBuilder.build(TestSite.write(dir.resolve("src"), siteText()), siteOut, LocalDate.of(2024, 6, 1));
    Path defaultOut = dir.resolve("default-site");
    SiteBuilder.build(TestSite.REPO, defaultOut);
    site = session.serve(siteOut);
    defaultSite = session.serve(defaultOut);
    Files.createDirectories(SHOTS);
    browser = session.browser();
  }

  @AfterAll
  static void stop() throws Exception {
    session.close();
  }

  @BeforeEach
  void phone() {
    browser.emulate(Browser.PHONE, "");
  }

  void open(String url, boolean care) {
    browser.open(site.url("robots.txt"));
    browser.js("localStorage.setItem('gongkai-care', arguments[0]);", care ? "1" : "0");
    browser.open(url);
  }

  // ---- the catalogue at 360 px ------------------------------------------------------------------------

  @ParameterizedTest(name = "关怀版 {0}")
  @ValueSource(booleans = {false, true})
  void catalogueFitsA360pxPhoneAndKeepsEachIndexNumberWhole(boolean care) throws Exception {
    open(site.url("catalogue/"), care);
    assertEquals(360, browser.number("return window.innerWidth;"));
    assertEquals(
        0, browser.number("return document.documentElement.scrollWidth - document.documentElement.clientWidth;"), "page scrolls sideways");
    @SuppressWarnings("unchecked")
    List<String> overflowing =
        (List<String>)
            browser.js(
                "var out = [];"
                    + "document.querySelectorAll('.catalogue-table tbody tr').forEach(function (tr, i) {"
                    + "  var r = tr.getBoundingClientRect();"
                    + "  if (r.left < 0 || r.right > window.innerWidth + 0.5 || tr.scrollWidth > tr.clientWidth) out.push('row ' + (i + 1) + ': ' + r.left + '..' + r.right);"
                    + "  tr.querySelectorAll('td, th').forEach(function (c) {"
                    + "    if (c.scrollWidth > c.clientWidth + 0.5) out.push('row ' + (i + 1) + ' ' + c.dataset.label + ' overflows');"
                    + "  });"
                    + "});"
                    + "var s = document.querySelector('.catalogue-scroll'); if (s.scrollWidth > s.clientWidth) out.push('table region scrolls');"
                    + "return out;");
    assertEquals(List.of(), overflowing);
    // Each piece (“11622301013932667J/”, “2023-2030801”) is on one line: a break, if any, is after the “/”.
    @SuppressWarnings("unchecked")
    List<String> broken =
        (List<String>)
            browser.js(
                "var out = [];"
                    + "document.querySelectorAll('.catalogue-table td.index-no').forEach(function (td) {"
                    + "  var pieces = td.querySelectorAll('.nobr');"
                    + "  if (pieces.length !== 2) out.push(td.textContent + ': ' + pieces.length + ' pieces');"
                    + "  pieces.forEach(function (p) {"
                    + "    var range = document.createRange(); range.selectNodeContents(p);"
                    + "    var tops = {}; Array.prototype.forEach.call(range.getClientRects(), function (r) { tops[Math.round(r.top)] = 1; });"
                    + "    if (Object.keys(tops).length !== 1) out.push(td.textContent + ': “' + p.textContent + '” broken over lines');"
                    + "  });"
                    + "});"
                    + "return out;");
    assertEquals(List.of(), broken);
    assertEquals(13.0, browser.number("return document.querySelectorAll('.catalogue-table td.index-no').length;"));
    // Phones: one block per entry with labelled fields, the title first.
    assertEquals("flex", browser.js("return getComputedStyle(document.querySelector('.catalogue-table tbody tr')).display;"));
    assertEquals(
        "索引号：",
        browser.js("return getComputedStyle(document.querySelector('.catalogue-table td.index-no'), '::before').content.replace(/\"/g, '');"));
    assertEquals(List.of(), browser.axeViolations(), "axe on the catalogue at 360 px" + (care ? ", 关怀版" : ""));
    Files.write(SHOTS.resolve("catalogue-360" + (care ? "-care" : "") + ".png"), browser.fullPagePng());
  }

  @Test
  void wideScreensKeepTheTable() throws Exception {
    browser.emulate(new Browser.Metrics(1280, 900), "");
    open(site.url("catalogue/"), false);
    assertEquals("table-row", browser.js("return getComputedStyle(document.querySelector('.catalogue-table tbody tr')).display;"));
    assertTrue(browser.number("return document.querySelector('.catalogue-table thead').getBoundingClientRect().height;") > 20, "header row shown");
    assertEquals(List.of(), browser.axeViolations());
    Files.write(SHOTS.resolve("catalogue-1280.png"), browser.fullPagePng());
  }

  // ---- search -------------------------------------------------------------------------------------------

  List<String> search(String query) {
    WebElement input = browser.driver.findElement(By.id("catalogue-q"));
    input.clear();
    browser.js("document.getElementById('catalogue-results').textContent = '';");
    input.sendKeys(query);
    WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(10));
    wait.until(d -> !d.findElement(By.id("catalogue-results")).getText().isEmpty());
    return browser.driver.findElements(By.cssSelector("#catalogue-results li a")).stream().map(WebElement::getText).toList();
  }

  @Test
  void searchMatchesTitlesIndexNumbersDocumentNumbersAndColumnNames() {
    open(site.url("catalogue/"), false);
    assertTrue(browser.driver.findElement(By.cssSelector(".catalogue-search")).isDisplayed());
    assertEquals(List.of("第9号公告", "第5号公告", "第1号公告"), search("示政发"));
    assertEquals(List.of("第5号公告"), search("〔2023〕5号"));
    List<String> finance = search("财政资金");
    assertEquals(4, finance.size(), finance.toString());
    assertEquals(List.of("第9号公告", "第3号公告"), finance.stream().filter(t -> t.endsWith("公告")).toList());
    assertEquals(List.of("示例县示例镇人民政府2023年政府信息公开工作年度报告"), search("年报"));
    assertEquals(List.of("第7号公告"), search("2030807"));
  }

  @Test
  void openedFromAFileSearchSaysWhyItCannotWorkAndTheListIsComplete() throws Exception {
    browser.open(siteOut.resolve("catalogue/index.html").toUri().toString());
    WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(10));
    // Said at once, before anything is typed …
    wait.until(d -> !d.findElement(By.id("catalogue-results")).getText().isEmpty());
    String text = browser.driver.findElement(By.id("catalogue-results")).getText();
    assertTrue(text.startsWith("本页是直接从电脑上的文件打开的，浏览器不允许这样使用搜索。网站放到网站服务器上"), text);
    assertTrue(text.contains("下方的目录照样列出全部信息"), text);
    assertFalse(text.contains("加载失败"), text);
    Files.write(SHOTS.resolve("catalogue-file.png"), browser.fullPagePng());
    // … and again after a search.
    WebElement input = browser.driver.findElement(By.id("catalogue-q"));
    browser.js("document.getElementById('catalogue-results').textContent = '';");
    input.sendKeys("公告");
    wait.until(d -> !d.findElement(By.id("catalogue-results")).getText().isEmpty());
    assertEquals(text, browser.driver.findElement(By.id("catalogue-results")).getText());
    assertEquals(13, browser.driver.findElements(By.cssSelector(".catalogue-table tbody tr")).size());
    assertEquals(List.of(), browser.axeViolations());
  }

  @Test
  void withoutJavaScriptTheListIsThereAndTheSearchBoxIsNot() {
    try (Browser noJs = Browser.start(false)) {
      noJs.open(site.url("catalogue/"));
      assertFalse(noJs.driver.findElement(By.cssSelector(".catalogue-search")).isDisplayed());
      assertEquals(13, noJs.driver.findElements(By.cssSelector(".catalogue-table tbody tr")).size());
      assertEquals(0, noJs.number("return document.documentElement.scrollWidth - document.documentElement.clientWidth;"));
    }
  }

  // ---- 示例地址，请勿张贴 ---------------------------------------------------------------------------------

  @Test
  void posterOfAPlaceholderAddressIsStampedAcrossItsCodeAndStillScans() throws Exception {
    browser.open(defaultSite.url("reports/2022/#poster"));
    WebElement code = browser.driver.findElement(By.cssSelector(".poster .qr-code"));
    WebElement stamp = browser.driver.findElement(By.cssSelector(".poster-qr .placeholder-stamp span"));
    assertEquals("示例地址，请勿张贴", stamp.getText());
    assertTrue(stamp.isDisplayed());
    @SuppressWarnings("unchecked")
    Map<String, Object> overlap =
        (Map<String, Object>)
            browser.js(
                "var c = arguments[0].getBoundingClientRect(), s = arguments[1].getBoundingClientRect();"
                    + "return {inside: s.left >= c.left - 1 && s.right <= c.right + 1 && s.top >= c.top && s.bottom <= c.bottom,"
                    + " across: arguments[1].offsetWidth > 0.7 * c.width, angle: getComputedStyle(arguments[1]).transform};",
                code, stamp);
    assertEquals(Boolean.TRUE, overlap.get("inside"), overlap.toString());
    assertEquals(Boolean.TRUE, overlap.get("across"), overlap.toString());
    assertTrue(!"none".equals(overlap.get("angle")), "diagonal: " + overlap);
    BufferedImage shot = browser.screenshot(code);
    ImageIO.write(shot, "png", SHOTS.resolve("poster-stamp-360.png").toFile());
    assertEquals("https://dongshan.gongkai.example/reports/2022/", Browser.decodeQr(shot));
    assertEquals(List.of(), browser.axeViolations(), "axe on the stamped poster");
    browser.emulateMedia("print");
    byte[] pdf = browser.printA4();
    browser.emulateMedia("");
    Files.write(SHOTS.resolve("poster-stamp-print.pdf"), pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertEquals(1, doc.getNumberOfPages());
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
      assertTrue(text.contains("示例地址，请勿张贴"), text);
      BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 150, ImageType.RGB);
      ImageIO.write(page, "png", SHOTS.resolve("poster-stamp-print.png").toFile());
      assertEquals("https://dongshan.gongkai.example/reports/2022/", Browser.decodeQr(page));
    }
  }

  @Test
  void qrCardsOfAPlaceholderAddressAreStampedAndStillScan() throws Exception {
    browser.open(defaultSite.url("qr/"));
    List<WebElement> cards = browser.driver.findElements(By.cssSelector(".qr-card"));
    assertTrue(cards.size() >= 4);
    for (WebElement card : cards) {
      assertEquals("示例地址，请勿张贴", card.findElement(By.cssSelector(".placeholder-stamp")).getText());
      String url = card.findElement(By.cssSelector(".qr-url")).getText();
      BufferedImage shot = browser.screenshot(card.findElement(By.cssSelector("svg")));
      ImageIO.write(shot, "png", SHOTS.resolve("qr-card-stamped-" + cards.indexOf(card) + ".png").toFile());
      assertEquals(url, Browser.decodeQr(shot), url);
    }
    assertEquals(List.of(), browser.axeViolations(), "axe on 扫码看专栏 with stamps");
    Files.write(SHOTS.resolve("qr-cards-stamped-360.png"), browser.fullPagePng());
    byte[] pdf = browser.printA4();
    Files.write(SHOTS.resolve("qr-cards-stamped-print.pdf"), pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      Set<String> decoded = new TreeSet<>();
      PDFRenderer renderer = new PDFRenderer(doc);
      int stamps = 0;
      for (int i = 0; i < doc.getNumberOfPages(); i++) {
        BufferedImage page = renderer.renderImageWithDPI(i, 150, ImageType.RGB);
        ImageIO.write(page, "png", SHOTS.resolve("qr-cards-stamped-print-" + (i + 1) + ".png").toFile());
        try {
          for (Result r : new QRCodeMultiReader().decodeMultiple(Browser.bitmap(page), Map.of(DecodeHintType.TRY_HARDER, true))) {
            decoded.add(r.getText());
          }
        } catch (NotFoundException e) {
          // a page without codes
        }
      }
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
      for (int at = text.indexOf("示例地址，请勿张贴"); at >= 0; at = text.indexOf("示例地址，请勿张贴", at + 1)) {
        stamps++;
      }
      assertEquals(cards.size() + 1, stamps, "every card's stamp prints, and the notice above them");
      assertEquals(cards.size() + 1, decoded.size(), "every stamped card's code (and the page's own) reads from the printout: " + decoded);
    }
  }

  @Test
  void aRealAddressHasNoStamp() {
    open(site.url("catalogue/#poster"), false);
    assertTrue(browser.driver.findElements(By.cssSelector(".placeholder-stamp")).isEmpty());
  }
}
