package cn.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.diag.Rule;
import cn.gongkai.importer.Tokens.Tok;
import cn.gongkai.importer.Tokens.Type;
import cn.gongkai.yaml.ValueKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The reader's fixes of issue 13's second round: metadata, headings, page end, glued groups, take-backs. */
class ReaderFixesTest {
  private static final String DIR = "import/reader/";
  private static final Path REAL = RealReportsTest.REAL;

  private static ImportedReport read(SourceDoc doc) throws Exception {
    return ReportImporter.read(doc, OptionalInt.empty());
  }

  private static ImportedReport real(String file) throws Exception {
    return read(Sources.read(REAL.resolve(file), file));
  }

  private static String section(String markdown, String heading) {
    int at = markdown.indexOf("## " + heading);
    int next = markdown.indexOf("\n## ", at + 1);
    return markdown.substring(markdown.indexOf('\n', at) + 1, next < 0 ? markdown.length() : next).strip();
  }

  @Test
  void anEmptyMetadataValueStaysAbsentAndNeverTakesTheNextLabel() throws Exception {
    String text = ImportFixtures.resource(DIR + "rows-2019.txt").replace("发布机构：示例乡\n", "发布机构: \n栏目: 政府信息公开年报\n文号: \n");
    ImportedReport r = read(ImportFixtures.text("rows-2019.txt", text));
    assertFalse(r.yaml().contains("publisher"), r.yaml());
    String sameLine = ImportFixtures.resource(DIR + "rows-2019.txt").replace("发布机构：示例乡", "发布机构：栏目：年报");
    assertFalse(read(ImportFixtures.text("rows-2019.txt", sameLine)).yaml().contains("publisher"));
    assertFalse(real("pingtan-2020/page.txt").yaml().contains("publisher"), "平潭 2020: 发布机构 is empty");
  }

  @Test
  void aHeadingWithOneWrongCharacterKeepsItsSectionWithAnLbl01() throws Exception {
    assertEquals(4, Text.typoSection(Text.norm("四、政府信息公开行政法复议、行政诉讼情况")));
    assertEquals(5, Text.typoSection(Text.norm("五、存在的主要问题和改进情况")));
    assertEquals(0, Text.typoSection(Text.norm("四、政府信息公开行政复议情况良好。")), "a sentence is no heading");
    assertEquals(0, Text.typoSection(Text.norm("三、政府信息公开行政复议、行政诉讼情况")), "the ordinal must be the section's");
    assertEquals(0, Text.typoSection(Text.norm("四、政府信息公开行政法律复议、行政诉讼情况")), "two characters are too many");

    String text = ImportFixtures.resource(DIR + "rows-2019.txt").replace("四、政府信息公开行政复议、行政诉讼情况", "四、政府信息公开行政法复议、行政诉讼情况");
    ImportedReport spaced = read(ImportFixtures.text("rows-2019.txt", text));
    assertTrue(spaced.markdown().contains("## 四、政府信息公开行政法复议、行政诉讼情况"), spaced.markdown());
    assertTrue(spaced.findings().stream().anyMatch(f -> f.rule() == Rule.LBL_01 && f.message().contains("行政法复议")), spaced.findings().toString());
    // the same typo in a page glued on one line (the real 平潭 2022)
    ImportedReport glued = real("pingtan-2022/page.txt");
    assertTrue(glued.markdown().contains("## 四、政府信息公开行政法复议、行政诉讼情况"), glued.markdown());
    assertTrue(glued.findings().stream().anyMatch(f -> f.rule() == Rule.LBL_01 && f.message().contains("行政法复议")));
  }

  @Test
  void theNarrativeStopsWhereThePageGoesOn() throws Exception {
    assertEquals("2024年，无收取信息处理费情况。", section(real("pingtan-2024/page.html").markdown(), "六、"));
    assertEquals("2021年，无收取信息处理费情况。", section(real("pingtan-2021/page.txt").markdown(), "六、"), "“附件下载” glued after it");
    String text = ImportFixtures.resource(DIR + "rows-2019.txt").replace("六、其他需要报告的事项\n\n无。", "六、其他需要报告的事项\n\n无。\n附件下载\n关闭\n友情链接\n为确保最佳浏览效果，建议您使用以下浏览器版本。");
    assertEquals("无。", section(read(ImportFixtures.text("rows-2019.txt", text)).markdown(), "六、"));
  }

