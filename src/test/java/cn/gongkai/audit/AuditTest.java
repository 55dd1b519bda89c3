package cn.gongkai.audit;

import static cn.gongkai.audit.AuditFixtures.edit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.diag.Finding;
import cn.gongkai.diag.UserError;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Audit} with the stand-in importer of {@link AuditFixtures}: grouping by organ, cross-year rules, failures, outputs. */
class AuditTest {
  @TempDir Path dir;

  List<Audited> audit(Path... inputs) throws UserError {
    return Audit.run(Audit.files(List.of(inputs), Set.of()), Optional.empty(), AuditFixtures.FAKE);
  }

  static List<String> lines(Audited a) {
    return a.findings().stream().map(Finding::format).toList();
  }

  static Audited row(List<Audited> all, String fileEnd) {
    return all.stream().filter(a -> a.file().endsWith(fileEnd)).findFirst().orElseThrow(() -> new AssertionError(fileEnd + " not in " + all));
  }

  @Test
  void consecutiveYearsOfOneOrganAreComparedAndDifferentOrgansAreNot() throws Exception {
    Path reports = dir.resolve("reports");
    AuditFixtures.write(reports.resolve("示例镇/2023年报.txt"), AuditFixtures.yaml2023(), AuditFixtures.md2023());
    AuditFixtures.write(reports.resolve("示例镇/2022年报.txt"), AuditFixtures.yaml2022(), AuditFixtures.md2022());
    // another organ's 2022, whose 结转下年度 1 would match 2023's 上年结转: it must not hide the X-01 above
    String other = edit(edit(AuditFixtures.yaml2022(), "organ: 示例县示例镇人民政府", "organ: 示例县另一乡人民政府"), "publisher: 示例镇", "publisher: 另一乡");
    other = edit(edit(other, "carried_over: [2, 0, 0, 0, 0, 0]", "carried_over: [1, 0, 0, 0, 0, 0]"), "carried_forward: [2, 0, 0, 0, 0, 0]", "carried_forward: [1, 0, 0, 0, 0, 0]");
    other = edit(other, "index_no: 123456789X/2023-0001", "index_no: 223456789X/2023-0001");
    AuditFixtures.write(reports.resolve("另一乡/2022.txt"), other, "## 一、总体情况\n\n另一乡的虚构文字，与示例镇的不同，仅供测试。\n\n## 五、存在的主要问题及改进情况\n\n人手不足，信息更新不够及时。下一步将明确专人负责，每月检查一次各栏目。\n\n## 六、其他需要报告的事项\n\n本年度未收取信息处理费。\n");
    List<Audited> all = audit(reports);
    assertEquals(3, all.size());
    assertTrue(all.get(0).file().endsWith("另一乡/2022.txt") && all.get(1).file().endsWith("示例镇/2022年报.txt"), all.toString());

    Audited y2023 = row(all, "示例镇/2023年报.txt");
    assertEquals(2023, y2023.year());
    assertEquals("2021", y2023.format());
    assertEquals("示例县示例镇人民政府", y2023.organ());
    assertEquals(0, y2023.errors(), lines(y2023).toString());
    assertEquals(2, y2023.warnings(), lines(y2023).toString());
    String shown = y2023.file();
    assertTrue(lines(y2023).contains(shown + "#2023.yaml:23:18: 警告 X-01 表三“二、上年结转政府信息公开申请数量”“自然人”列为 1，但 2022 年度年报“四、结转下年度继续办理”该列为 2（"
        + row(all, "示例镇/2022年报.txt").file() + "#2022.yaml）。"), lines(y2023).toString());
    assertTrue(lines(y2023).stream().anyMatch(l -> l.startsWith(shown + "#2023.md:1:1: 警告 SIM-01 “一、总体情况”与 2022 年度年报同一部分雷同：39 字中有 32 字（82%）")), lines(y2023).toString());
    // the earlier years have nobody before them; the other organ is clean (its own code, its own 2022)
    assertEquals(List.of(), lines(row(all, "示例镇/2022年报.txt")));
    assertEquals(List.of(), lines(row(all, "另一乡/2022.txt")));
  }

  @Test
  void aFileThatIsNoReportIsARowWithItsReason_andTheRunGoesOn() throws Exception {
    AuditFixtures.write(dir.resolve("2023.txt"), AuditFixtures.yaml2023(), AuditFixtures.md2023());
    Files.writeString(dir.resolve("通知.html"), "<p>这是一则通知</p>");
    Files.writeString(dir.resolve("照片.jpg"), "not looked at");
    Files.writeString(dir.resolve("~$2023.docx"), "Word's lock file");
    List<Audited> all = audit(dir);
    assertEquals(2, all.size(), all.toString());
    Audited bad = row(all, "通知.html");
    assertFalse(bad.imported());
    assertTrue(bad.fails());
    assertTrue(bad.failure().endsWith("通知.html: 错误 这不是年报：找不到“主动公开政府信息情况”等表格。"), bad.failure());
    assertTrue(row(all, "2023.txt").imported() && !row(all, "2023.txt").fails());
    List<String> text = AuditText.lines(all, false);
    assertTrue(text.get(0).equals("年报体检：共 2 个文件，读入 1 份年报，1 个文件无法导入。"), text.toString());
    assertTrue(text.stream().anyMatch(l -> l.matches(".*通知\\.html\\s+（无法导入）\\s+—\\s+—\\s+—\\s+—\\s+—")), String.join("\n", text));
    assertEquals("体检完成：1 个文件无法导入（共 0 个警告）。", text.get(text.size() - 1));
  }

