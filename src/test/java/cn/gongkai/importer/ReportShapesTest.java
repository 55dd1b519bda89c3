package cn.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.diag.Finding;
import cn.gongkai.diag.Level;
import cn.gongkai.diag.Rule;
import cn.gongkai.diag.UserError;
import cn.gongkai.importer.ImportFixtures.Loaded;
import cn.gongkai.report.ReportFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shapes of spec §4, each from a small synthetic report (clearly 示例, figures invented): every
 * cell as the expected YAML under expected/ says (read, {@code ~} or 待核对), the tally, the LBL-01
 * findings, and the written YAML loading with the real loader with no error but the 待核对 and blank ones.
 */
class ReportShapesTest {
  private static final String DIR = "import/reader/";

  @TempDir Path dir;

  private static ImportedReport read(SourceDoc doc) throws UserError {
    return ReportImporter.read(doc, OptionalInt.empty());
  }

  private static void assertFigures(String expected, ImportedReport imported) throws Exception {
    Map<String, String> want = ImportFixtures.data(expected, ImportFixtures.resource(DIR + "expected/" + expected));
    Map<String, String> got = ImportFixtures.data("imported.yaml", imported.yaml());
    assertEquals(want, got, () -> "imported:\n" + imported.yaml());
  }

  /**
   * The import loads with ReportLoader; its only errors are FMT-03 for the cells written 待核对 or ~, and
   * for metadata the original does not give (omitted, never invented: check names it).
   */
  private Loaded assertLoads(ImportedReport imported) throws Exception {
    Loaded loaded = ImportFixtures.load(dir, imported);
    for (Finding f : loaded.findings().all()) {
      if (f.level() == Level.ERROR) {
        assertEquals(Rule.FMT_03, f.rule(), f.format());
        boolean metadata = f.message().contains("缺少必填项") && List.of("index_no", "publisher", "generated", "published", "scope", "channel").stream().anyMatch(k -> f.message().contains("“" + k + "”"));
        assertTrue(f.message().contains("待核对") || f.message().contains("空白") || metadata, f.format());
      }
    }
    long unverified = loaded.findings().all().stream().filter(f -> f.message().contains("待核对")).count();
    assertEquals(imported.tally().toVerify(), unverified, "one FMT-03 per 待核对 cell");
    return loaded;
  }

  private static List<Finding> lbl(ImportedReport r) {
    return r.findings().stream().filter(f -> f.rule() == Rule.LBL_01).toList();
  }

  @Test
  void pdfTextLayer2021() throws Exception {
    String text = ImportFixtures.resource(DIR + "pdf-2021.txt");
    ImportedReport r = read(ImportFixtures.text("pdf-2021.txt", text));
    assertEquals(ReportFormat.F2021, r.format());
    assertEquals(2023, r.year());
    assertFigures("2023-pdf.yaml", r);
    // 10 cells of 二, 25 rows × 7 of 三 (（七）总计 included), 15 of 四: all read, the wrapped labels,
    // the vertical 三、本年度办理结果, the page footers, full-width digits and 0.092 included.
    assertEquals(new Tally(200, 0, 0), r.tally());
    List<Finding> lbl = lbl(r);
    assertEquals(1, lbl.size(), lbl::toString);
    assertTrue(lbl.get(0).message().contains("“2.其他法律行政止公开”") && lbl.get(0).message().contains("“2.其他法律行政法规禁止公开”"), lbl.get(0).message());
    assertEquals(41, lbl.get(0).pos().line());
    assertEquals("pdf-2021.txt", lbl.get(0).pos().file());
    assertTrue(r.yaml().contains("原文标签：“2.其他法律行政止公开”"), "the original label is kept in the row's comment");
    Loaded loaded = assertLoads(r);
    assertEquals(java.time.LocalDate.of(2024, 1, 19), loaded.report().signedOn());
    assertEquals("示例县示例镇人民政府", loaded.report().organ());
    String md = r.markdown();
    assertTrue(md.contains("领导小组的指导下稳步推进，全年主动公开政府信息120条。"), md);
    for (String leak : List.of("第 4 页", "- 3 -", "本年制发件数", "结果维持", "示例县示例镇人民政府\n")) {
      assertFalse(md.contains(leak), "no table text, footer or signatory in the narrative: " + leak);
    }
    assertEquals("本年度未收取信息处理费。", loaded.report().narrative().section(6).orElseThrow().markdown().replaceAll("(?s)<!--.*?-->", "").strip());
  }

