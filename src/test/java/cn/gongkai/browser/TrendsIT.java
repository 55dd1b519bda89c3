package cn.gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.TestSite;
import cn.gongkai.build.SiteBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 历年对比 in Chromium, on the four-year site of src/test/resources/trends/: the reports index with its charts and
 * a report page with “与上年对比” — no sideways scrolling at 360 px, axe with the table rules, the charts' own
 * accessible names, printed on A4 with their numbers, screenshots at 360 and 1280 px.
 */
class TrendsIT {
  static final Path SHOTS = Path.of("target/screenshots");
  static final Session session = new Session();
  @TempDir static Path dir;
  static StaticServer site;
  static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    Browser.requireInstalled();
    StringBuilder text = new StringBuilder("-- content/site.yaml --\n").append(TestSite.resource("trends/site.yaml"));
    for (int year = 2019; year <= 2022; year++) {
      text.append("-- content/reports/").append(year).append(".yaml --\n").append(TestSite.resource("trends/" + year + ".yaml"));
      text.append("-- content/reports/").append(year).append(".md --\n").append(TestSite.resource("trends/" + year + ".md"));
    }
    Path out = dir.resolve("site");
    SiteBuilder.build(TestSite.write(dir.resolve("src"), text.toString()), out);
    site = session.serve(out);
    browser = session.browser();
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() throws Exception {
    session.close();
  }

  @Test
  void theIndexWithChartsOnAPhone() throws Exception {
    browser.emulate(Browser.PHONE, "");
    browser.open(site.url("reports/"));
    assertTrue(browser.number("return document.documentElement.scrollWidth;") <= Browser.WIDTH, "the index scrolls sideways at 360 px");
    assertEquals(17.0, browser.number("return document.querySelectorAll('figure.trend svg[role=img]').length;"));
    // every chart is named by its own title and description
    Object unnamed = browser.js(
        "return Array.from(document.querySelectorAll('figure.trend svg')).filter(s => { var ids = (s.getAttribute('aria-labelledby') || '').split(' ');"
            + " return ids.length < 2 || ids.some(id => !document.getElementById(id) || !s.contains(document.getElementById(id))); }).length;");
    assertEquals(0L, unnamed);
    // every word and number of a chart is legible on the phone: its font at least 12 CSS px as drawn (user units × the chart's scale)
    double smallest = browser.number(
        "var min = 99; document.querySelectorAll('figure.trend svg').forEach(s => { var scale = s.getBoundingClientRect().width / s.viewBox.baseVal.width;"
            + " s.querySelectorAll('text').forEach(t => { var px = parseFloat(getComputedStyle(t).fontSize) * scale; if (px < min) min = px; }); }); return min;");
    assertTrue(smallest >= 12, "chart text drawn at " + smallest + " px on a 360 px phone");
    List<String> violations = browser.axeViolations();
    assertEquals(List.of(), violations, String.join("\n", violations));
    Files.write(SHOTS.resolve("reports-trends-360.png"), browser.fullPagePng());
    // the page is taller than most image viewers open: the figures a reader checks first, one by one
    for (String id : List.of("received", "disclosed", "normative_documents_in_force")) {
      javax.imageio.ImageIO.write(browser.screenshot(browser.driver.findElement(org.openqa.selenium.By.id("trend-" + id))), "png", SHOTS.resolve("reports-trends-360-" + id + ".png").toFile());
    }
  }

  @Test
  void theIndexWithChartsOnADesktopAndPrinted() throws Exception {
    browser.emulate(new Browser.Metrics(1280, 900), "");
    browser.open(site.url("reports/"));
    assertTrue(browser.number("return document.documentElement.scrollWidth;") <= 1280);
    assertEquals(List.of(), browser.axeViolations());
    Files.write(SHOTS.resolve("reports-trends-1280.png"), browser.fullPagePng());
    byte[] pdf = browser.printA4();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("本年新收政府信息公开申请数量") && text.contains("原表空白") && text.contains("2022年"), text);
    }
  }

  @Test
  void aReportComparedWithLastYear() throws Exception {
    browser.emulate(Browser.PHONE, "");
    browser.open(site.url("reports/2022/"));
    assertTrue(browser.number("return document.documentElement.scrollWidth;") <= Browser.WIDTH, "the report scrolls sideways at 360 px");
    assertTrue(browser.number("return document.querySelectorAll('.year-compare-findings li').length;") == 3);
    List<String> violations = browser.axeViolations();
    assertEquals(List.of(), violations, String.join("\n", violations));
  }
}
