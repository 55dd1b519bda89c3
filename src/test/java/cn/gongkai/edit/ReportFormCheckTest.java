package cn.gongkai.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.build.SiteBuilder;
import cn.gongkai.diag.Finding;
import cn.gongkai.diag.Rule;
import cn.gongkai.diag.UserError;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check on a form as typed: the report rules' findings (as {@code gongkai check} gives them), each with its field. */
class ReportFormCheckTest {
  static final String FILE = "content/reports/2023.yaml";

  @TempDir Path site;

  @BeforeEach
  void copySite() throws Exception {
    ReportFormRoundTripTest.copySite(site);
  }

  /** A new 2023 report whose 自然人 column has 一 5 + 二 0 ≠ （七）总计 3 + 四 1. */
  ReportForm unbalanced() throws Exception {
    return ReportForms.load(site, 2023)
        .with("applications.received.0", "5")
        .with("applications.results.disclosed.0", "3")
        .with("applications.carried_forward.0", "1");
  }

  static List<FieldFinding> of(Checked c, Rule rule) {
    return c.findings().stream().filter(f -> f.finding().rule() == rule && f.finding().pos().file().equals(FILE)).toList();
  }

  @Test
  void t301IsGivenToTheReceivedCellOfItsColumnAndGoesOnceFixed() throws Exception {
    Checked broken = ReportForms.check(site, unbalanced());
    assertNotNull(broken.report());
    List<FieldFinding> t301 = of(broken, Rule.T3_01);
    assertEquals(2, t301.size(), () -> t301.toString()); // the 自然人 column, and the 总计 column that sums it
    assertEquals("applications.received.0", t301.get(0).field());
    assertTrue(t301.get(0).finding().message().contains("“自然人”列"), t301.get(0).finding().message());
    assertEquals("applications.received.0", t301.get(1).field(), "the 总计 column has no cell of its own: the row's first");

    Checked fixed = ReportForms.check(site, unbalanced().with("applications.carried_forward.0", "2"));
    assertEquals(List.of(), of(fixed, Rule.T3_01));
  }

  @Test
  void anEmptyCellAndAToVerifyCellGiveFmt03OnExactlyThatField() throws Exception {
    ReportForm form = ReportForms.load(site, 2023).with("applications.results.disclosed.3", "").with("reviews.review.corrected", "待核对");
    List<FieldFinding> fmt03 = of(ReportForms.check(site, form), Rule.FMT_03).stream().filter(f -> f.field().contains(".")).toList();
    assertEquals(List.of("applications.results.disclosed.3", "reviews.review.corrected"), fmt03.stream().map(FieldFinding::field).toList());
    assertTrue(fmt03.get(0).finding().message().contains("“社会公益组织”列是空白"), fmt03.get(0).finding().message());
    assertTrue(fmt03.get(1).finding().toVerify());
  }

  @Test
  void wordsInACellAreNamedNotDropped() throws Exception {
    ReportForm form = ReportForms.load(site, 2023).with("active.licensing", "十二件");
    Checked c = ReportForms.check(site, form);
    FieldFinding f = of(c, Rule.FMT_03).stream().filter(x -> x.field().equals("active.licensing")).findFirst().orElseThrow();
    assertTrue(f.finding().message().contains("实际是文字“十二件”"), f.finding().message());
    assertTrue(c.texts().yaml().contains("  licensing:           \"十二件\""), c.texts().yaml());
  }

  @Test
  void metadataAndNarrativeFindingsNameTheirFields() throws Exception {
    Checked c = ReportForms.check(site, ReportForms.load(site, 2023).with("section.1", "本年度工作情况如下。").with("index_no", "006383401N/2024-待填写"));
    List<String> fields = c.findings().stream().map(FieldFinding::field).toList();
    assertTrue(fields.contains("index_no") && fields.contains("generated") && fields.contains("published"), fields.toString());
    assertTrue(fields.contains("section.5") && !fields.contains("section.1"), fields.toString());
    assertTrue(c.findings().stream().filter(f -> f.finding().pos().file().startsWith("content/reports/2022.")).allMatch(f -> f.field().isEmpty()),
        "another year's findings belong to no field");
  }

  /** The same findings about the report files as {@code gongkai check} once the texts are saved. */
  @Test
  void theFindingsAreThoseOfCheckOnTheSavedFiles() throws Exception {
    ReportForm form = unbalanced().with("applications.results.disclosed.3", "");
    Checked c = ReportForms.check(site, form);
    assertTrue(ReportForms.save(site, form) instanceof SaveResult.Saved);
    UserError e = assertThrows(UserError.class, () -> SiteBuilder.check(site, false));
    assertEquals(reportLines(e.findings()), reportLines(c.findings().stream().map(FieldFinding::finding).toList()));
  }

  private static List<String> reportLines(List<Finding> findings) {
    return findings.stream().filter(f -> f.pos().file().startsWith("content/reports/")).map(Finding::format).sorted().toList();
  }
}
