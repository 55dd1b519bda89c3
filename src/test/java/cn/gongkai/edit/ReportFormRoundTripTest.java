package cn.gongkai.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.TestSite;
import cn.gongkai.importer.ReportImport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code load} then {@code texts} gives the files back byte for byte when they are in the documented
 * layout: the site's own 2022 report (a hand-kept archive with {@code acknowledged}, source comments and
 * tables left blank), and every real published report as {@code import} writes it (待核对 cells, the raw
 * text in row comments, declared totals, variant headings).
 */
class ReportFormRoundTripTest {
  @TempDir Path site;

  static Path copySite(Path to) throws Exception {
    TestSite.copyTree(TestSite.REPO.resolve("content"), to.resolve("content"));
    return to;
  }

  @Test
  void theSitesOwn2022ReportComesBackByteForByte() throws Exception {
    copySite(site);
    assertRoundTrip(site, 2022);
  }

  /** Every real published report of src/test/resources/import/real (shapes.tsv), as import writes it. */
  @Test
  void everyImportedRealReportComesBackByteForByte() throws Exception {
    Path real = TestSite.REPO.resolve("src/test/resources/import/real");
    int checked = 0;
    for (String line : Files.readAllLines(real.resolve("shapes.tsv"))) {
      String[] f = line.split("\t");
      if (line.startsWith("#") || f.length < 2 || f[1].equals("refused")) {
        continue;
      }
      Path one = Files.createDirectories(site.resolve(f[0].replace('/', '-')));
      TestSite.copyTree(TestSite.REPO.resolve("content"), one.resolve("content"));
      for (String name : List.of("2022.yaml", "2022.md")) {
        Files.delete(one.resolve("content/reports").resolve(name)); // the real 2022 reports go where the site's own is
      }
      var written = ReportImport.run(List.of(real.resolve(f[0])), one, one.resolve("content/reports"), OptionalInt.empty()).written();
      assertRoundTrip(one, written.get(0).report().year());
      checked++;
    }
    assertEquals(13, checked, "every source in shapes.tsv but the refused one");
  }

  static void assertRoundTrip(Path site, int year) throws Exception {
    Path folder = site.resolve("content/reports");
    ReportTexts texts = ReportForms.texts(site, ReportForms.load(site, year));
    assertEquals(Files.readString(folder.resolve(year + ".yaml")), texts.yaml(), year + ".yaml");
    assertEquals(Files.readString(folder.resolve(year + ".md")), texts.markdown(), year + ".md");
  }

  /**
   * The 2021-format fixture is not in the documented layout (no label comments, {@code licensing: 12}
   * not aligned): texts rewrites it in the layout, with the same figures, and that text then comes back
   * byte for byte. Its narrative is kept as it stands.
   */
  @Test
  void the2021FixtureIsRewrittenInTheLayoutOnceThenComesBackByteForByte() throws Exception {
    copySite(site);
    Path folder = site.resolve("content/reports");
    Files.writeString(folder.resolve("2023.yaml"), TestSite.resource("fixtures/report-2021.yaml"));
    Files.writeString(folder.resolve("2023.md"), TestSite.resource("fixtures/report-2021.md"));
    ReportForm before = ReportForms.load(site, 2023);
    ReportTexts texts = ReportForms.texts(site, before);
    assertEquals(TestSite.resource("fixtures/report-2021.md"), texts.markdown());
    assertTrue(texts.yaml().contains("\n  licensing:           12" + " ".repeat(43) + "# 行政许可\n"), texts.yaml());
    Files.writeString(folder.resolve("2023.yaml"), texts.yaml());
    assertEquals(before.fields(), ReportForms.load(site, 2023).fields(), "the same figures");
    assertRoundTrip(site, 2023);
  }
}
