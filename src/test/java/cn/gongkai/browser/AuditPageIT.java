package cn.gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.audit.AuditFixtures;
import cn.gongkai.audit.AuditPage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit page in Chromium: no sideways scrolling at 360 px (the summary table as cards), no axe violation, printed on A4. */
class AuditPageIT {
  @TempDir Path dir;

  @Test
  void readableAt360pxAndPrintsOnA4() throws Exception {
    Path page = dir.resolve("体检结果.html");
    Files.writeString(page, AuditPage.html(AuditFixtures.sample(Files.createDirectories(dir.resolve("reports")))), StandardCharsets.UTF_8);
    try (Browser browser = Browser.start(true)) { // the page has no script of its own; axe needs scripts on
      browser.open(page.toUri().toString());
      double scrollWidth = browser.number("return document.documentElement.scrollWidth;");
      assertTrue(scrollWidth <= Browser.WIDTH, "page scrolls sideways at 360 px: " + scrollWidth);
      // the summary is cards: each row as wide as the page, its cells stacked
      assertEquals("block", browser.js("return getComputedStyle(document.querySelector('table.summary tr')).display;"));
      List<String> violations = browser.axeViolations();
      assertEquals(List.of(), violations, String.join("\n", violations));
      byte[] pdf = browser.printA4();
      try (PDDocument doc = Loader.loadPDF(pdf)) {
        PDRectangle box = doc.getPage(0).getMediaBox();
        assertEquals(PDRectangle.A4.getWidth(), box.getWidth(), 2, "A4 width");
        assertEquals(PDRectangle.A4.getHeight(), box.getHeight(), 2, "A4 height");
        String text = new PDFTextStripper().getText(doc);
        // the level and rule columns are not broken inside a word
        assertTrue(text.contains("警告") && text.contains("SIM-01") && text.contains("X-01"), text);
      }
    }
  }
}
