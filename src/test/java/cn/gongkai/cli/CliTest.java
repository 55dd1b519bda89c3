package cn.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.TestCli.Run;
import cn.gongkai.TestCli;
import cn.gongkai.TestSite;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in-process: exit codes and the messages a webmaster reads. */
class CliTest {
  static Run run(String... args) {
    return TestCli.run(args);
  }

  static void assertNoStackTrace(Run r) {
    assertFalse(r.all().contains("Exception"), r.all());
    assertFalse(r.all().contains("\tat "), r.all());
  }

  @Test
  void helpListsTheCommands() {
    Run r = run("--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("build") && r.out().contains("check") && r.out().contains("new-report"), r.out());
  }

  /** Main finds a command by a name written out beside it: it must be the command's own. */
  @Test
  void everyCommandIsFoundByItsOwnName() {
    Main.COMMANDS.forEach((name, type) -> assertEquals(type.getAnnotation(picocli.CommandLine.Command.class).name(), name));
    assertEquals(7, Main.COMMANDS.size());
  }

  @Test
  void unknownOptionIsAUsageError() {
    Run r = run("build", "--sauce", ".");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("命令行参数错误"), r.err());
    assertTrue(r.err().contains("--sauce"), r.err());
  }

  @Test
  void missingContentFolderIsAUsageError(@TempDir Path dir) {
    Run r = run("check", "--source", dir.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("找不到 content/ 目录"), r.err());
  }

  @Test
  void checkPassesOnAValidSite(@TempDir Path dir) {
    TestSite.write(dir, TestSite.valid2021());
    Run r = run("check", "--source", dir.toString());
    assertEquals(0, r.code(), r.all());
    assertTrue(r.out().contains("检查通过。共 0 个错误，0 个警告，0 项已确认。"), r.out());
    assertFalse(Files.exists(dir.resolve("site")), "check must write nothing");
  }

  @Test
  void brokenBalanceFailsNamingColumnAndNumbersAndLeavesTheSiteAlone(@TempDir Path dir) throws Exception {
    TestSite.write(dir, TestSite.valid2021().replace("received:     [5, 1, 0, 0, 0, 1]", "received:     [6, 1, 0, 0, 0, 1]"));
    Path old = dir.resolve("site/index.html");
    Files.createDirectories(old.getParent());
    Files.writeString(old, "previous site");
    Run r = run("build", "--source", dir.toString());
    assertEquals(1, r.code());
    assertTrue(
        r.err().contains("content/reports/2023.yaml:22:17: 错误 T3-01 表三“自然人”列勾稽关系不成立：一、本年新收 6 + 二、上年结转 1 = 7，但三、（七）总计 5 + 四、结转下年度继续办理 1 = 6，相差 1。"),
        r.err());
    assertTrue(r.err().contains("表三“总计”列勾稽关系不成立：一、本年新收 8 + 二、上年结转 1 = 9"), r.err());
    assertTrue(r.err().contains("未生成任何文件"), r.err());
    assertNoStackTrace(r);
    assertEquals("previous site", Files.readString(old));
    try (var files = Files.list(dir)) {
      assertEquals(0, files.filter(p -> p.getFileName().toString().startsWith(".site")).count(), "no staging folder left");
    }
  }

  @Test
  void successfulBuildReplacesTheWholeOutput(@TempDir Path dir) throws Exception {
    TestSite.write(dir, TestSite.valid2021());
    Path stale = dir.resolve("site/old-page.html");
    Files.createDirectories(stale.getParent());
    Files.writeString(stale, "removed content");
    Run r = run("build", "--source", dir.toString());
    assertEquals(0, r.code(), r.all());
    assertTrue(r.out().matches("(?s).*已生成 \\d+ 个页面.*"), r.out());
    assertFalse(Files.exists(stale));
    assertTrue(Files.exists(dir.resolve("site/reports/2023/index.html")));
  }

  @Test
  void outputMayNotBeTheSourceFolder(@TempDir Path dir) {
    TestSite.write(dir, TestSite.valid2021());
    Run r = run("build", "--source", dir.toString(), "--out", dir.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("看起来是源目录"), r.err());
    assertTrue(Files.exists(dir.resolve("content/site.yaml")));
  }

  @Test
  void yamlSyntaxErrorNamesLineAndColumn(@TempDir Path dir) {
    TestSite.write(dir, TestSite.valid2021().replace("  penalty: 3\n", "  penalty: [3\n"));
    Run r = run("check", "--source", dir.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().matches("(?s)content/reports/2023\\.yaml:\\d+:\\d+: 错误 YAML-01 YAML 格式错误：.*"), r.err());
    assertNoStackTrace(r);
  }

  @Test
  void gbkFileIsRefusedWithInstructions(@TempDir Path dir) throws Exception {
    TestSite.write(dir, TestSite.valid2021());
    Path md = dir.resolve("content/reports/2023.md");
    Files.write(md, Files.readString(md).getBytes(Charset.forName("GBK")));
    Run r = run("check", "--source", dir.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("content/reports/2023.md:1: 错误 ENC-01 文件编码是GBK"), r.err());
    assertTrue(r.err().contains("UTF-8"), r.err());
  }