  private static List<Tok> nums(String... texts) {
    List<Tok> out = new ArrayList<>();
    for (String t : texts) {
      out.add(new Tok(Type.NUM, t, 1));
    }
    return out;
  }

  @Test
  void tableFourGluedPerGroupIsReadGroupByGroup() {
    List<ValueKind> fifteen = Collections.nCopies(15, ValueKind.COUNT);
    Cells.Totals groups = new Cells.Totals(List.of(new int[] {0, 5}, new int[] {5, 10}, new int[] {10, 15}));
    // “6600066” is 66|0|0|0|66 or 6|60|0|0|66: only that group is 待核对
    Cells.Row row = Cells.resolve(nums("00033", "00707", "6600066"), fifteen, groups);
    List<String> cells = row.cells().stream().map(Cells.Cell::yaml).toList();
    assertEquals(List.of("0", "0", "0", "3", "3", "0", "0", "7", "0", "7"), cells.subList(0, 10));
    assertEquals(Collections.nCopies(5, "待核对"), cells.subList(10, 15));
    assertTrue(row.note().contains("第 3 组"), row.note());
  }

  @Test
  void aFirmSplitIsNotTakenBackWhenTheOriginalTableDoesNotAddUp() throws Exception {
    // 平潭 2020 really publishes （七）总计 自然人 20 / 总计 21 while its result rows add to 26 / 27:
    // every row splits one way only and no row with a blank could give its digits, so they stand
    Map<String, String> data = ImportFixtures.data("imported.yaml", real("pingtan-2020/page.txt").yaml());
    assertEquals("20", data.get("applications.results.total[0]"));
    assertEquals("21", data.get("applications.results.total[6]"));
    assertEquals("6", data.get("applications.results.disclosed[0]"));
    assertEquals("4", data.get("applications.results.other[0]"));
    // “0000000” and “6000017” could not be a row with a cell left blank; “5391094101013” could (53|9|10|941|0|1013)
    assertTrue(Cells.resolve(nums("6000017"), Collections.nCopies(7, ValueKind.COUNT), new Cells.Totals(List.<int[]>of(new int[] {0, 7}))).firm());
    assertFalse(Cells.resolve(nums("5391094101013"), Collections.nCopies(7, ValueKind.COUNT), new Cells.Totals(List.<int[]>of(new int[] {0, 7}))).firm());
  }

  @Test
  void aFirmSplitIsStillTakenBackWhenAnotherRowShowsACellGoneMissing() throws Exception {
    // glued rows-2019 with （一）予以公开 “0200002” (firm): the result rows give 法人 2 > （七）总计's 1
    // (without the fixture's stray numbers, which glued would themselves show a cell gone wrong)
    String text = ImportFixtures.resource(DIR + "rows-2019.txt").replace("（一）予以公开 60 1 0 0 0 0 61", "（一）予以公开 0 2 0 0 0 0 2")
        .replace(" 5 0 0 0 0 0 5\n7\n", " 5 0 0 0 0 0 5\n").replace(" 3 0 0 0 0 0 3 3", " 3 0 0 0 0 0 3");
    assertEquals("2", glued(text).get("applications.results.disclosed[1]"), "no sign of a lost cell: the firm split stands");
    // the same, but “00000” (five digits for seven cells) shows that this page lost blank cells
    String lost = text.replace("6.属于四类过程性信息 0 0 0 0 0 0 0", "6.属于四类过程性信息 0 0 0 0 0");
    Map<String, String> data = glued(lost);
    assertEquals("待核对", data.get("applications.results.disclosed[1]"));
    assertEquals("待核对", data.get("applications.results.total[0]"));
  }

  private static Map<String, String> glued(String text) throws Exception {
    String head = text.substring(0, text.indexOf("一、总体情况"));
    String body = text.substring(text.indexOf("一、总体情况")).replaceAll("(?<=\\d) (?=\\d)", "").replace("\n", "");
    return ImportFixtures.data("imported.yaml", read(ImportFixtures.text("glued.txt", head + body + "\n")).yaml());
  }

