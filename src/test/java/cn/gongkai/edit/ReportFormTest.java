package cn.gongkai.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.TestSite;
import cn.gongkai.diag.UserError;
import cn.gongkai.report.ReportFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The form of a new year, its fields, and what Save writes for it (compared with a hand-written file). */
class ReportFormTest {
  @TempDir Path site;

  /** Table 三 of a new 2023 report as a webmaster types it: figures, zeros, one empty cell, one 待核对, one word. */
  static ReportForm typedTable3(ReportForm form) {
    Map<String, String> cells = new LinkedHashMap<>();
    cells.put("applications.received.0", "7");
    cells.put("applications.received.1", "2");
    cells.put("applications.received.5", "");
    cells.put("applications.carried_over.0", "1");
    cells.put("applications.results.disclosed.0", "4");
    cells.put("applications.results.disclosed.1", "2");
    cells.put("applications.results.partially_disclosed.0", "1");
    cells.put("applications.results.withheld.third_party_rights.0", "待核对");
    cells.put("applications.results.unavailable.not_held.0", "2");
    cells.put("applications.results.other.other.5", "3件");
    cells.put("applications.carried_forward.0", " 1 ");
    for (Map.Entry<String, String> e : cells.entrySet()) {
      assertTrue(form.fields().containsKey(e.getKey()), e.getKey());
      form = form.with(e.getKey(), e.getValue());
    }
    return form;
  }

  @Test
  void aNewYearsTable3IsWrittenInTheDocumentedLayout() throws Exception {
    ReportFormRoundTripTest.copySite(site);
    ReportForm form = ReportForms.load(site, 2023);
    assertEquals("", form.base(), "no files yet");
    assertEquals(ReportFormat.F2021, form.format());
    assertEquals("0", form.value("applications.results.disclosed.3"), "new-report's zeros");
    assertEquals("华容县东山镇人民政府", form.value("organ"));
    assertEquals("006383401N/2024-1", form.value("index_no"), "the next free 索引号 of the year it is published in, as new-item gives");
    ReportTexts texts = ReportForms.texts(site, typedTable3(form));
    assertEquals(TestSite.resource("edit/report/new-2023-table3.yaml"), texts.yaml());
  }

  @Test
  void aNewYearsNarrativeIsWhatNewReportWrites() throws Exception {
    ReportFormRoundTripTest.copySite(site);
    ReportForm form = ReportForms.load(site, 2023);
    assertTrue(form.value("section.5").startsWith("<!-- 写明本年度工作存在的主要问题"), form.value("section.5"));
    assertEquals(cn.gongkai.scaffold.ReportScaffold.markdown(2023), ReportForms.texts(site, form).markdown());
    String md = ReportForms.texts(site, form.with("section.2", "本年度主动公开政府信息 120 条。")).markdown();
    assertTrue(md.contains("## 二、主动公开政府信息情况\n\n本年度主动公开政府信息 120 条。\n\n## 三、"), md);
  }

  @Test
  void fieldNamesFollowTheFileOrderOfEachFormat() {
    List<String> f2021 = ReportForms.fieldNames(ReportFormat.F2021);
    assertEquals(List.of("title", "organ", "publisher", "index_no", "generated", "published", "scope", "channel", "signed_on"), f2021.subList(0, 9));
    assertEquals("active.regulations.issued", f2021.get(9));
    assertTrue(f2021.contains("active.licensing"));
    assertTrue(f2021.contains("applications.results.other.no_correction.5"));
    assertTrue(f2021.indexOf("applications.received.5") < f2021.indexOf("applications.carried_over.0"));
    assertTrue(f2021.indexOf("reviews.litigation_after_review.pending") < f2021.indexOf("section.1"));
    assertEquals("section.6", f2021.get(f2021.size() - 1));
    assertFalse(f2021.contains("applications.received.6"), "a declared total only where a file has one");
    assertFalse(f2021.contains("reviews.review.total"));
    List<String> f2019 = ReportForms.fieldNames(ReportFormat.F2019);
    assertTrue(f2019.contains("applications.results.other.0"));
    assertTrue(f2019.contains("active.procurement.amount"));
    assertEquals(9 + 3 * 2 + 3 * 4 + 2 + 2 + 6 * 22 + 4 * 3 + 6, f2019.size(), "meta, 表二, 22 rows of 表三, 表四, sections");
  }

  @Test
  void fromRequestTakesTheFormatsFieldsAndIgnoresOthers() throws Exception {
    ReportFormRoundTripTest.copySite(site);
    Map<String, String> params = new LinkedHashMap<>();
    params.put("applications.received.0", "3");
    params.put("section.1", "第一段\r\n第二段");
    params.put("../../etc/passwd", "x");
    params.put("applications.received.6", "3");
    params.put("format", "2021");
    ReportForm form = ReportForms.fromRequest(site, 2023, params);
    assertEquals("3", form.value("applications.received.0"));
    assertEquals("第一段\n第二段", form.value("section.1"));
    assertEquals("3", form.value("applications.received.6"), "a declared total posted is kept");
    assertFalse(form.fields().containsKey("../../etc/passwd"));
    assertEquals("", form.value("applications.carried_over.0"), "a field not posted is empty");
    assertEquals(ReportForms.fieldNames(ReportFormat.F2021).size() + 1, form.fields().size());
    assertTrue(ReportForms.texts(site, form).yaml().contains("[3, ~, ~, ~, ~, ~, 3]"));
  }

  @Test
  void onlyAPlausibleYearsFilesAreRead() throws Exception {
    ReportFormRoundTripTest.copySite(site);
    for (int year : new int[] {1989, 2101, 99, -2022}) {
      UserError e = assertThrows(UserError.class, () -> ReportForms.load(site, year));
      assertEquals(UserError.Kind.REFUSED, e.kind());
      assertTrue(e.getMessage().contains("年度 " + year + " 不合理"), e.getMessage());
    }
    assertThrows(UserError.class, () -> ReportForms.fromRequest(site, 20222, Map.of()));
    UserError base = assertThrows(UserError.class, () -> ReportForms.fromRequest(site, 2022, Map.of("base", "../x")));
    assertTrue(base.getMessage().contains("base"), base.getMessage());
  }

  @Test
  void aReportFileThatIsASymbolicLinkIsRefused() throws Exception {
    ReportFormRoundTripTest.copySite(site);
    Path outside = Files.writeString(site.resolve("outside.yaml"), "year: 2024\n");
    Files.createSymbolicLink(site.resolve("content/reports/2024.yaml"), outside);
    UserError e = assertThrows(UserError.class, () -> ReportForms.load(site, 2024));
    assertTrue(e.getMessage().contains("符号链接"), e.getMessage());
  }

  @Test
  void aFileThatIsNotYamlIsRefusedWithItsPlace() throws Exception {
    ReportFormRoundTripTest.copySite(site);
    Files.writeString(site.resolve("content/reports/2024.yaml"), "year: 2024\nactive: {licensing: [1, 2\n");
    UserError e = assertThrows(UserError.class, () -> ReportForms.load(site, 2024));
    assertEquals(UserError.Kind.REFUSED, e.kind());
    assertTrue(e.getMessage().startsWith("content/reports/2024.yaml 无法按 YAML 读取") && e.getMessage().contains("content/reports/2024.yaml:"), e.getMessage());
  }
}