  @Test
  void oneCellPerLineReadsTheSameFigures() throws Exception {
    ImportedReport r = read(ImportFixtures.oneCellPerLine("pdf-2021-cells.txt", ImportFixtures.resource(DIR + "pdf-2021.txt")));
    assertFigures("2023-pdf.yaml", r);
    assertEquals(new Tally(200, 0, 0), r.tally());
    assertEquals(1, lbl(r).size(), () -> lbl(r).toString());
  }

  @Test
  void pipeTablesFromAPdfConverter2019() throws Exception {
    ImportedReport r = read(ImportFixtures.pipes("pipes-2019.md", ImportFixtures.resource(DIR + "pipes-2019.md")));
    assertEquals(ReportFormat.F2019, r.format());
    assertEquals(2020, r.year());
    assertFigures("2020-pipes.yaml", r);
    // 二: 22 cells, one left blank; 三: 23 rows × 7, one row a cell short (7 待核对); 四: 5 blank.
    assertEquals(new Tally(185, 6, 7), r.tally());
    assertTrue(r.yaml().contains("原文：“0 0 0 0 0 0”（数字比列少，无法确定哪一格空白）"), r.yaml());
    assertTrue(r.yaml().contains("原文：“1 0 0 0 0 0 1 3”"), "the stray number is named in the comment");
    assertTrue(lbl(r).isEmpty(), () -> lbl(r).toString());
    assertLoads(r);
  }

  @Test
  void rowsPerLineWithGluedDigitsStrayNumbersAndAMissingCell() throws Exception {
    ImportedReport r = read(ImportFixtures.text("rows-2019.txt", ImportFixtures.resource(DIR + "rows-2019.txt")));
    assertFigures("2020-rows.yaml", r);
    // 3 待核对 in 二 (a row with 2 numbers for 3 columns), 14 in 三 (110000011 splits two ways; 3 0 0 0 0 0 3 3 reads two ways)
    assertEquals(new Tally(181, 0, 17), r.tally());
    assertTrue(r.yaml().contains("原文：“801000081”，数字连在一起，按本行总计只有这一种拆法"), r.yaml());
    assertTrue(r.yaml().contains("原文：“110000011”（数字连在一起，有 2 种拆法与总计相符）"), r.yaml());
    assertTrue(r.yaml().contains("原文：“3 0 0 0 0 0 3 3”"), r.yaml());
    Loaded loaded = assertLoads(r);
    assertEquals("123456789X/2021-0007", loaded.report().meta().indexNo(), "CMS style “索 引 号：”");
    assertEquals(java.time.LocalDate.of(2021, 1, 15), loaded.report().meta().generated(), "2021年1月15日 as a date");
    assertEquals("示例乡", loaded.report().meta().publisher());
    assertEquals(null, loaded.report().signedOn(), "no signature in the original: none invented");
    assertFalse(r.yaml().contains("scope:"), "公开范围 not in the original: the key is omitted");
  }

  @Test
  void htmlTables2021WithMergedCellsBlankCellsAndOldWording() throws Exception {
    ImportedReport r = read(ImportFixtures.pipes("html-2021.md", ImportFixtures.resource(DIR + "html-2021.md")));
    assertEquals(ReportFormat.F2021, r.format());
    assertFigures("2022-html.yaml", r);
    assertEquals(new Tally(198, 2, 0), r.tally());
    List<Finding> lbl = lbl(r);
    assertEquals(2, lbl.size(), lbl::toString);
    assertTrue(lbl.get(0).message().contains("“规范性文件”") && lbl.get(0).message().contains("“行政规范性文件”"), lbl.get(0).message());
    assertTrue(lbl.get(1).message().contains("（六）其他处理") && lbl.get(1).message().contains("只有一行") && lbl.get(1).message().contains("已按 0 录入"), lbl.get(1).message());
    Loaded loaded = assertLoads(r);
    assertEquals("全部公开", loaded.report().meta().scope());
    assertEquals("政府网站", loaded.report().meta().channel());
  }