  @Test
  void withoutAnOrganTheUnitCodeOfTheIndexNumberSaysWhichReportsBelongTogether() throws Exception {
    AuditFixtures.write(dir.resolve("a/2023.txt"), edit(AuditFixtures.yaml2023(), "organ: 示例县示例镇人民政府\n", ""), AuditFixtures.md2023());
    AuditFixtures.write(dir.resolve("a/2022.txt"), edit(AuditFixtures.yaml2022(), "organ: 示例县示例镇人民政府\n", ""), AuditFixtures.md2022());
    // another unit's 2022 without organ: not compared
    String other = edit(edit(AuditFixtures.yaml2022(), "organ: 示例县示例镇人民政府\n", ""), "index_no: 123456789X/2023-0001", "index_no: 223456789X/2023-0001");
    AuditFixtures.write(dir.resolve("b/2022.txt"), edit(edit(other, "carried_over: [2, 0, 0, 0, 0, 0]", "carried_over: [1, 0, 0, 0, 0, 0]"), "carried_forward: [2, 0, 0, 0, 0, 0]", "carried_forward: [1, 0, 0, 0, 0, 0]"), "");
    List<Audited> all = audit(dir);
    List<String> y2023 = lines(row(all, "a/2023.txt"));
    assertTrue(y2023.stream().anyMatch(l -> l.contains("警告 X-01") && l.contains("该列为 2")), y2023.toString());
    assertTrue(y2023.stream().anyMatch(l -> l.contains("警告 SIM-01")), y2023.toString());
  }

  @Test
  void theSameOrganAndYearInTwoFilesIsPointedOut() throws Exception {
    AuditFixtures.write(dir.resolve("2023.txt"), AuditFixtures.yaml2023(), AuditFixtures.md2023());
    AuditFixtures.write(dir.resolve("2023（重发）.txt"), AuditFixtures.yaml2023(), AuditFixtures.md2023());
    AuditFixtures.write(dir.resolve("2022.txt"), AuditFixtures.yaml2022(), AuditFixtures.md2022());
    List<Audited> all = audit(dir);
    List<String> text = AuditText.lines(all, false);
    String a = row(all, "/2023.txt").file();
    String b = row(all, "2023（重发）.txt").file();
    assertTrue(text.contains("注意：示例县示例镇人民政府 2023 年度的年报有 2 个文件（" + a + "、" + b + "），请确认是否重复；与相邻年度比对时只用第一个。"), String.join("\n", text));
    // each is still compared with 2022; and META-01 does not call one 索引号 a duplicate of the other's, which is checked apart
    assertEquals(2, row(all, "2023（重发）.txt").warnings(), lines(row(all, "2023（重发）.txt")).toString());
  }

  @Test
  void withoutASiteTheIndexNumberIsCheckedForItsFormNotItsCode() throws Exception {
    // a code of its own: fine without a site; the 国办 placeholder code and a wrong year: META-01 errors
    AuditFixtures.write(dir.resolve("a.txt"), edit(AuditFixtures.yaml2023(), "index_no: 123456789X/2024-0001", "index_no: 99999999Z/2024-0001"), AuditFixtures.md2023());
    AuditFixtures.write(dir.resolve("b.txt"), edit(AuditFixtures.yaml2023(), "index_no: 123456789X/2024-0001", "index_no: 000014349/2023-0001"), AuditFixtures.md2023());
    List<Audited> all = audit(dir);
    assertEquals(List.of(), lines(row(all, "a.txt")));
    List<String> b = lines(row(all, "b.txt"));
    assertTrue(b.stream().anyMatch(l -> l.contains("错误 META-01") && l.contains("占位代码 000014349")), b.toString());
    assertTrue(b.stream().anyMatch(l -> l.contains("错误 META-01") && l.contains("年份 2023 应为公开年份 2024")), b.toString());
  }

  @Test
  void findingsOfLoadingAndToVerifyCellsAreCounted() throws Exception {
    AuditFixtures.write(dir.resolve("2023.txt"), edit(AuditFixtures.yaml2023(), "  penalty: 3", "  penalty: 待核对 # 原文“3 ”"), AuditFixtures.md2023());
    Audited a = audit(dir).get(0);
    assertEquals(1, a.toVerify());
    assertEquals(1, a.errors(), lines(a).toString());
    assertTrue(lines(a).get(0).contains("#2023.yaml:17:12: 错误 FMT-03"), lines(a).toString());
    assertTrue(a.fails());
  }