  @Test
  void bomAndCrlfAreAccepted(@TempDir Path dir) throws Exception {
    TestSite.write(dir, TestSite.valid2021());
    Path yaml = dir.resolve("content/reports/2023.yaml");
    String windows = "\uFEFF" + Files.readString(yaml).replace("\n", "\r\n");
    Files.writeString(yaml, windows, StandardCharsets.UTF_8);
    Run r = run("check", "--source", dir.toString());
    assertEquals(0, r.code(), r.all());
  }

  @Test
  void newReportScaffoldsNextYearFromLastYear(@TempDir Path dir) throws Exception {
    TestSite.write(dir, TestSite.valid2021());
    Run r = run("new-report", "2024", "--source", dir.toString());
    assertEquals(0, r.code(), r.all());
    String yaml = Files.readString(dir.resolve("content/reports/2024.yaml"));
    assertTrue(yaml.contains("format: \"2021\""), yaml);
    assertTrue(yaml.contains("organ: 示例县示例镇人民政府"), yaml);
    assertTrue(yaml.contains("publisher: 示例镇"), yaml);
    assertTrue(yaml.contains("carried_over: [1, 0, 0, 0, 0, 0]"), "上年结转 from 2023's 结转下年度继续办理: " + yaml);
    assertTrue(yaml.contains("normative_documents: {issued: 0, repealed: 0, in_force: 5}"), "现行有效件数 carried: " + yaml);
    assertTrue(yaml.contains("fee_unpaid: [0, 0, 0, 0, 0, 0]"), yaml);
    String md = Files.readString(dir.resolve("content/reports/2024.md"));
    for (String title : cn.gongkai.report.ReportSchema.SECTION_TITLES) {
      assertTrue(md.contains("## " + title + "\n"), md);
    }
    // Until the webmaster fills in the placeholders, check refuses the report.
    Run check = run("check", "--source", dir.toString());
    assertEquals(1, check.code());
    assertTrue(check.err().contains("content/reports/2024.yaml:7:1: 错误 META-01 索引号“123456789X/2025-待填写”格式不对"), check.err());
    assertTrue(check.err().contains("错误 FMT-03"), check.err());
    assertTrue(check.err().contains("错误 FMT-02 章节“一、总体情况”没有内容"), check.err());
  }

  @Test
  void newReportCarriesNoBlankFromLastYear(@TempDir Path dir) throws Exception {
    // last year's 结转下年度继续办理 and 现行有效件数 were blank as published: nothing is carried, and no “空白” text
    String site =
        TestSite.valid2021()
            .replace("signed_on: 2024-01-19\n", "signed_on: 2024-01-19\nacknowledged:\n  - rule: FMT-03\n    reason: 按原文存档\n")
            .replace("carried_forward: [1, 0, 0, 0, 0, 0]", "carried_forward: ~")
            .replace("{issued: 2, repealed: 1, in_force: 5}", "{issued: 2, repealed: 1, in_force: ~}");
    TestSite.write(dir, site);
    Run r = run("new-report", "2024", "--source", dir.toString());
    assertEquals(0, r.code(), r.all());
    String yaml = Files.readString(dir.resolve("content/reports/2024.yaml"));
    assertTrue(yaml.contains("carried_over: [0, 0, 0, 0, 0, 0]   # 二、上年结转政府信息公开申请数量（2023 年度“结转下年度继续办理”原表未填写，请按实际填写）"), yaml);
    assertTrue(yaml.contains("normative_documents: {issued: 0, repealed: 0, in_force: 0}"), yaml);
    assertFalse(yaml.contains(": 空白") || yaml.contains("[空白"), yaml);
  }

  @Test
  void newReportNeverOverwrites(@TempDir Path dir) throws Exception {
    TestSite.write(dir, TestSite.valid2021());
    Path yaml = dir.resolve("content/reports/2023.yaml");
    String before = Files.readString(yaml);
    Run r = run("new-report", "2023", "--source", dir.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("content/reports/2023.yaml 已存在，未做任何改动"), r.err());
    assertEquals(before, Files.readString(yaml));
  }