  @Test
  void aOneRow2021SixWithFiguresIsToVerify() throws Exception {
    String text = ImportFixtures.resource(DIR + "html-2021.md")
        .replace("| （六）其他处理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |", "| （六）其他处理 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |");
    ImportedReport r = read(ImportFixtures.pipes("html-2021.md", text));
    Map<String, String> data = ImportFixtures.data("imported.yaml", r.yaml());
    for (String row : List.of("no_correction", "fee_unpaid", "other")) {
      for (int i = 0; i < 7; i++) {
        assertEquals("待核对", data.get("applications.results.other." + row + "[" + i + "]"), row);
      }
    }
    assertEquals(21, r.tally().toVerify());
    assertTrue(r.yaml().contains("原文“（六）其他处理”只有一行：“1 0 0 0 0 0 1”"), r.yaml());
    assertTrue(lbl(r).stream().anyMatch(f -> f.message().contains("各行记为待核对")));
    assertLoads(r);
  }

  @Test
  void notAReportIsRefusedInChinese() {
    SourceDoc doc = ImportFixtures.text("notice.txt", "关于开展春季植树活动的通知\n各村（社区）：\n定于3月12日开展植树活动，请按时参加。\n示例镇人民政府\n2023年3月1日\n");
    UserError e = assertThrows(UserError.class, () -> read(doc));
    assertEquals(UserError.Kind.REFUSED, e.kind());
    assertTrue(e.getMessage().startsWith("notice.txt：不像政府信息公开工作年度报告"), e.getMessage());
    UserError empty = assertThrows(UserError.class, () -> read(ImportFixtures.text("empty.txt", "")));
    assertEquals(UserError.Kind.REFUSED, empty.kind());
  }

  @Test
  void aMissingTableIsRefused() throws Exception {
    String text = ImportFixtures.resource(DIR + "pdf-2021.txt");
    String noFour = text.substring(0, text.indexOf("四、政府信息公开行政复议")) + text.substring(text.indexOf("五、存在的主要问题"));
    UserError e4 = assertThrows(UserError.class, () -> read(ImportFixtures.text("no-four.txt", noFour)));
    assertEquals(UserError.Kind.REFUSED, e4.kind());
    assertTrue(e4.getMessage().contains("缺少表四"), e4.getMessage());
    String noThree = text.substring(0, text.indexOf("三、收到和处理")) + text.substring(text.indexOf("四、政府信息公开行政复议"));
    UserError e3 = assertThrows(UserError.class, () -> read(ImportFixtures.text("no-three.txt", noThree)));
    assertTrue(e3.getMessage().contains("缺少表三"), e3.getMessage());
  }

  @Test
  void theYearComesFromTheTitleOrTheCaller() throws Exception {
    String text = ImportFixtures.resource(DIR + "pdf-2021.txt").replace("示例县示例镇人民政府2023年政府信息公开工作年度报告\n", "");
    UserError e = assertThrows(UserError.class, () -> read(ImportFixtures.text("untitled.txt", text)));
    assertEquals(UserError.Kind.REFUSED, e.kind());
    assertTrue(e.getMessage().contains("找不到报告年度") && e.getMessage().contains("--year"), e.getMessage());
    ImportedReport given = ReportImporter.read(ImportFixtures.text("untitled.txt", text), OptionalInt.of(2023));
    assertEquals(2023, given.year());
    assertFalse(given.yaml().contains("organ:"), "no title, no organ: the key is omitted, not invented");
    ImportedReport overridden = ReportImporter.read(ImportFixtures.text("pdf-2021.txt", ImportFixtures.resource(DIR + "pdf-2021.txt")), OptionalInt.of(2024));
    assertEquals(2024, overridden.year());
    assertTrue(overridden.yaml().contains("\nyear: 2024\n"));
  }

  @Test
  void textUnderATableHeadingAndWrongOrdinalsStayInTheNarrative() throws Exception {
    String text = ImportFixtures.resource(DIR + "pdf-2021.txt")
        .replace("二、主动公开政府信息情况\n", "二、主动公开政府信息情况\n本年度通过政府网站主动公开政府信息120条，\n均已及时更新。\n")
        .replace("六、其他需要报告的事项", "七、其他需要报告的事项");
    ImportedReport r = read(ImportFixtures.text("pdf-2021.txt", text));
    assertFigures("2023-pdf.yaml", r);
    Loaded loaded = assertLoads(r);
    var two = loaded.report().narrative().section(2).orElseThrow();
    assertEquals("本年度通过政府网站主动公开政府信息120条，均已及时更新。", two.markdown().strip());
    var six = loaded.report().narrative().section(6).orElseThrow();
    assertEquals("七、其他需要报告的事项", six.title(), "the heading as written: check reports the wrong ordinal (FMT-04)");
    assertEquals(7, six.ordinal());
  }