  @Test
  void aReportWithoutItsHeaderBlockStillHasItsTablesChecked() throws Exception {
    // a PDF has no CMS header: no 索引号, no dates; table 三 still has to balance
    String yaml = AuditFixtures.yaml2023();
    for (String line : List.of("index_no: 123456789X/2024-0001\n", "generated: 2024-01-20\n", "published: 2024-01-20\n")) {
      yaml = edit(yaml, line, "");
    }
    yaml = edit(yaml, "received:     [5, 1, 0, 0, 0, 1]", "received:     [6, 1, 0, 0, 0, 1]");
    AuditFixtures.write(dir.resolve("2023.pdf"), yaml, AuditFixtures.md2023());
    List<String> found = lines(audit(dir).get(0));
    // not an error of the report: the header is the web page's, which the PDF lacks by nature
    assertTrue(found.stream().noneMatch(l -> l.contains("缺少必填项")), found.toString());
    assertTrue(
        found.stream().anyMatch(l -> l.contains("无法核对 FMT-03 原文件中没有信息头里的这几项（它们通常在发布年报的网页上，不在年报正文里），无法核对（导入到站点时须填写）：索引号、生成日期、公开日期。")),
        found.toString());
    assertTrue(found.stream().anyMatch(l -> l.contains("错误 T3-01 表三“自然人”列勾稽关系不成立")), found.toString());
    assertEquals(2, audit(dir).get(0).errors());
  }

  @Test
  void filesAreSortedOnceEach_outputsLeftOut_andAMissingPathIsAUsageError() throws Exception {
    Path b = AuditFixtures.write(dir.resolve("b/2023.md"), "", "");
    Path a = AuditFixtures.write(dir.resolve("a.PDF"), "", "");
    Path out = dir.resolve("结果.html");
    Files.writeString(out, "old");
    Files.writeString(dir.resolve("上次的体检结果.html"), AuditPage.html(List.of()));
    assertEquals(List.of(a, b), Audit.files(List.of(dir, b), Set.of(out)));
    UserError e = assertThrows(UserError.class, () -> Audit.files(List.of(dir.resolve("没有")), Set.of()));
    assertEquals(UserError.Kind.USAGE, e.kind());
    assertTrue(e.getMessage().contains("找不到文件或文件夹"), e.getMessage());
  }

  @Test
  void csvIsUtf8WithBomCrlfAndOneRowPerFinding() throws Exception {
    AuditFixtures.write(dir.resolve("2023.txt"), AuditFixtures.yaml2023(), AuditFixtures.md2023());
    AuditFixtures.write(dir.resolve("2022.txt"), AuditFixtures.yaml2022(), AuditFixtures.md2022());
    Files.writeString(dir.resolve("=坏.txt"), "no report");
    byte[] bytes = AuditCsv.bytes(audit(dir));
    assertEquals(0xEF, bytes[0] & 0xff);
    String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
    String[] rows = csv.split("\r\n", -1);
    assertEquals("", rows[rows.length - 1], "ends with CRLF");
    assertFalse(csv.replace("\r\n", "").contains("\n"), "no bare LF");
    assertEquals("报告（文件）,报告主体,年度,格式,错误,警告,待核对,级别,规则,位置,说明", rows[0]);
    assertEquals(6, rows.length, csv); // header, 2022 无问题, 2023 SIM-01 and X-01, 无法导入, final empty
    assertTrue(rows[1].endsWith("2022.txt,示例县示例镇人民政府,2022,2021,0,0,0,无问题,,,"), rows[1]);
    assertTrue(rows[2].contains("2023.txt,示例县示例镇人民政府,2023,2021,0,2,0,警告,SIM-01,") && rows[2].contains("#2023.md:1:1,"), rows[2]);
    assertTrue(rows[3].contains(",警告,X-01,") && rows[3].contains("#2023.yaml:23:18,"), rows[3]);
    assertTrue(rows[4].contains("=坏.txt,,,,,,,无法导入,,,"), rows[4]);
    assertEquals("\"a,\"\"b\"\"\"", AuditCsv.field("a,\"b\""));
    assertEquals("'-1", AuditCsv.field("-1"));
  }

  @Test
  void outputIsWrittenWholeAndNeverIntoContent() throws Exception {
    Path target = dir.resolve("out/体检.csv");
    OutputFile.write(target, "一".getBytes(StandardCharsets.UTF_8));
    OutputFile.write(target, "二".getBytes(StandardCharsets.UTF_8));
    assertEquals("二", Files.readString(target));
    try (var files = Files.list(target.getParent())) {
      assertEquals(List.of(target), files.toList(), "no temporary file left");
    }
    UserError e = assertThrows(UserError.class, () -> OutputFile.refuseUnsafe("--html", dir.resolve("site/content/体检.html"), List.of()));
    assertTrue(e.getMessage().contains("content/ 是网站的内容"), e.getMessage());
    Path report = dir.resolve("2023.html");
    UserError over = assertThrows(UserError.class, () -> OutputFile.refuseUnsafe("--html", report, List.of(report)));
    assertTrue(over.getMessage().contains("是要检查的年报之一"), over.getMessage());
  }
}