  @Test
  void newReportRejectsAnImpossibleYear(@TempDir Path dir) {
    TestSite.write(dir, TestSite.valid2021());
    Run r = run("new-report", "23", "--source", dir.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("年度 23 不合理"), r.err());
  }
  @Test
  void newReportForAYearUpTo2020WritesThe2019FormatCarryingWhatBothYearsHave(@TempDir Path dir) throws Exception {
    // last year (2019) in the 2019 format: 东山镇's 2022 report as if it were 2019's (tables 三 and 四 blank as published)
    Path reports = Files.createDirectories(dir.resolve("content/reports"));
    Files.copy(TestSite.REPO.resolve("content/site.yaml"), dir.resolve("content/site.yaml"));
    Files.writeString(reports.resolve("2019.yaml"), Files.readString(TestSite.REPO.resolve("content/reports/2022.yaml")).replace("year: 2022\n", "year: 2019\n"));
    Files.copy(TestSite.REPO.resolve("content/reports/2022.md"), reports.resolve("2019.md"));
    Run r = run("new-report", "2020", "--source", dir.toString());
    assertEquals(0, r.code(), r.all());
    String yaml = Files.readString(reports.resolve("2020.yaml"));
    assertTrue(yaml.contains("2019 年试行格式，国办公开办函〔2019〕60号"), yaml);
    assertTrue(yaml.contains("format: \"2019\"\n"), yaml);
    assertTrue(yaml.contains("  regulations: {created: 0, published: 0, total: 3}"), "对外公开总数量 carried: " + yaml);
    assertTrue(yaml.contains("  normative_documents: {created: 0, published: 0, total: 2}"), yaml);
    assertTrue(yaml.contains("  other_services: {previous: 194, change: 0, decisions: 0}"), "上一年项目数量 = 97 + 97: " + yaml);
    assertTrue(yaml.contains("  fees: {previous: 0, change: 0}"), yaml);
    assertTrue(yaml.contains("  procurement: {projects: 0, amount: 0}"), yaml);
    assertTrue(yaml.contains("\n    other: [0, 0, 0, 0, 0, 0]"), "（六）其他处理 is one row in 2019: " + yaml);
    assertFalse(yaml.contains("fee_unpaid") || yaml.contains("in_force") || yaml.contains("issued"), yaml);
    assertTrue(yaml.contains("carried_over: [0, 0, 0, 0, 0, 0]   # 二、上年结转政府信息公开申请数量（2019 年度“结转下年度继续办理”原表未填写，请按实际填写）"), yaml);
    assertFalse(Files.readString(reports.resolve("2020.md")).contains("信息处理费"), "信息处理费 is a 2021-format section 六 item");
  }

  @Test
  void newReportBackFillsAnEarlierYearInItsOwnFormat(@TempDir Path dir) throws Exception {
    TestSite.write(dir, TestSite.valid2021()); // 2023 exists, in the 2021 format
    Run r = run("new-report", "2019", "--source", dir.toString());
    assertEquals(0, r.code(), r.all());
    String yaml = Files.readString(dir.resolve("content/reports/2019.yaml"));
    assertTrue(yaml.contains("format: \"2019\"\n"), yaml);
    Run check = run("check", "--source", dir.toString());
    assertEquals(1, check.code(), check.all());
    List<String> errors = check.err().lines().filter(l -> l.startsWith("content/reports/2019.")).toList();
    assertFalse(errors.isEmpty(), check.all());
    // Only what the webmaster must fill in: the placeholders and the narrative; no format or table error.
    for (String line : errors) {
      assertTrue(
          line.matches("content/reports/2019\\.yaml:[789]:\\d+: 错误 (META-01|FMT-03) .*待填写.*") || line.matches("content/reports/2019\\.md:\\d+:\\d+: 错误 FMT-02 .*没有内容.*"),
          "unexpected: " + line + "\n" + check.all());
    }
    assertFalse(check.all().contains("FMT-01"), check.all());
    assertFalse(check.all().contains("content/reports/2023."), "the 2023 report stays valid: " + check.all());
  }
  @Test
  void acknowledgedFindingsAreOneLineUnlessVerbose(@TempDir Path dir) throws Exception {
    String site =
        TestSite.valid2021()
            .replace("signed_on: 2024-01-19\n", "signed_on: 2024-01-19\nacknowledged:\n  - rule: FMT-03\n    reason: 按原文存档：原表未填写\n")
            .replace("received:     [5, 1, 0, 0, 0, 1]", "received:     [5, ~, 0, 0, 0, 1]");
    TestSite.write(dir, site);
    for (String command : List.of("check", "build")) {
      Run quiet = command.equals("check") ? run("check", "--source", dir.toString()) : run("build", "--source", dir.toString(), "--out", dir.resolve("out").toString());
      assertEquals(0, quiet.code(), quiet.all());
      assertTrue(quiet.out().contains("1 项已确认（按原文存档），用 --verbose 查看。\n2 项无法核对（原表空白），用 --verbose 查看。\n"), quiet.all());
      assertFalse(quiet.out().contains(": 已确认 FMT-03") || quiet.out().contains(": 无法核对 "), quiet.all());
      assertTrue(quiet.out().contains("共 0 个错误，0 个警告，1 项已确认，2 项无法核对。"), quiet.all());
      Run verbose = command.equals("check") ? run("check", "--verbose", "--source", dir.toString()) : run("build", "--verbose", "--source", dir.toString(), "--out", dir.resolve("out-v").toString());
      assertEquals(0, verbose.code(), verbose.all());
      assertTrue(verbose.out().contains("content/reports/2023.yaml:25:21: 已确认 FMT-03 "), verbose.all());
      assertTrue(verbose.out().contains(": 无法核对 T3-01 "), verbose.all());
      assertFalse(verbose.out().contains("用 --verbose 查看"), verbose.all());
    }
  }
}