  @Test
  void aGroupTitleWithItsOwnNumbersIsASubtotalNotEntered() throws Exception {
    String text = ImportFixtures.resource(DIR + "rows-2019.txt")
        .replace("（三）不予公开 1.属于国家秘密 0 0 0 0 0 0 0", "（三）不予公开 0 0 0 0 0 0 0\n1.属于国家秘密 0 0 0 0 0 0 0");
    ImportedReport r = read(ImportFixtures.text("rows-2019.txt", text));
    assertFigures("2020-rows.yaml", r);
    assertTrue(lbl(r).stream().anyMatch(f -> f.message().contains("“（三）不予公开”一行填了数字（0 0 0 0 0 0 0）") && f.message().contains("未录入")), () -> lbl(r).toString());
    assertTrue(r.yaml().contains("原文“（三）不予公开”一行另有数字：0 0 0 0 0 0 0（未录入）"), r.yaml());
  }

  @Test
  void groupTitlesAndTheVerticalLabelScatteredBetweenRowsAreSilent() throws Exception {
    // as a PDF text layer gives them (seen in a real report): the group title cut in two around a row,
    // a character of 三、本年度办理结果 beside a row's numbers
    String text = ImportFixtures.resource(DIR + "pdf-2021.txt")
        .replace("4.保护第三方合法权益   2   0   0   0   0   0   2", "4.保护第三方合法权益\n（三）不   2   0   0   0   0   0   2\n予公开")
        .replace("5.属于三类内部事务信息   0", "5.属于三类内部事务信息\n结   0");
    ImportedReport r = read(ImportFixtures.text("pdf-2021.txt", text));
    assertFigures("2023-pdf.yaml", r);
    assertEquals(1, lbl(r).size(), () -> lbl(r).toString());
  }

  @Test
  void aWholeReportGluedOnOneLine() throws Exception {
    // a page's text saved with every cell glued to the next (shape 5, as real archived pages are)
    String text = ImportFixtures.resource(DIR + "rows-2019.txt");
    String head = text.substring(0, text.indexOf("一、总体情况"));
    String body = text.substring(text.indexOf("一、总体情况")).replaceAll("(?<=\\d) (?=\\d)", "").replace("\n", "");
    ImportedReport r = read(ImportFixtures.text("glued.txt", head + body + "\n"));
    Map<String, String> data = ImportFixtures.data("imported.yaml", r.yaml());
    assertEquals("待核对", data.get("active.licensing.decisions"), "“4+130” glued in a row without a total: never split");
    assertEquals(List.of("80", "1", "0", "0", "0", "0", "81"), List.of(0, 1, 2, 3, 4, 5, 6).stream().map(i -> data.get("applications.received[" + i + "]")).toList());
    assertEquals("10", data.get("applications.results.unavailable.not_held[0]"));
    assertEquals("1", data.get("reviews.review.upheld"));
    assertEquals("1", data.get("reviews.review.total"));
    // nothing read is other than the rows-2019 figures: each cell either equals them or is 待核对
    Map<String, String> want = ImportFixtures.data("2020-rows.yaml", ImportFixtures.resource(DIR + "expected/2020-rows.yaml"));
    for (var e : want.entrySet()) {
      String got = data.get(e.getKey());
      assertTrue(got != null && (got.equals(e.getValue()) || got.equals("待核对")), e.getKey() + ": " + got + " vs " + e.getValue());
    }
    var loaded = assertLoads(r);
    assertTrue(loaded.report().narrative().section(5).isPresent(), r.markdown());
  }

  @Test
  void aSplitTheRowsTotalAllowsButTheTableContradictsIsTakenBack() throws Exception {
    // “5391094101013” splits one way only by its own total (5|3|910|94|1|0|1013), but （七）总计 cannot be
    // less than the result rows above it: the original may have had blank cells, so 待核对
    String text = ImportFixtures.resource(DIR + "rows-2019.txt").replace("（七）总计 80 1 0 0 0 0 81", "（七）总计 5391094101013");
    ImportedReport r = read(ImportFixtures.text("rows-2019.txt", text));
    Map<String, String> data = ImportFixtures.data("imported.yaml", r.yaml());
    for (int i = 0; i < 7; i++) {
      assertEquals("待核对", data.get("applications.results.total[" + i + "]"));
    }
    assertTrue(r.yaml().contains("与表中其他行的合计不符"), r.yaml());
    assertEquals("80", data.get("applications.received[0]"), "a split the table agrees with stays");
  }
}
