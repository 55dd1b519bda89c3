package cn.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.TestCli.Run;
import cn.gongkai.TestCli;
import cn.gongkai.TestSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gongkai audit}, in-process through {@link Main#run} with the real importer, on {@code
 * src/test/resources/audit/两年/}: two synthetic reports of 示例县示例镇 (2022 and 2023, text in the PDF
 * text-layer shape, figures invented; 2023 is the importer's {@code pdf-2021.txt} fixture under the
 * header block of a county CMS page, 2022 the same with its own figures, narrative left as in 2023 but
 * for the year) and a notice page that is no report.
 */
class AuditCommandTest {
  static final Path TWO_YEARS = TestSite.REPO.resolve("src/test/resources/audit/两年");
  static final String Y2023 = "src/test/resources/audit/两年/示例镇2023年报.txt";
  static final String Y2022 = "src/test/resources/audit/两年/示例镇2022年报.txt";

  @TempDir Path dir;

  static Run run(String... args) {
    return TestCli.run(args);
  }

  @Test
  void twoYearsOfOneOrganAreComparedAndTheNoticeIsListedWithItsReason() {
    Run r = run("audit", "src/test/resources/audit/两年");
    assertEquals(1, r.code(), r.all()); // the notice could not be imported
    assertTrue(r.out().startsWith("年报体检：共 3 个文件，读入 2 份年报，1 个文件无法导入。\n"), r.out());
    assertTrue(r.out().contains(Y2022 + "  示例县示例镇人民政府  2022  2021     0     0       0\n"), r.out());
    assertTrue(r.out().contains(Y2023 + "  示例县示例镇人民政府  2023  2021     0     4       0\n"), r.out());
    assertTrue(r.out().contains(Y2023 + "#2023.yaml:24:32: 警告 X-01 表三“二、上年结转政府信息公开申请数量”“自然人”列为 2，但 2022 年度年报“四、结转下年度继续办理”该列为 3（" + Y2022 + "#2022.yaml）。"), r.out());
    assertTrue(r.out().contains(Y2023 + "#2023.md:1:1: 警告 SIM-01 “一、总体情况”与 2022 年度年报同一部分雷同：67 字中有 66 字（98%）"), r.out());
    assertTrue(r.out().contains(Y2023 + "#2023.md:11:1: 警告 SIM-01 “五、存在的主要问题及改进情况”与 2022 年度年报同一部分雷同：67 字中有 67 字（100%）"), r.out());
    assertTrue(r.out().contains(Y2023 + ":47: 警告 LBL-01 表三的行标签“2.其他法律行政止公开”"), "the importer's own findings are listed: " + r.out());
    assertTrue(r.out().contains("== src/test/resources/audit/两年/通知.html：无法导入 ==\nsrc/test/resources/audit/两年/通知.html：不像政府信息公开工作年度报告"), r.out());
    assertTrue(r.out().endsWith("体检完成：1 个文件无法导入（共 4 个警告）。\n"), r.out());
    assertEquals("", r.err());
  }

  @Test
  void warningsAloneExitZero_andHtmlAndCsvAreWritten() throws Exception {
    Path html = dir.resolve("结果/体检.html");
    Path csv = dir.resolve("体检.csv");
    Run r = run("audit", Y2022, Y2023, "--html", html.toString(), "--csv", csv.toString());
    assertEquals(0, r.code(), r.all());
    assertTrue(r.out().contains("体检完成：没有发现错误（共 4 个警告）。\n网页版结果已写入 " + html + "\n表格已写入 " + csv + "\n"), r.out());
    String page = Files.readString(html);
    assertTrue(page.contains("<caption>各报告检查结果汇总（2 个文件）</caption>"), page);
    assertTrue(page.contains("SIM-01") && page.contains("X-01"), page);
    byte[] bytes = Files.readAllBytes(csv);
    assertEquals(List.of(0xEF, 0xBB, 0xBF), List.of(bytes[0] & 0xff, bytes[1] & 0xff, bytes[2] & 0xff));
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertEquals(1 + 1 + 4, text.split("\r\n").length, text); // header, 2022 无问题, the four warnings of 2023
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of("体检.csv", "结果"), files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file left");
    }
  }

  @Test
  void theOrganOfASiteHoldsEveryReportToItsUnitCode() {
    Path site = TestSite.write(dir.resolve("site"), "-- content/site.yaml --\n" + TestSite.read(TestSite.REPO.resolve("content/site.yaml")));
    Run r = run("audit", Y2023, "--source", site.toString());
    assertEquals(1, r.code(), r.all());
    assertTrue(r.out().startsWith("按 " + site.resolve("content/site.yaml") + " 的单位代码 006383401N 核对各报告的索引号。\n"), r.out());
    assertTrue(r.out().contains(": 错误 META-01 索引号“123456789X/2024-0001”的单位代码 123456789X 与 site.yaml 中的 unit_code 006383401N 不一致。"), r.out());
    Run none = run("audit", Y2023, "--source", dir.toString());
    assertEquals(2, none.code(), none.all());
    assertTrue(none.err().contains("中没有 content/site.yaml"), none.err());
  }

  @Test
  void outputIntoContentOrOverAReportIsRefused_andNothingIsWritten() throws Exception {
    Path content = Files.createDirectories(dir.resolve("site/content"));
    Run r = run("audit", Y2023, "--html", content.resolve("体检.html").toString());
    assertEquals(2, r.code(), r.all());
    assertTrue(r.err().contains("content/ 是网站的内容，体检结果不能写进去"), r.err());
    try (Stream<Path> files = Files.list(content)) {
      assertEquals(0, files.count());
    }
    Path copy = Files.copy(TestSite.REPO.resolve(Y2023), dir.resolve("2023.txt"));
    Run over = run("audit", copy.toString(), "--csv", copy.toString());
    assertEquals(2, over.code(), over.all());
    assertTrue(over.err().contains("是要检查的年报之一，不能覆盖它"), over.err());
    assertEquals(Files.readString(TestSite.REPO.resolve(Y2023)), Files.readString(copy));
  }

  @Test
  void missingPathOrEmptyFolderIsAUsageError() throws Exception {
    Run missing = run("audit", dir.resolve("没有这个文件夹").toString());
    assertEquals(2, missing.code(), missing.all());
    assertTrue(missing.err().contains("找不到文件或文件夹"), missing.err());
    Files.writeString(dir.resolve("照片.jpg"), "x");
    Run empty = run("audit", dir.toString());
    assertEquals(2, empty.code(), empty.all());
    assertTrue(empty.err().contains("没有找到年报文件（.html、.htm、.txt、.md、.docx、.pdf）"), empty.err());
    Run noArgs = run("audit");
    assertEquals(2, noArgs.code(), noArgs.all());
    assertTrue(noArgs.err().contains("缺少 <文件或文件夹>"), noArgs.err());
  }

  @Test
  void helpIsChineseAndSaysTheExitCodes() {
    Run r = run("audit", "--help");
    assertEquals(0, r.code(), r.all());
    assertTrue(r.out().contains("退出码：有年报存在错误或有文件无法导入时为 1，否则为 0"), r.out());
    assertTrue(r.out().contains("--html=<文件>") && r.out().contains("--csv=<文件>"), r.out());
    assertFalse(r.out().contains("Usage"), r.out());
    assertTrue(run("--help").out().contains("audit"), "listed among the commands");
  }
}
