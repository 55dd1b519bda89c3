package cn.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.importer.ImportFixtures.Loaded;
import cn.gongkai.report.AnnualReport;
import cn.gongkai.report.Narrative;
import cn.gongkai.report.ReportFormat;
import cn.gongkai.yaml.Num;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The golden test: the real seed (the county page flattened to text, one cell per line) imports to
 * exactly the figures, blanks and metadata of content/reports/2022.yaml, and its narrative's sections
 * 一 and 五 to the text of content/reports/2022.md.
 */
class SeedImportTest {
  @TempDir Path dir;

  private ImportedReport importSeed() throws Exception {
    return ReportImporter.read(ImportFixtures.text("seed.txt", ImportFixtures.resource("seed/dongshan-2022.txt")), OptionalInt.empty());
  }

  @Test
  void seedImportsToTheFiguresOf2022Yaml() throws Exception {
    ImportedReport imported = importSeed();
    assertEquals(2022, imported.year());
    assertEquals(ReportFormat.F2019, imported.format(), "the seed is a 2022 report in the 2019 format");
    Loaded got = ImportFixtures.load(dir, imported);
    Loaded want = ImportFixtures.loadFrom(ImportFixtures.REPO, ImportFixtures.REPO.resolve("content/reports/2022.yaml"));
    AnnualReport g = got.report();
    AnnualReport w = want.report();
    assertTrue(g.complete(), () -> "the imported YAML loads without errors other than blanks:\n" + got.findings().summary());
    assertEquals(w.year(), g.year());
    assertEquals(w.format(), g.format());
    assertTrue(g.formatDeclared());
    assertEquals(w.organ(), g.organ());
    assertEquals(w.meta().indexNo(), g.meta().indexNo());
    assertEquals(w.meta().publisher(), g.meta().publisher());
    assertEquals(w.meta().generated(), g.meta().generated());
    assertEquals(w.meta().published(), g.meta().published());
    assertEquals(w.meta().scope(), g.meta().scope());
    assertEquals(w.meta().channel(), g.meta().channel());
    assertEquals(w.signedOn(), g.signedOn());

    assertEquals(w.active().rows().size(), g.active().rows().size());
    for (int i = 0; i < w.active().rows().size(); i++) {
      AnnualReport.ActiveEntry a = w.active().rows().get(i);
      AnnualReport.ActiveEntry b = g.active().rows().get(i);
      assertEquals(a.row(), b.row());
      assertEquals(values(a.values()), values(b.values()), a.row().label());
    }
    assertEquals(w.applications().rows().size(), g.applications().rows().size());
    for (int i = 0; i < w.applications().rows().size(); i++) {
      AnnualReport.ApplicationEntry a = w.applications().rows().get(i);
      AnnualReport.ApplicationEntry b = g.applications().rows().get(i);
      assertEquals(a.row(), b.row());
      assertEquals(values(a.cells()), values(b.cells()), a.row().fullLabel());
      assertTrue(b.hasBlank(), "table 三 was published blank");
    }
    for (int i = 0; i < w.reviews().groups().size(); i++) {
      assertEquals(values(w.reviews().groups().get(i).values()), values(g.reviews().groups().get(i).values()));
      assertTrue(g.reviews().groups().get(i).hasBlank(), "table 四 was published blank");
    }
    assertTrue(imported.yaml().contains("\napplications: ~\n") && imported.yaml().contains("\nreviews: ~\n"));
    // 22 figures in table 二; tables 三 (23 rows × 7, （七）总计 included) and 四 (3 × 5) blank.
    assertEquals(new Tally(22, 23 * 7 + 15, 0), imported.tally());
    assertTrue(imported.findings().isEmpty(), () -> imported.findings().toString());
  }

  @Test
  void seedNarrativeSectionsOneAndFiveAreThoseOf2022Md() throws Exception {
    ImportedReport imported = importSeed();
    Loaded got = ImportFixtures.load(dir, imported);
    Loaded want = ImportFixtures.loadFrom(ImportFixtures.REPO, ImportFixtures.REPO.resolve("content/reports/2022.yaml"));
    for (int n : new int[] {1, 5}) {
      Narrative.Section a = want.report().narrative().section(n).orElseThrow();
      Narrative.Section b = got.report().narrative().section(n).orElseThrow();
      assertEquals(a.title(), b.title());
      assertEquals(flat(a.markdown()), flat(b.markdown()), "section " + n);
    }
    String md = imported.markdown();
    for (String chrome : List.of("来源", "浏览量", "扫一扫", "索引号", "东山镇2022年政务公开工作报告", "第二十条", "结果维持", "本年新收")) {
      assertTrue(!md.contains(chrome), "no page chrome or table text in the narrative: " + chrome);
    }
    assertTrue(got.report().narrative().section(6).isEmpty(), "section 六 is missing in the original and stays missing");
  }

  /** Text without whitespace and HTML comments. */
  private static String flat(String markdown) {
    return markdown.replaceAll("(?s)<!--.*?-->", "").replaceAll("\\s+", "");
  }

  private static List<String> values(List<Num> nums) {
    return nums.stream().map(n -> n.isBlank() ? "~" : n.plain()).toList();
  }
}
