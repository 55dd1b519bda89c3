package cn.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.diag.UserError;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * POI and PDFBox say nothing on the console while a report is read: not Log4j's “could not find a
 * logging provider” (POI logs through the Log4j API), not PDFBox's warnings about fonts it does not
 * find or damaged files it repairs. Run in a JVM of its own, since the first use of each library is
 * what prints.
 */
class SourcesQuietIT {
  @Test
  void readingWordAndPdfFilesGoodAndBadPrintsNothing() throws Exception {
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), SourcesQuietIT.class.getName())
            .redirectErrorStream(true)
            .start();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "did not end");
    String printed = new String(out, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), printed);
    assertEquals("", printed);
  }

  /** Reads each kind, good and broken; prints only if something is wrong. */
  public static void main(String[] args) throws Exception {
    ByteArrayOutputStream docx = new ByteArrayOutputStream();
    try (XWPFDocument d = new XWPFDocument()) {
      d.createParagraph().createRun().setText("一、总体情况");
      d.createTable(2, 2).getRow(0).getCell(0).setText("规章");
      d.write(docx);
    }
    expect(1, Sources.read("a.docx", docx.toByteArray()).lines().size() - 1);
    // a Chinese font the PDF does not embed: PDFBox would warn and scan the system's fonts
    byte[] pdf = TestPdfs.chinese(List.of(new TestPdfs.Text(50, 700, "（一）予以公开"), new TestPdfs.Text(250, 700, "5")));
    expect(1, Sources.read("a.pdf", pdf).lines().size());
    byte[] broken = java.util.Arrays.copyOf(pdf, pdf.length - 200);
    try {
      Sources.read("repaired.pdf", broken); // PDFBox repairs a cut-off xref, and would say so
    } catch (UserError e) {
      // read or refused: either way nothing printed
    }
    for (var bad : List.of(
        List.of("b.docx", "PK\u0003\u0004 garbage"),
        List.of("b.pdf", "%PDF-1.4 garbage"))) {
      try {
        Sources.read(bad.get(0), bad.get(1).getBytes(StandardCharsets.ISO_8859_1));
        throw new AssertionError("read: " + bad.get(0));
      } catch (UserError e) {
        expect(1, e.kind() == UserError.Kind.REFUSED ? 1 : 0);
      }
    }
    try {
      Sources.read("locked.pdf", TestPdfs.encrypted());
      throw new AssertionError("read: locked.pdf");
    } catch (UserError e) {
      expect(1, e.kind() == UserError.Kind.REFUSED ? 1 : 0);
    }
  }

  private static void expect(int expected, int actual) {
    if (expected != actual) {
      throw new AssertionError(expected + " != " + actual);
    }
  }
}