  @Test
  void theNarrativesOfTheRealReportsHoldNoHeaderTableTextOrChrome() throws Exception {
    for (String file : List.of("pingtan-2019/page.txt", "pingtan-2020/page.txt", "pingtan-2021/page.txt", "pingtan-2022/page.txt", "pingtan-2023/page.txt", "pingtan-2024/page.txt", "pingtan-2024/page.html")) {
      String md = real(file).markdown();
      for (String bad : List.of("栏目：", "原文链接", "本地目录", "=====", "勾稽关系", "申请人情况", "附件下载", "友情链接")) {
        assertFalse(md.contains(bad), file + " holds “" + bad + "”:\n" + md);
      }
      assertTrue(md.startsWith("根据《") || md.startsWith("本报告"), file + ": the introduction, without the page's header and title:\n" + md.substring(0, 200));
      for (int n = 1; n <= 6; n++) {
        assertTrue(md.contains("## " + cn.gongkai.report.ReportSchema.SECTION_TITLES.get(n - 1).substring(0, 2)), file + " lacks section " + n);
      }
      assertEquals("", section(md, "三、"), file + ": section 三 is its table only");
    }
  }

  @Test
  void aGluedLineIsCutIntoItemsAndAWrappedAddressJoins() {
    String a = "（一）主动公开方面。" + "示例文字".repeat(80) + "。";
    String b = "（二）依申请公开方面。示例。";
    String c = "2.加强平台建设。全年增长2.5倍。";
    assertEquals(List.of(a, b, c), ReportImporter.Reading.items(a + b + c));
    assertEquals(List.of("短句。（二）不切。"), ReportImporter.Reading.items("短句。（二）不切。"), "a short line is left alone");
    assertTrue(ReportImporter.Reading.joins("联系电话：0000-00000000，电子邮箱：", "demo@example.org）。"));
    assertFalse(ReportImporter.Reading.joins("（二）改进措施：", "一是加强示例工作。"));
  }

  @Test
  void thePageHeaderBeforeTheReportIsNotItsIntroduction() throws Exception {
    String text = ImportFixtures.resource(DIR + "rows-2019.txt").replace("一、总体情况", "栏目: 政府信息公开年报\n原文链接: https://example.org/nb.htm\n"
        + "页面链接与图片详见 links.tsv\n==================== 正文 ====================\n"
        + "示例乡2020年政府信息公开工作年度报告 本报告依据示例条例编制（示例文字）。\n一、总体情况");
    String md = read(ImportFixtures.text("rows-2019.txt", text)).markdown();
    assertTrue(md.startsWith("本报告依据示例条例编制（示例文字）。\n"), md);
  }

  @Test
  void rowsThatSplitSeveralWaysAreSettledByTheColumnsOnlyWhenOneChoiceFits() throws Exception {
    // 平潭 2021: “270020130” is 27|0|0|2|0|1|30 or 2|7|0|0|20|1|30; only the first makes the result rows add up
    Map<String, String> data = ImportFixtures.data("imported.yaml", real("pingtan-2021/page.txt").yaml());
    assertEquals(List.of("27", "0", "0", "2", "0", "1", "30"), List.of(0, 1, 2, 3, 4, 5, 6).stream().map(i -> data.get("applications.results.disclosed[" + i + "]")).toList());
    // synthetic: two rows that split two ways each, and two choices that fit the columns: both stay 待核对
    String text = ImportFixtures.resource(DIR + "rows-2019.txt")
        .replace(" 5 0 0 0 0 0 5\n7\n", " 5 0 0 0 0 0 5\n").replace(" 3 0 0 0 0 0 3 3", " 3 0 0 0 0 0 3")
        .replace("（一）予以公开 60 1 0 0 0 0 61", "（一）予以公开 11 0 0 0 0 0 11")
        .replace("2.重复申请 0 0 0 0 0 0 0", "2.重复申请 1 10 0 0 0 0 11")
        .replace("（七）总计 80 1 0 0 0 0 81", "（七）总计 32 10 0 0 0 0 42");
    Map<String, String> two = glued(text); // 11|0 with 1|10, or 1|10 with 11|0
    assertEquals("待核对", two.get("applications.results.disclosed[0]"));
    assertEquals("待核对", two.get("applications.results.not_handled.duplicate[0]"));
    assertEquals("32", two.get("applications.results.total[0]"));
    // the same rows, and only 11|0 with 11|0 fits （七）总计 42 0 …: read so
    Map<String, String> one = glued(text.replace("（七）总计 32 10 0 0 0 0 42", "（七）总计 42 0 0 0 0 0 42"));
    assertEquals("11", one.get("applications.results.disclosed[0]"));
    assertEquals("11", one.get("applications.results.not_handled.duplicate[0]"));
    assertEquals("0", one.get("applications.results.not_handled.duplicate[1]"));
  }
}
