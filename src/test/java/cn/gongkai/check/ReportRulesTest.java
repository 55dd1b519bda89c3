package cn.gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cn.gongkai.TestSite;
import cn.gongkai.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every annual-report rule (README, 检查规则), each with a passing and a failing case, run through
 * {@code check} in-process. Failing cases assert the exact rule id, level, {@code file:line[:col]} and
 * the labels and numbers of the Chinese message. Line/column numbers refer to
 * {@code src/test/resources/fixtures/report-2021.yaml} / {@code report-2021.md} (written as 2023.yaml /
 * 2023.md), or to the 2019-format text blocks below.
 */
class ReportRulesTest {
  static final String Y2023 = "content/reports/2023.yaml";
  static final String M2023 = "content/reports/2023.md";
  static final String Y2022 = "content/reports/2022.yaml";
  static final String CLEAN = "共 0 个错误，0 个警告，0 项已确认";
  /** Section 五 of the fixture (line 13): long enough for SEC5-01, its year keeps SIM-01 from reading a copy. */
  static final String FIVE = "公开内容有待充实。示例镇自2023年下半年起逐月梳理公开目录，尚需补充。";

  @TempDir Path dir;
  private int sites;

  // ---------------------------------------------------------------- harness

  /** Exit code and what the command printed. */
  record Run(int code, String out, String err) {
    String all() {
      return out + err;
    }

    List<String> lines() {
      return Arrays.stream(all().split("\\R")).filter(l -> !l.isBlank()).toList();
    }

    /** Finding lines of one rule, at any level. */
    List<String> of(String rule) {
      List<String> hits = new ArrayList<>();
      for (String l : lines()) {
        if (l.matches("^\\S+: (错误|警告|已确认) " + java.util.regex.Pattern.quote(rule) + " .*")) {
          hits.add(l);
        }
      }
      return hits;
    }

    String dump() {
      return "exit " + code + "\n--- out ---\n" + out + "--- err ---\n" + err;
    }
  }

  /** Writes {@code txtar} to a fresh directory and runs the command on it (several runs per test are fine). */
  Run run(String txtar, String... args) {
    Path site = TestSite.write(dir.resolve("site" + ++sites), txtar);
    List<String> argv = new ArrayList<>(Arrays.asList(args));
    argv.add("--source");
    argv.add(site.toString());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(argv.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  /** {@code check --verbose}: the acknowledged and 无法核对 lines are listed, not only counted. */
  Run check(String txtar) {
    return run(txtar, "check", "--verbose");
  }

  /** {@code text} with exactly one occurrence of {@code from} replaced; a drifted fixture fails loudly. */
  static String edit(String text, String from, String to) {
    int at = text.indexOf(from);
    if (at < 0) {
      throw new IllegalStateException("fixture no longer contains: " + from);
    }
    if (text.indexOf(from, at + 1) >= 0) {
      throw new IllegalStateException("fixture contains more than once: " + from);
    }
    return text.substring(0, at) + to + text.substring(at + from.length());
  }

  /** The one finding line at {@code where} (file:line[:col]) with this level and rule; it must contain {@code parts}. */
  static String assertFinding(Run run, String where, String level, String rule, String... parts) {
    String prefix = where + ": " + level + " " + rule + " ";
    List<String> candidates = run.lines().stream().filter(l -> l.startsWith(prefix)).toList();
    if (candidates.isEmpty()) {
      fail("no line starting with “" + prefix + "”\n" + run.dump());
    }
    for (String line : candidates) {
      if (Arrays.stream(parts).allMatch(line::contains)) {
        return line;
      }
    }
    fail("no line “" + prefix + "…” contains all of " + Arrays.toString(parts) + "\n" + run.dump());
    return null;
  }

  static void assertNone(Run run, String rule) {
    assertTrue(run.of(rule).isEmpty(), "unexpected " + rule + "\n" + run.dump());
  }

  static void assertCount(Run run, String rule, int n) {
    assertEquals(n, run.of(rule).size(), "number of " + rule + " findings\n" + run.dump());
  }

  static void assertClean(Run run) {
    assertEquals(0, run.code(), run.dump());
    assertTrue(run.out().contains("检查通过。" + CLEAN), run.dump());
  }

  /** Errors: exit 1, findings and the summary on stderr, no “检查通过”. */
  static void assertFails(Run run) {
    assertEquals(1, run.code(), run.dump());
    assertTrue(run.err().matches("(?s).*共 [1-9]\\d* 个错误，.*"), run.dump());
    assertFalse(run.out().contains("检查通过"), run.dump());
  }

  /** Warnings only: exit 0, “检查通过” with the warning count. */
  static void assertPassesWithWarnings(Run run, int warnings) {
    assertEquals(0, run.code(), run.dump());
    assertTrue(run.out().contains("检查通过。共 0 个错误，" + warnings + " 个警告"), run.dump());
  }

  // ---------------------------------------------------------------- sites

  static String valid() {
    return TestSite.valid2021();
  }

  static String valid(String from, String to) {
    return edit(valid(), from, to);
  }

  /** The 2023 fixture re-dated to 2022, figures consistent with 2023 (现行有效 4 + 2 − 1 = 5; 结转 1 = 1). */
  static String yaml2022() {
    String y = TestSite.resource("fixtures/report-2021.yaml");
    y = edit(y, "year: 2023", "year: 2022");
    y = edit(y, "index_no: 123456789X/2024-0001", "index_no: 123456789X/2023-0001");
    y = edit(y, "generated: 2024-01-20", "generated: 2023-01-20");
    y = edit(y, "published: 2024-01-20", "published: 2023-01-20");
    y = edit(y, "signed_on: 2024-01-19", "signed_on: 2023-01-19");
    y = edit(y, "{issued: 2, repealed: 1, in_force: 5}", "{issued: 2, repealed: 1, in_force: 4}");
    return y;
  }

  /** The 2023 narrative with section 一 written anew for 2022 (same figures), so SIM-01 has nothing to say. */
  static String md2022() {
    return edit(
        edit(
            TestSite.resource("fixtures/report-2021.md"),
            "示例镇2023年收到政府信息公开申请7件，予以公开4件。本段为测试用虚构文字。",
            "2022年，示例镇共收到政府信息公开申请7件，其中予以公开4件。以上内容均为测试用的虚构材料。"),
        "自2023年下半年起", "自2022年下半年起");
  }

  static String twoYears(String yaml2022, String base2023) {
    return twoYears(yaml2022, md2022(), base2023);
  }

  static String twoYears(String yaml2022, String md2022, String base2023) {
    return base2023 + "-- content/reports/2022.yaml --\n" + yaml2022 + "-- content/reports/2022.md --\n" + md2022;
  }

  /**
   * A 2019-format (试行) report for {@code year}, published 20 January of the next year, with the same
   * table-三/四 figures as the 2021 fixture. Line numbers: format 2, regulations 12, other_services 15.
   */
  static String yaml2019(int year) {
    return """
        year: %d
        format: "2019"
        organ: 示例县示例镇人民政府
        publisher: 示例镇
        index_no: 123456789X/%d-0001
        generated: %d-01-20
        published: %d-01-20
        scope: 全部公开
        channel: 政府网站

        active:
          regulations:         {created: 0, published: 0, total: 0}
          normative_documents: {created: 2, published: 1, total: 5}
          licensing:           {previous: 3, change: 1, decisions: 12}
          other_services:      {previous: 97, change: -2, decisions: 40}
          penalty:             {previous: 1, change: 0, decisions: 3}
          coercion:            {previous: 0, change: 0, decisions: 0}
          fees:                {previous: 1, change: 0}
          procurement:         {projects: 2, amount: 35.5}

        applications:
          received:     [5, 1, 0, 0, 0, 1]
          carried_over: [1, 0, 0, 0, 0, 0]
          results:
            disclosed:           [3, 1, 0, 0, 0, 0]
            partially_disclosed: [1, 0, 0, 0, 0, 0]
            withheld:
              state_secret:           [0, 0, 0, 0, 0, 0]
              prohibited_by_law:      [0, 0, 0, 0, 0, 0]
              security_and_stability: [0, 0, 0, 0, 0, 0]
              third_party_rights:     [1, 0, 0, 0, 0, 0]
              internal_affairs:       [0, 0, 0, 0, 0, 0]
              process_information:    [0, 0, 0, 0, 0, 0]
              enforcement_files:      [0, 0, 0, 0, 0, 0]
              administrative_query:   [0, 0, 0, 0, 0, 0]
            unavailable:
              not_held:        [0, 0, 0, 0, 0, 1]
              needs_creation:  [0, 0, 0, 0, 0, 0]
              still_unclear:   [0, 0, 0, 0, 0, 0]
            not_handled:
              complaint:       [0, 0, 0, 0, 0, 0]
              duplicate:       [0, 0, 0, 0, 0, 0]
              publication:     [0, 0, 0, 0, 0, 0]
              excessive:       [0, 0, 0, 0, 0, 0]
              confirmation:    [0, 0, 0, 0, 0, 0]
            other: [0, 0, 0, 0, 0, 0]
          carried_forward: [1, 0, 0, 0, 0, 0]

        reviews:
          review:                  {upheld: 1, corrected: 0, other: 0, pending: 0}
          litigation_direct:       {upheld: 0, corrected: 0, other: 0, pending: 1}
          litigation_after_review: {upheld: 0, corrected: 0, other: 0, pending: 0}
        """
        .formatted(year, year + 1, year + 1, year + 1);
  }

  /** Narrative for a 2019-format report: no year in the text, section 六 “无。” (allowed in 2019). */
  static final String MD2019 =
      """
      ## 一、概述

      示例镇本年度收到政府信息公开申请7件，予以公开4件。

      ## 二、行政机关主动公开政府信息情况

      ## 三、行政机关收到和处理政府信息公开申请情况

      ## 四、因政府信息公开工作被申请行政复议、提起行政诉讼情况

      ## 五、政府信息公开工作存在的主要问题及改进情况

      公开内容有待充实。示例镇将逐月梳理公开目录，及时补充、更新各栏目内容。

      ## 六、其他需要报告的事项

      无。
      """;

  static String site2019(int year, String yaml) {
    return "-- content/site.yaml --\n"
        + TestSite.resource("fixtures/site.yaml")
        + "-- content/reports/" + year + ".yaml --\n"
        + yaml
        + "-- content/reports/" + year + ".md --\n"
        + MD2019;
  }

  // ---------------------------------------------------------------- the baselines

  @Test
  void validFixturePassesWithZeroFindings() {
    assertClean(check(valid()));
  }

  @Test
  void valid2019ReportFor2020PassesWithZeroFindings() {
    assertClean(check(site2019(2020, yaml2019(2020))));
  }

  @Test
  void twoConsistentYearsPassWithZeroFindings() {
    assertClean(check(twoYears(yaml2022(), valid())));
  }

  // ---------------------------------------------------------------- FMT-01

  @Nested
  class Fmt01 {
    @Test
    void passes_2021FormatFrom2021On_2019FormatUpTo2020_andDefaultFromYear() {
      assertNone(check(valid()), "FMT-01");
      assertNone(check(site2019(2020, yaml2019(2020))), "FMT-01");
      // format absent: 2021 is assumed for year 2023
      assertClean(check(valid("format: \"2021\"\n", "")));
    }

    @Test
    void fails_2023ReportIn2019Format() {
      Run run = check(site2019(2023, yaml2019(2023)));
      assertFails(run);
      assertFinding(run, Y2023 + ":2:1", "错误", "FMT-01", "2023 年度", "应使用 2021 年格式", "format 为 \"2019\"", "国办公开办函〔2021〕30号", "改为 \"2021\"");
      assertCount(run, "FMT-01", 1);
      assertNone(run, "FMT-03");
    }

    @Test
    void fails_2020ReportIn2021Format() {
      String txtar = valid();
      txtar = edit(txtar, "-- content/reports/2023.yaml --", "-- content/reports/2020.yaml --");
      txtar = edit(txtar, "-- content/reports/2023.md --", "-- content/reports/2020.md --");
      txtar = edit(txtar, "year: 2023", "year: 2020");
      txtar = edit(txtar, "index_no: 123456789X/2024-0001", "index_no: 123456789X/2021-0001");
      txtar = edit(txtar, "published: 2024-01-20", "published: 2021-01-20");
      txtar = txtar.replace("2023年", "2020年");
      Run run = check(txtar);
      assertFails(run);
      assertFinding(run, "content/reports/2020.yaml:3:1", "错误", "FMT-01", "2020 年度", "应使用 2019 年格式", "format 为 \"2021\"", "改为 \"2019\"");
    }
  }

  // ---------------------------------------------------------------- FMT-02

  @Nested
  class Fmt02 {
    @Test
    void passes_variantTitlesAreRecognised() {
      Run run = check(site2019(2020, yaml2019(2020)));
      assertNone(run, "FMT-02");
      assertClean(run);
    }

    @Test
    void fails_sectionFiveMissing() {
      Run run = check(valid("## 五、存在的主要问题及改进情况\n\n", ""));
      assertFails(run);
      assertFinding(run, M2023, "错误", "FMT-02", "缺少“五、存在的主要问题及改进情况”部分");
      assertCount(run, "FMT-02", 1);
    }

    @Test
    void fails_sectionSixMissing() {
      Run run = check(valid("## 六、其他需要报告的事项\n\n本年度未收取信息处理费。\n", ""));
      assertFails(run);
      assertFinding(run, M2023, "错误", "FMT-02", "缺少“六、其他需要报告的事项”部分", "无。");
    }

    @Test
    void fails_sectionsOutOfOrder() {
      String txtar = valid("## 五、存在的主要问题及改进情况\n\n" + FIVE + "\n\n## 六、其他需要报告的事项\n\n本年度未收取信息处理费。\n",
          "## 六、其他需要报告的事项\n\n本年度未收取信息处理费。\n\n## 五、存在的主要问题及改进情况\n\n" + FIVE + "\n");
      Run run = check(txtar);
      assertFails(run);
      // 六 is now at line 11, 五 at line 15; order is FMT-04 (spec §3), and nothing is “missing”.
      assertFinding(run, M2023 + ":15:1", "错误", "FMT-04", "五、存在的主要问题及改进情况", "顺序", "应排在第五");
      assertCount(run, "FMT-04", 1);
      assertNone(run, "FMT-02");
    }

    @Test
    void fails_unknownHeadingAndEmptySection() {
      Run run = check(valid("## 五、存在的主要问题及改进情况\n\n" + FIVE + "\n", "## 五、存在问题\n\n" + FIVE + "\n"));
      assertFails(run);
      // one finding: under its ordinal 五 the part is there, its title not the prescribed one; it is not also “missing”
      assertFinding(run, M2023 + ":11:1", "错误", "FMT-02", "“五、存在问题”不是年报规定的章节标题", "如果是第五部分，标题应为“五、存在的主要问题及改进情况”");
      assertCount(run, "FMT-02", 1);
      // without an ordinal it says nothing of where it belongs: the heading, and 五 missing
      Run bare = check(valid("## 五、存在的主要问题及改进情况\n", "## 存在问题\n"));
      assertFinding(bare, M2023 + ":11:1", "错误", "FMT-02", "“存在问题”不是年报规定的章节标题", "应为以下之一");
      assertFinding(bare, M2023, "错误", "FMT-02", "缺少“五、存在的主要问题及改进情况”部分");

      Run empty = check(valid(FIVE + "\n", ""));
      assertFails(empty);
      assertFinding(empty, M2023 + ":11:1", "错误", "FMT-02", "“五、存在的主要问题及改进情况”没有内容", "无。");
    }
  }

  /** FMT-04: a section recognised under the wrong ordinal (real cases), named with its canonical title. */
  @Nested
  class Fmt04 {
    @Test
    void fails_wrongOrdinalNamesTheCanonicalTitle() {
      Run run = check(valid("## 二、主动公开政府信息情况", "## 三、主动公开政府信息情况"));
      assertFails(run);
      assertFinding(run, M2023 + ":5:1", "错误", "FMT-04", "“三、主动公开政府信息情况”的序号不对", "“二、主动公开政府信息情况”");
      assertCount(run, "FMT-04", 1);
      assertNone(run, "FMT-02");
    }

    @Test
    void fails_sectionSevenIsSix_andItIsNotMissing() {
      Run run = check(valid("## 六、其他需要报告的事项", "## 七、其他需要报告的事项"));
      assertFails(run);
      assertFinding(run, M2023 + ":15:1", "错误", "FMT-04", "七、其他需要报告的事项", "六、其他需要报告的事项");
      assertNone(run, "FMT-02");
    }

    @Test
    void fails_renumberedAfterTable2_eachOccurrenceItsOwnFinding() {
      String txtar = edit(valid("## 五、存在的主要问题及改进情况", "## 三、存在的主要问题及改进情况"), "## 六、其他需要报告的事项", "## 四、其他需要报告的事项");
      Run run = check(txtar);
      assertFails(run);
      assertFinding(run, M2023 + ":11:1", "错误", "FMT-04", "三、存在的主要问题及改进情况", "五、存在的主要问题及改进情况");
      assertFinding(run, M2023 + ":15:1", "错误", "FMT-04", "四、其他需要报告的事项", "六、其他需要报告的事项");
      assertCount(run, "FMT-04", 2);
      assertNone(run, "FMT-02");
    }

    @Test
    void fails_allSixUnderWrongOrdinals_sixFmt04AndNoFmt02() {
      String txtar = valid();
      String[][] renumbered = {
        {"## 一、总体情况", "## 二、总体情况"},
        {"## 二、主动公开政府信息情况", "## 三、主动公开政府信息情况"},
        {"## 三、收到和处理政府信息公开申请情况", "## 四、收到和处理政府信息公开申请情况"},
        {"## 四、政府信息公开行政复议、行政诉讼情况", "## 五、政府信息公开行政复议、行政诉讼情况"},
        {"## 五、存在的主要问题及改进情况", "## 六、存在的主要问题及改进情况"},
        {"## 六、其他需要报告的事项", "## 七、其他需要报告的事项"}};
      for (String[] r : renumbered) {
        txtar = edit(txtar, r[0], r[1]);
      }
      Run run = check(txtar);
      assertFails(run);
      assertCount(run, "FMT-04", 6);
      assertNone(run, "FMT-02");
      assertFinding(run, M2023 + ":1:1", "错误", "FMT-04", "“二、总体情况”的序号不对", "“一、总体情况”");
      assertFinding(run, M2023 + ":11:1", "错误", "FMT-04", "“六、存在的主要问题及改进情况”", "“五、存在的主要问题及改进情况”");
      assertFinding(run, M2023 + ":15:1", "错误", "FMT-04", "“七、其他需要报告的事项”", "“六、其他需要报告的事项”");
    }

    @Test
    void passes_debrisOfEveryKind_和For及_andABorderAtTheEnd() {
      String txtar = edit(valid("## 一、总体情况", "## 丨一、总体情况"), "## 六、其他需要报告的事项", "## |六、其他需要报告的事项 |");
      txtar = edit(txtar, "## 五、存在的主要问题及改进情况", "## l五、存在的主要问题和改进情况");
      txtar = edit(txtar, "## 四、政府信息公开行政复议、行政诉讼情况", "## **四、政府信息公开行政复议、行政诉讼情况**");
      assertClean(check(txtar));
    }

    @Test
    void fails_aTitleMistypedByOneCharacter_isOneFinding_notMissing() {
      // 平潭 2022 (import/real/pingtan-2022) has “四、政府信息公开行政法复议、行政诉讼情况”; import reads it the same way
      Run run = check(valid("## 五、存在的主要问题及改进情况", "## 五、存在的主要问题及改近情况"));
      assertFails(run);
      assertFinding(run, M2023 + ":11:1", "错误", "FMT-02", "“五、存在的主要问题及改近情况”与规定的章节标题“五、存在的主要问题及改进情况”差一个字");
      assertCount(run, "FMT-02", 1);
      assertNone(run, "FMT-04");
      // with a PDF's border before it, as imported
      Run bordered = check(valid("## 四、政府信息公开行政复议、行政诉讼情况", "## |四、政府信息公开行政法复议、行政诉讼情况"));
      assertFinding(bordered, M2023 + ":9:1", "错误", "FMT-02", "差一个字，请改为“四、政府信息公开行政复议、行政诉讼情况”");
      // two characters off is not a typo of it: not a prescribed title (one finding all the same)
      Run far = check(valid("## 五、存在的主要问题及改进情况", "## 五、存在的主要困难及改进措施"));
      assertFinding(far, M2023 + ":11:1", "错误", "FMT-02", "不是年报规定的章节标题", "标题应为“五、存在的主要问题及改进情况”");
      assertCount(far, "FMT-02", 1);
    }

    @Test
    void passes_variantWordingAndConversionDebris() {
      // “|” left by a PDF conversion, 政府信息公开工作 and 和 for 及: still sections 一 and 五, under their own ordinals.
      String txtar = edit(valid("## 一、总体情况", "## | 一、概述"), "## 五、存在的主要问题及改进情况", "## 五、政府信息公开工作存在的主要问题和改进情况");
      Run run = check(txtar);
      assertNone(run, "FMT-04");
      assertNone(run, "FMT-02");
    }
  }

  // ---------------------------------------------------------------- FMT-03

  @Nested
  class Fmt03 {
    @Test
    void passes_decimalAmountAndSignedChangeAreAccepted() {
      // fees 0.092 (2021) and change -2 / amount 35.5 (2019) are in the valid fixtures
      assertNone(check(valid()), "FMT-03");
      assertNone(check(site2019(2020, yaml2019(2020))), "FMT-03");
      assertClean(check(valid("  fees: 0.092", "  fees: 12.5")));
    }

    @Test
    void fails_missingRow() {
      Run run = check(valid("      still_unclear:   [0, 0, 0, 0, 0, 0]\n", ""));
      assertFails(run);
      assertFinding(run, Y2023 + ":37:7", "错误", "FMT-03", "缺少表三“三、本年度办理结果（四）无法提供3.补正后申请内容仍不明确”一行", "results.unavailable.still_unclear", "[0, 0, 0, 0, 0, 0]");
    }

    @Test
    void fails_missingCell() {
      Run run = check(valid("{issued: 2, repealed: 1, in_force: 5}", "{issued: 2, repealed: 1}"));
      assertFails(run);
      assertFinding(run, Y2023 + ":15:24", "错误", "FMT-03", "表二 第二十条第（一）项“行政规范性文件”缺少“in_force”（现行有效件数）", "没有就填 0");
    }

    @Test
    void fails_missingTopLevelRow() {
      Run run = check(valid("  carried_forward: [1, 0, 0, 0, 0, 0]\n", ""));
      assertFails(run);
      assertFinding(run, Y2023 + ":22:3", "错误", "FMT-03", "缺少表三“四、结转下年度继续办理”一行", "carried_forward");
    }

    @Test
    void fails_textInsteadOfNumber() {
      Run run = check(valid("  licensing: 12\n", "  licensing: 12件\n"));
      assertFails(run);
      assertFinding(run, Y2023 + ":16:14", "错误", "FMT-03", "表二 第二十条第（五）项“行政许可”（本年处理决定数量）应为非负整数", "文字“12件”");
      assertCount(run, "FMT-03", 1);
    }

    @Test
    void fails_negativeCount() {
      Run run = check(valid("received:     [5, 1, 0, 0, 0, 1]", "received:     [5, -1, 0, 0, 0, 1]"));
      assertFails(run);
      assertFinding(run, Y2023 + ":22:21", "错误", "FMT-03", "表三“一、本年新收政府信息公开申请数量”“商业企业”列为 -1，不能为负数");
      assertCount(run, "FMT-03", 1);
      assertNone(run, "T3-01"); // an unusable row is not also summed
    }

    @Test
    void fails_decimalCountAndNegativeAmount() {
      Run run = check(valid("  penalty: 3\n", "  penalty: 3.5\n"));
      assertFails(run);
      assertFinding(run, Y2023 + ":17:12", "错误", "FMT-03", "“行政处罚”", "3.5", "应为整数");

      Run fees = check(valid("  fees: 0.092", "  fees: -0.092"));
      assertFails(fees);
      assertFinding(fees, Y2023 + ":19:9", "错误", "FMT-03", "“行政事业性收费”", "-0.092", "不能为负数");
    }

    @Test
    void fails_blankIsNotZero() {
      Run run = check(valid("  coercion: 0\n", "  coercion:\n"));
      assertFails(run);
      assertFinding(run, Y2023 + ":18:12", "错误", "FMT-03", "表二 第二十条第（六）项“行政强制”（本年处理决定数量）是空白", "空白不等于 0");
    }

    @Test
    void fails_wrongNumberOfColumns() {
      Run run = check(valid("carried_over: [1, 0, 0, 0, 0, 0]", "carried_over: [1, 0, 0, 0, 0]"));
      assertFails(run);
      assertFinding(run, Y2023 + ":23:17", "错误", "FMT-03", "表三“二、上年结转政府信息公开申请数量”有 5 个数字", "6 个或 7 个");
    }

    @Test
    void fails_unknownKeyWithSuggestion() {
      Run run = check(valid("  licensing: 12\n", "  licencing: 12\n"));
      assertFails(run);
      assertFinding(run, Y2023 + ":16:3", "错误", "FMT-03", "未知的键“licencing”", "是不是“licensing”");
      assertFinding(run, Y2023 + ":14:3", "错误", "FMT-03", "缺少表二 第二十条第（五）项“行政许可”一行", "licensing");

      Run top = check(valid("channel: 政府网站\n", "channel: 政府网站\nremark: 无\n"));
      assertFails(top);
      assertFinding(top, Y2023 + ":11:1", "错误", "FMT-03", "未知的键“remark”");
    }

    @Test
    void fails_2019StyleOtherRowIn2021Format() {
      String txtar = valid(
          "    other:\n      no_correction:   [0, 0, 0, 0, 0, 0]\n      fee_unpaid:      [0, 0, 0, 0, 0, 0]\n      other:           [0, 0, 0, 0, 0, 0]\n",
          "    other: [0, 0, 0, 0, 0, 0]\n");
      Run run = check(txtar);
      assertFails(run);
      assertFinding(run, Y2023 + ":46:12", "错误", "FMT-03", "2021 年格式的“（六）其他处理”分三行");
    }
  }

  // ---------------------------------------------------------------- T3-01

  @Nested
  class T301 {
    @Test
    void passes_whenEveryColumnBalances() {
      assertNone(check(valid()), "T3-01");
    }

    @Test
    void fails_perColumnAndTotal() {
      Run run = check(valid("received:     [5, 1, 0, 0, 0, 1]", "received:     [6, 1, 0, 0, 0, 1]"));
      assertFails(run);
      assertFinding(run, Y2023 + ":22:17", "错误", "T3-01", "表三“自然人”列勾稽关系不成立", "一、本年新收 6 + 二、上年结转 1 = 7", "三、（七）总计 5 + 四、结转下年度继续办理 1 = 6", "相差 1");
      assertFinding(run, Y2023 + ":22:17", "错误", "T3-01", "表三“总计”列勾稽关系不成立", "一、本年新收 8 + 二、上年结转 1 = 9", "三、（七）总计 7 + 四、结转下年度继续办理 1 = 8", "相差 1");
      assertCount(run, "T3-01", 2);
    }

    @Test
    void fails_whenACarriedForwardIsMissingFromTheBalance() {
      Run run = check(valid("carried_forward: [1, 0, 0, 0, 0, 0]", "carried_forward: [1, 0, 0, 0, 2, 0]"));
      assertFails(run);
      assertFinding(run, Y2023 + ":22:17", "错误", "T3-01", "“法律服务机构”列", "一、本年新收 0 + 二、上年结转 0 = 0", "三、（七）总计 0 + 四、结转下年度继续办理 2 = 2", "相差 2");
    }
  }

  // ---------------------------------------------------------------- T3-02

  @Nested
  class T302 {
    static final String BEFORE = "  carried_forward: [1, 0, 0, 0, 0, 0]";

    String withTotal(String list) {
      return valid(BEFORE, "    total: " + list + "\n" + BEFORE);
    }

    @Test
    void passes_correctDeclaredTotal() {
      assertClean(check(withTotal("[5, 1, 0, 0, 0, 1]")));
      assertClean(check(withTotal("[5, 1, 0, 0, 0, 1, 7]")));
    }

    @Test
    void fails_declaredColumnDiffersFromSumOfResults() {
      Run run = check(withTotal("[4, 1, 0, 0, 0, 1]"));
      assertFails(run);
      assertFinding(run, Y2023 + ":50:13", "错误", "T3-02", "表三“（七）总计”“自然人”列填写为 4", "各办理结果行之和为 5");
      assertCount(run, "T3-02", 1);
    }

    @Test
    void fails_declaredGrandTotalDiffersFromSumOfResults() {
      Run run = check(withTotal("[5, 1, 0, 0, 0, 1, 8]"));
      assertFails(run);
      assertFinding(run, Y2023 + ":50:31", "错误", "T3-02", "表三“（七）总计”“总计”列填写为 8", "各办理结果行之和为 7");
    }
  }

  // ---------------------------------------------------------------- T3-03

  @Nested
  class T303 {
    @Test
    void passes_correctSeventhNumber() {
      assertClean(check(valid("received:     [5, 1, 0, 0, 0, 1]", "received:     [5, 1, 0, 0, 0, 1, 7]")));
    }

    @Test
    void fails_seventhNumberIsNotTheSum() {
      Run run = check(valid("received:     [5, 1, 0, 0, 0, 1]", "received:     [5, 1, 0, 0, 0, 1, 8]"));
      assertFails(run);
      assertFinding(run, Y2023 + ":22:36", "错误", "T3-03", "表三“一、本年新收政府信息公开申请数量”的总计填写为 8", "六列之和 5 + 1 + 0 + 0 + 0 + 1 = 7");
      assertCount(run, "T3-03", 1);
      assertNone(run, "T3-01"); // the declared 总计 is never trusted: the computed 7 balances
    }

    @Test
    void fails_onANestedResultRow() {
      Run run = check(valid("not_held:        [0, 0, 0, 0, 0, 1]", "not_held:        [0, 0, 0, 0, 0, 1, 2]"));
      assertFails(run);
      assertFinding(run, Y2023 + ":37:43", "错误", "T3-03", "三、本年度办理结果（四）无法提供1.本机关不掌握相关政府信息", "总计填写为 2", "= 1");
    }
  }

  // ---------------------------------------------------------------- T4-01

  @Nested
  class T401 {
    @Test
    void passes_correctDeclaredTotal() {
      assertClean(check(valid("{upheld: 1, corrected: 0, other: 0, pending: 0}", "{upheld: 1, corrected: 0, other: 0, pending: 0, total: 1}")));
    }

    @Test
    void fails_declaredTotalOfReview() {
      Run run = check(valid("{upheld: 1, corrected: 0, other: 0, pending: 0}", "{upheld: 1, corrected: 0, other: 0, pending: 0, total: 2}"));
      assertFails(run);
      assertFinding(run, Y2023 + ":53:83", "错误", "T4-01", "表四“行政复议”总计填写为 2", "结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 1 + 0 + 0 + 0 = 1");
      assertCount(run, "T4-01", 1);
    }

    @Test
    void fails_declaredTotalOfLitigation() {
      Run run = check(valid("{upheld: 0, corrected: 0, other: 0, pending: 1}", "{upheld: 0, corrected: 0, other: 0, pending: 1, total: 0}"));
      assertFails(run);
      assertFinding(run, Y2023 + ":54:83", "错误", "T4-01", "表四“行政诉讼—未经复议直接起诉”总计填写为 0", "= 0 + 0 + 0 + 1 = 1");
    }
  }

  // ---------------------------------------------------------------- T2-01

  @Nested
  class T201 {
    static final String REG = "{issued: 0, repealed: 0, in_force: 0}";

    @Test
    void passes_townshipWithZeroRegulations_andCountyWithRegulations() {
      assertNone(check(valid()), "T2-01");
      String county = valid(REG, "{issued: 1, repealed: 0, in_force: 1}");
      county = edit(county, "organ: 示例县示例镇人民政府\npublisher: 示例镇\nindex_no", "organ: 示例县人民政府\npublisher: 示例县人民政府\nindex_no");
      assertClean(check(county));
    }

    @Test
    void fails_townshipReportsRegulations() {
      Run run = check(valid(REG, "{issued: 1, repealed: 0, in_force: 1}"));
      assertFails(run);
      assertFinding(run, Y2023 + ":14:24", "错误", "T2-01", "报告主体“示例县示例镇人民政府”是乡镇或街道", "“规章”各列应为 0", "现为 1/0/1（本年制发件数/本年废止件数/现行有效件数）", "“行政规范性文件”");
      assertCount(run, "T2-01", 1);
    }

    @Test
    void fails_streetOffice_in2019Format() {
      String y = yaml2019(2020);
      y = edit(y, "organ: 示例县示例镇人民政府\npublisher: 示例镇", "organ: 示例区示例街道办事处\npublisher: 示例街道");
      y = edit(y, "{created: 0, published: 0, total: 0}", "{created: 3, published: 2, total: 3}");
      Run run = check(site2019(2020, y));
      assertFails(run);
      assertFinding(run, "content/reports/2020.yaml:12:24", "错误", "T2-01", "“示例区示例街道办事处”", "现为 3/2/3（本年新制作数量/本年新公开数量/对外公开总数量）", "“规范性文件”");
    }
  }

  // ---------------------------------------------------------------- T2-02

  @Nested
  class T202 {
    @Test
    void passes_consistentWithLastYear_orNoLastYear() {
      assertNone(check(twoYears(yaml2022(), valid())), "T2-02");
      assertNone(check(valid()), "T2-02");
    }

    @Test
    void fails_inForceDoesNotFollowFromLastYear() {
      String y2022 = edit(yaml2022(), "{issued: 2, repealed: 1, in_force: 4}", "{issued: 2, repealed: 1, in_force: 3}");
      Run run = check(twoYears(y2022, valid()));
      assertPassesWithWarnings(run, 1);
      assertFinding(run, Y2023 + ":15:59", "警告", "T2-02", "表二“行政规范性文件”现行有效件数为 5", "上年（2022）现行有效 3 + 本年制发 2 − 本年废止 1 = 4");
    }

    @Test
    void skipped_whenLastYearIsIn2019Format() {
      // like the real 东山镇 2022 report: 2019 format kept as published, FMT-01 acknowledged
      String y2022 = edit(yaml2019(2022), "channel: 政府网站\n", "channel: 政府网站\nacknowledged:\n  - rule: FMT-01\n    reason: 按原文存档\n");
      String txtar = valid() + "-- content/reports/2022.yaml --\n" + y2022 + "-- content/reports/2022.md --\n" + MD2019;
      Run run = check(txtar);
      assertNone(run, "T2-02");
      assertNone(run, "X-01");
      assertEquals(0, run.code(), run.dump());
      assertTrue(run.out().contains("共 0 个错误，0 个警告，1 项已确认"), run.dump());
      assertFinding(run, Y2022 + ":2:1", "已确认", "FMT-01", "应使用 2021 年格式", "（确认理由：按原文存档）");
    }
  }

  // ---------------------------------------------------------------- T2-03

  @Nested
  class T203 {
    @Test
    void passes_allZeroOrDifferentValues() {
      assertNone(check(valid()), "T2-03");
      assertNone(check(site2019(2020, yaml2019(2020))), "T2-03");
    }

    @Test
    void fails_2021RowAllTheSame() {
      Run run = check(valid("{issued: 2, repealed: 1, in_force: 5}", "{issued: 2, repealed: 2, in_force: 2}"));
      assertPassesWithWarnings(run, 1);
      assertFinding(run, Y2023 + ":15:24", "警告", "T2-03", "表二“行政规范性文件”一行各列都是 2", "本年制发件数/本年废止件数/现行有效件数", "照抄");
    }

    @Test
    void fails_2019RowAllTheSame() {
      String y = edit(yaml2019(2020), "{previous: 97, change: -2, decisions: 40}", "{previous: 97, change: 97, decisions: 97}");
      Run run = check(site2019(2020, y));
      assertPassesWithWarnings(run, 1);
      assertFinding(run, "content/reports/2020.yaml:15:24", "警告", "T2-03", "表二“其他对外管理服务事项”一行各列都是 97", "上一年项目数量/本年增/减/处理决定数量");
    }
  }

  // ---------------------------------------------------------------- X-01

  @Nested
  class X01 {
    @Test
    void passes_carriedOverEqualsLastYearsCarriedForward() {
      assertNone(check(twoYears(yaml2022(), valid())), "X-01");
    }

    @Test
    void fails_carriedOverDiffers() {
      String y2022 = edit(yaml2022(), "carried_over: [1, 0, 0, 0, 0, 0]", "carried_over: [2, 0, 0, 0, 0, 0]");
      y2022 = edit(y2022, "carried_forward: [1, 0, 0, 0, 0, 0]", "carried_forward: [2, 0, 0, 0, 0, 0]");
      Run run = check(twoYears(y2022, valid()));
      assertPassesWithWarnings(run, 1);
      assertFinding(run, Y2023 + ":23:18", "警告", "X-01", "表三“二、上年结转政府信息公开申请数量”“自然人”列为 1", "2022 年度年报“四、结转下年度继续办理”该列为 2", Y2022);
    }
  }

  // ---------------------------------------------------------------- TXT-01

  @Nested
  class Txt01 {
    @Test
    void passes_numbersMatch_inArabicOrChinese() {
      assertNone(check(valid()), "TXT-01");
      assertClean(check(valid("予以公开4件", "予以公开四件")));
      assertClean(check(valid("公开内容有待充实。", "全年共收到行政复议1件，行政诉讼1件。公开内容有待充实。")));
    }

    @Test
    void fails_disclosedDiffers() {
      Run run = check(valid("予以公开4件", "予以公开5件"));
      assertPassesWithWarnings(run, 1);
      assertFinding(run, M2023 + ":3:22", "警告", "TXT-01", "叙述中写“予以公开5件”", "表格中“予以公开”为 4");
    }

    @Test
    void fails_receivedDiffers_andReviewDiffers() {
      Run run = check(valid("申请7件", "申请九件"));
      assertFinding(run, M2023 + ":3:9", "警告", "TXT-01", "收到政府信息公开申请九件", "“本年新收申请”为 7");
      Run review = check(valid("公开内容有待充实。", "全年共收到行政复议3件。公开内容有待充实。"));
      assertPassesWithWarnings(review, 1);
      assertFinding(review, M2023 + ":13:6", "警告", "TXT-01", "“行政复议3件”", "“行政复议”为 1");
    }

    @Test
    void disclosedAndPartlyDisclosedTogetherIsNoClaimAboutEither() {
      // 平潭 2023 (import/real/pingtan-2023): “予以公开及部分公开42件” is 22 + 20, not 部分公开 = 42
      assertClean(check(valid("予以公开4件", "予以公开及部分公开4件")));
      assertClean(check(valid("予以公开4件", "予以公开和部分公开4件")));
    }

    @Test
    void receivedMayBeSaidAs受理() {
      // 洪泽区 2024 (import/real/hongze-2024): “受理政府信息公开申请17件” against 本年新收 95
      assertClean(check(valid("收到政府信息公开申请7件", "受理政府信息公开申请7件")));
      Run run = check(valid("收到政府信息公开申请7件", "代表区政府受理政府信息公开申请17件"));
      assertPassesWithWarnings(run, 1);
      assertFinding(run, M2023 + ":3:14", "警告", "TXT-01", "受理政府信息公开申请17件", "“本年新收申请”为 7");
    }

    @Test
    void fails_lineNumberCountsLinesOfAuthoringComments() {
      // a two-line <!-- --> comment above the claim: the claim stays on line 5 of the file
      Run run = check(valid("示例镇2023年收到政府信息公开申请7件，予以公开4件。",
          "<!-- 说明：\n数字待核对 -->\n示例镇2023年收到政府信息公开申请7件，予以公开5件。"));
      assertPassesWithWarnings(run, 1);
      assertFinding(run, M2023 + ":5:22", "警告", "TXT-01", "叙述中写“予以公开5件”", "为 4");
    }

    /** The fixture's figures: 新收 7, 上年结转 1, （七）总计 7, 予以公开 4, 部分公开 1, 不予公开 1, 无法提供 1, 不予处理 0, 结转下年度 1. */
    static final String FIGURES = "示例镇2023年收到政府信息公开申请7件，予以公开4件。";

    @Test
    void passes_everyPhraseOfTheSpec_whenItMatches() {
      String all = "本年新收政府信息公开申请 7 件，上年结转1件，共办结7件，其中予以公开4件、部分公开1件、不予公开1件、"
          + "无法提供1件、不予处理0件，结转下年度继续办理1件。";
      assertClean(check(valid(FIGURES, all)));
      // received and replied in one phrase; a reply count stated as 新收 + 结转 − 结转下年度, or for the new ones only
      assertClean(check(valid(FIGURES, "收到并答复政府信息公开申请7件。")));
      assertClean(check(valid(FIGURES, "答复7件（含上年度结转申请1件，另有1件结转下年度继续办理）。")));
      assertClean(check(valid(FIGURES, "上年结转的1件申请已办结，本年新收的申请答复6件。")));
    }

    @Test
    void fails_eachNewPhrase_withTheTablesFigure() {
      Run run = check(valid(FIGURES, "本年新收政府信息公开申请9件，上年结转2件，办结5件，不予公开2件，无法提供3件，不予处理1件。"));
      assertPassesWithWarnings(run, 6);
      assertFinding(run, M2023 + ":3:3", "警告", "TXT-01", "“新收政府信息公开申请9件”", "“本年新收申请”为 7");
      assertFinding(run, M2023 + ":3:16", "警告", "TXT-01", "“上年结转2件”", "“上年结转申请”为 1");
      assertFinding(run, M2023 + ":3:23", "警告", "TXT-01", "“办结5件”", "“（七）总计”为 7");
      assertFinding(run, M2023 + ":3:28", "警告", "TXT-01", "“不予公开2件”", "“不予公开”为 1");
      assertFinding(run, M2023 + ":3:35", "警告", "TXT-01", "“无法提供3件”", "“无法提供”为 1");
      assertFinding(run, M2023 + ":3:42", "警告", "TXT-01", "“不予处理1件”", "“不予处理”为 0");
    }

    @Test
    void silent_onSubCounts_otherYears_andComparisons() {
      // “其中 5 件办结，2 件撤回”: parts of the 7 just stated, not the reply total
      assertClean(check(valid(FIGURES, "共受理政府信息公开申请7件，其中 5 件办结，2 件撤回；答复7件，其中办结5件。")));
      // last year's figures, and a comparison
      assertClean(check(valid(FIGURES, "上年收到政府信息公开申请9件，今年收到政府信息公开申请7件。")));
      assertClean(check(valid(FIGURES, "收到政府信息公开申请7件，较2022年受理政府信息公开申请9件有所减少。")));
      assertClean(check(valid(FIGURES, "收到政府信息公开申请7件，同比受理政府信息公开申请减少2件。")));
      // applications of another kind
      assertClean(check(valid(FIGURES, "收到政府信息公开申请7件，受理行政复议申请1件，收到群众来信来访申请12件，受理政务服务申请300件，收到书面申请3件。")));
      assertClean(check(valid(FIGURES, "答复7件；办理人大代表建议答复20件，行政复议答复书1件。")));
      // a received count that includes 上年结转, when the sentence says so
      assertClean(check(valid(FIGURES, "共收到政府信息公开申请8件（含上年结转1件）。")));
      // but 新收 says it excludes them
      assertFinding(check(valid(FIGURES, "本年新收政府信息公开申请8件，上年结转1件。")), M2023 + ":3:3", "警告", "TXT-01", "“本年新收申请”为 7");
    }

    @Test
    void fails_receivedAndRepliedInOnePhrase_whenNeitherMatches() {
      Run run = check(valid(FIGURES, "收到并答复政府信息公开申请9件。"));
      assertPassesWithWarnings(run, 1);
      assertFinding(run, M2023 + ":3:1", "警告", "TXT-01", "“收到并答复政府信息公开申请9件”", "“本年新收申请”为 7");
    }

    @Test
    void fails_saysNoApplicationsButTableHasSome() {
      Run run = check(valid("公开内容有待充实。", "本年度未收到政府信息公开申请。"));
      assertFinding(run, M2023 + ":13:1", "警告", "TXT-01", "未收到申请", "总计为 7");
    }
  }

  // ---------------------------------------------------------------- TXT-02

  @Nested
  class Txt02 {
    @Test
    void passes_reportYearNextYearAndComparisons() {
      String txtar = valid("公开内容有待充实。",
          "公开内容有待充实，较2022年有所改进。截至2023年底共有专栏一个。\n\n2024年，我镇将继续加强政务公开。");
      Run run = check(txtar);
      assertNone(run, "TXT-02");
      assertClean(run);
    }

    @Test
    void fails_asOfAnotherYear() {
      Run run = check(valid("公开内容有待充实。", "公开内容有待充实。截至2021年底共有专栏一个。"));
      assertPassesWithWarnings(run, 1);
      assertFinding(run, M2023 + ":13:10", "警告", "TXT-02", "“截至2021年”", "2023 年度的报告", "照抄");
    }

    @Test
    void fails_lineNumberCountsLinesOfAuthoringComments() {
      Run run = check(valid("公开内容有待充实。", "<!-- 去年的文字，\n待改 -->\n2021年，我镇公开内容有待充实。"));
      assertPassesWithWarnings(run, 1);
      assertFinding(run, M2023 + ":15:1", "警告", "TXT-02", "段落以“2021年”开头");
    }

    @Test
    void fails_paragraphOpensWithAnotherYear() {
      Run run = check(valid("公开内容有待充实。", "2021年，我镇公开内容有待充实。"));
      assertPassesWithWarnings(run, 1);
      assertFinding(run, M2023 + ":13:1", "警告", "TXT-02", "段落以“2021年”开头", "2023 年度的报告");
      // a period of that year, not the date of a document
      Run period = check(valid("公开内容有待充实。", "2021年1月至12月，我镇公开内容有待充实。"));
      assertFinding(period, M2023 + ":13:1", "警告", "TXT-02", "段落以“2021年”开头");
    }
  }

  @Nested
  class Txt02OwnYear {
    @Test
    void fails_theUnitSpeakingOfAnotherYearAsItsOwn() {
      Run run = check(valid(FIVE, FIVE + "本单位2021年度共发布信息120条。示例镇2021年全年未收取费用。我镇2020年度共受理申请3件。"));
      assertPassesWithWarnings(run, 3);
      assertFinding(run, M2023 + ":13:37", "警告", "TXT-02", "叙述中写“本单位2021年度”", "2023 年度的报告", "照抄");
      assertFinding(run, M2023 + ":13:59", "警告", "TXT-02", "叙述中写“2021年全年”");
      assertFinding(run, M2023 + ":13:72", "警告", "TXT-02", "叙述中写“我镇2020年度”");
    }

    @Test
    void silent_onComparisonsCitedDocumentsDatesAndNextYear() {
      String fine = "与2021年相比有所改进。较本单位2021年度增加10条。按《示例县2021年度政务公开工作要点》（示政办发〔2021〕3号）执行。"
          + "本局2021年3月印发的制度仍然有效。2022年度共发布信息100条，2023年度共发布120条。本单位2024年度将继续加强公开。"
          + "2021年度共同富裕示范建设的信息已归档。本局2021年出台的办法、本单位2021年度印发的制度仍然有效。"
          + "我镇2021年度政务公开考核获评优秀。\n\n2021年9月，国务院办公厅印发了新的年报格式。\n\n2021年收到申请15件，2023年收到申请7件。";
      assertClean(check(valid(FIVE, FIVE + fine)));
    }
  }

  // ---------------------------------------------------------------- SEC6-01

  @Nested
  class Sec601 {
    @Test
    void passes_feeMentioned_or2019Format() {
      assertNone(check(valid()), "SEC6-01");
      assertNone(check(site2019(2020, yaml2019(2020))), "SEC6-01"); // 六 is “无。”
    }

    @Test
    void fails_2021SectionSixWithoutFee() {
      Run run = check(valid("本年度未收取信息处理费。", "无。"));
      assertPassesWithWarnings(run, 1);
      assertFinding(run, M2023 + ":15:1", "警告", "SEC6-01", "2021 年格式要求第六部分报告信息处理费", "没有提到“信息处理费”");
    }

    @Test
    void fails_whenOnlyTheNewReportCommentMentionsTheFee() {
      // new-report writes this comment under 六; a webmaster who just adds “无。” has not reported the fee
      Run run = check(valid("本年度未收取信息处理费。", "<!-- 写明信息处理费的收取情况，如“本年度未收取信息处理费。”；没有其他需要报告的事项时写“无。”。 -->\n\n无。"));
      assertPassesWithWarnings(run, 1);
      assertFinding(run, M2023 + ":15:1", "警告", "SEC6-01", "没有提到“信息处理费”");
    }
  }

  // ---------------------------------------------------------------- TXT-03

  @Nested
  class Txt03 {
    @Test
    void fails_aWordTypedTwice() {
      // 平潭 2021 (import/real/pingtan-2021) publishes “二是规范审核审核发布机制”
      Run run = check(valid(FIVE, FIVE + "专项资金资金使用情况已公开公开。"));
      assertPassesWithWarnings(run, 2);
      assertFinding(run, M2023 + ":13:39", "警告", "TXT-03", "“资金资金”把“资金”连写了两遍");
      assertFinding(run, M2023 + ":13:48", "警告", "TXT-03", "“公开公开”");
      Run four = check(valid(FIVE, FIVE + "请各村核对政府信息政府信息目录。"));
      assertFinding(four, M2023 + ":13:42", "警告", "TXT-03", "“政府信息政府信息”");
    }

    @Test
    void silent_onGenuineReduplicationsAndAcrossPunctuation() {
      String fine = "请大家研究研究，一个一个地核对，一步一步推进，认认真真做好，群众哈哈哈哈地笑了，雪白雪白的墙。政务公开、公开透明。";
      assertClean(check(valid(FIVE, FIVE + fine)));
      // the second copy starts a longer word, or the first ends one: two words, each said once
      String twoWords = "进一步规范规范性文件的公开，推进信息信息化建设，按照要求要求各村落实，制定行为规范规范干部行为。";
      assertClean(check(valid(FIVE, FIVE + twoWords)));
    }
  }

  // ---------------------------------------------------------------- SEC5-01

  @Nested
  class Sec501 {
    @Test
    void fails_sectionFiveSaysOnlyNo_orTooLittle() {
      for (String no : List.of("无。", "暂无", "没有。")) {
        Run run = check(valid(FIVE, no));
        assertPassesWithWarnings(run, 1);
        assertFinding(run, M2023 + ":11:1", "警告", "SEC5-01", "“五、存在的主要问题及改进情况”只写了“" + no + "”", "存在的主要问题和改进措施");
      }
      Run shortOne = check(valid(FIVE, "公开内容有待充实。"));
      assertPassesWithWarnings(shortOne, 1);
      assertFinding(shortOne, M2023 + ":11:1", "警告", "SEC5-01", "只有 9 个字（“公开内容有待充实。”）");
    }

    @Test
    void silent_onAFullSection_andOnABlankOne_whichIsFmt02s() {
      assertNone(check(valid()), "SEC5-01");
      Run blank = check(valid(FIVE + "\n", ""));
      assertNone(blank, "SEC5-01");
      assertFinding(blank, M2023 + ":11:1", "错误", "FMT-02", "没有内容");
      // thirty characters, Markdown signs not counted
      assertNone(check(valid(FIVE, "- **一是**公开内容有待充实。\n- 二是公开形式单一，下一步将开设专栏目录。")), "SEC5-01");
    }
  }

  // ---------------------------------------------------------------- SIM-01

  @Nested
  class Sim01 {
    /** A synthetic section 一 of 137 characters as read (no spaces, no Markdown signs). */
    static final String OVERVIEW_2022 =
        "示例镇坚持以公开为常态、不公开为例外，围绕镇党委、镇政府中心工作，扎实推进政务公开标准化规范化建设，"
            + "及时公开财政预决算、乡村振兴、民生保障等重点领域信息，政务公开工作取得新进展。本段为测试用虚构文字。";
    static final String FIGURES_2023 = "示例镇2023年收到政府信息公开申请7件，予以公开4件。本段为测试用虚构文字。";
    static final String FIGURES_2022 = "2022年，示例镇共收到政府信息公开申请7件，其中予以公开4件。以上内容均为测试用的虚构材料。";

    /** Both years with section 一 = the year's own figures sentence, then {@code overview2023} / {@code overview2022}. */
    String site(String overview2023, String overview2022) {
      String md2023 = edit(TestSite.resource("fixtures/report-2021.md"), FIGURES_2023, FIGURES_2023 + "\n\n" + overview2023);
      String md2022 = edit(md2022(), FIGURES_2022, FIGURES_2022 + "\n\n" + overview2022);
      String base = "-- content/site.yaml --\n" + TestSite.resource("fixtures/site.yaml")
          + "-- content/reports/2023.yaml --\n" + TestSite.resource("fixtures/report-2021.yaml")
          + "-- content/reports/2023.md --\n" + md2023;
      return twoYears(yaml2022(), md2022, base);
    }

    @Test
    void passes_onlyLastYear_rewrittenText_orShortCommonPhrases() {
      assertNone(check(valid()), "SIM-01"); // no 2022 report
      // the two fixture years share only phrases shorter than 20 characters (“收到政府信息公开申请7件，”)
      assertClean(check(twoYears(yaml2022(), valid())));
      // both 五 are the same 9-character sentence: a passage under 20 characters is not a copy
      assertTrue(md2022().contains("公开内容有待充实。") && valid().contains("公开内容有待充实。"));
      // rewritten with a few common phrases of the trade: far under 60%
      String rewritten =
          "本年度示例镇把政务公开作为转变政府职能的重要抓手，公开财政预决算、乡村振兴、民生保障等重点领域信息，"
              + "在镇政府门户网站新设两个专栏，窗口服务更加便民。本段为测试用虚构文字。";
      assertNone(check(site(rewritten, OVERVIEW_2022)), "SIM-01");
    }

    @Test
    void fails_sectionOneCopied_evenReWrappedAndEmphasised() {
      // 2023 takes 2022's paragraph, wrapped over three lines, with bold, and a list marker
      String copied =
          "- 示例镇坚持以公开为常态、不公开为例外，围绕镇党委、镇政府中心工作，\n"
              + "扎实推进**政务公开标准化规范化建设**，及时公开财政预决算、乡村振兴、\n"
              + "民生保障等重点领域信息，政务公开工作取得新进展。本段为测试用虚构文字。";
      Run run = check(site(copied, OVERVIEW_2022));
      assertPassesWithWarnings(run, 1);
      assertFinding(
          run, M2023 + ":1:1", "警告", "SIM-01", "“一、总体情况”与 2022 年度年报同一部分雷同", "（content/reports/2022.md:1）",
          "第一段是“示例镇坚持以公开为常态、不公开为例外，围绕镇党委", "…”。", "请按本年度的实际情况重写这一部分");
      // the share: the figures sentence is this year's own, the paragraph last year's
      String line = run.of("SIM-01").get(0);
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) 字中有 (\\d+) 字（(\\d+)%）").matcher(line);
      assertTrue(m.find(), line);
      int length = Integer.parseInt(m.group(1));
      int copiedChars = Integer.parseInt(m.group(2));
      assertEquals(CopiedText.normalise(FIGURES_2023 + "\n" + copied).length(), length, line);
      assertTrue(copiedChars * 100 >= 60 * length, line);
      assertEquals(copiedChars * 100 / length, Integer.parseInt(m.group(3)), line);
    }

    @Test
    void fails_sectionFiveCopied_andCanBeAcknowledged() {
      String five2022 = "一是由于单位人手有限，工作任务重，信息公开不够及时。二是信息公开的形式有待进一步创新，内容有待进一步充实。本段为测试用虚构文字。";
      String md2023 = edit(TestSite.resource("fixtures/report-2021.md"), FIVE, five2022.replace("。二是", "。\n\n二是"));
      String md2022 = edit(md2022(), FIVE.replace("2023年", "2022年"), five2022);
      String base = "-- content/site.yaml --\n" + TestSite.resource("fixtures/site.yaml")
          + "-- content/reports/2023.yaml --\n" + TestSite.resource("fixtures/report-2021.yaml")
          + "-- content/reports/2023.md --\n" + md2023;
      Run run = check(twoYears(yaml2022(), md2022, base));
      assertPassesWithWarnings(run, 1);
      assertFinding(run, M2023 + ":11:1", "警告", "SIM-01", "“五、存在的主要问题及改进情况”与 2022 年度年报同一部分雷同", "64 字中有 64 字（100%）", "（content/reports/2022.md:11）");
      String acknowledged = edit(base, "signed_on: 2024-01-19\n", "signed_on: 2024-01-19\nacknowledged:\n  - rule: SIM-01\n    reason: 按原文存档\n");
      Run kept = check(twoYears(yaml2022(), md2022, acknowledged));
      assertEquals(0, kept.code(), kept.dump());
      assertFinding(kept, M2023 + ":11:1", "已确认", "SIM-01", "（确认理由：按原文存档）");
    }

    @Test
    void measure_marksExactlyTheCharactersOfCommonPassagesOfTwentyOrMore() {
      String before = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥" + "天地玄黄宇宙洪荒";
      // 19 common characters: not a copy; 20: a copy; two passages, each counted once
      assertEquals(0, CopiedText.measure("一二三" + before.substring(0, 19) + "四五六", before).copied());
      CopiedText.Share s = CopiedText.measure("一二三" + before.substring(0, 20) + "四五六" + before.substring(5, 27), before);
      assertEquals(42, s.copied());
      assertEquals(48, s.length());
      assertEquals(87, s.percent());
      assertEquals(before.substring(0, 20), s.first());
      assertEquals("", CopiedText.measure("短", before).first());
      assertEquals("示例镇坚持公开", CopiedText.normalise("<!-- 注 -->\n1. 示例镇 **坚持**\n\n> 公开"));
    }

    @Test
    void measure_isFastOnLongSections() {
      StringBuilder a = new StringBuilder();
      StringBuilder b = new StringBuilder();
      java.util.Random random = new java.util.Random(13);
      for (int i = 0; i < 100_000; i++) {
        char c = (char) ('一' + random.nextInt(2000));
        a.append(c);
        b.append(i % 3 == 0 ? (char) ('一' + random.nextInt(2000)) : c);
      }
      long start = System.nanoTime();
      CopiedText.Share s = CopiedText.measure(a.toString(), a.toString());
      CopiedText.measure(b.toString(), a.toString());
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertEquals(100_000, s.copied());
      // real sections are a few thousand characters; this is thirty times the longest seen, measured twice
      assertTrue(millis < 1500, "two 100 000-character sections took " + millis + " ms");
    }
  }

  // ---------------------------------------------------------------- PUB-01

  @Nested
  class Pub01 {
    @Test
    void passes_onJanuary31() {
      assertClean(check(valid("published: 2024-01-20", "published: 2024-01-31")));
    }

    @Test
    void fails_afterJanuary31() {
      Run run = check(valid("published: 2024-01-20", "published: 2024-02-01"));
      assertPassesWithWarnings(run, 1);
      assertFinding(run, Y2023 + ":8:1", "警告", "PUB-01", "公开日期 2024-02-01 晚于 2024-01-31", "1 月 31 日");
    }
  }

  // ---------------------------------------------------------------- META-01

  @Nested
  class Meta01 {
    static final String INDEX = "index_no: 123456789X/2024-0001";

    @Test
    void passes_siteCodeAndYearOfPublication() {
      assertNone(check(valid()), "META-01");
      assertNone(check(twoYears(yaml2022(), valid())), "META-01");
    }

    @Test
    void fails_placeholderCode() {
      Run run = check(valid(INDEX, "index_no: 000014349/2024-0001"));
      assertFails(run);
      assertFinding(run, Y2023 + ":6:1", "错误", "META-01", "“000014349/2024-0001”用了占位代码 000014349", "本单位代码 123456789X");
      assertCount(run, "META-01", 1);
    }

    @Test
    void fails_otherUnitCode() {
      Run run = check(valid(INDEX, "index_no: 987654321X/2024-0001"));
      assertFails(run);
      assertFinding(run, Y2023 + ":6:1", "错误", "META-01", "单位代码 987654321X 与 site.yaml 中的 unit_code 123456789X 不一致");
    }

    @Test
    void fails_yearIsNotTheYearOfPublication() {
      Run run = check(valid(INDEX, "index_no: 123456789X/2023-0001"));
      assertFails(run);
      assertFinding(run, Y2023 + ":6:1", "错误", "META-01", "年份 2023 应为公开年份 2024", "公开日期 2024-01-20");
    }

    @Test
    void fails_malformed() {
      Run run = check(valid(INDEX, "index_no: 123456789X-2024-0001"));
      assertFails(run);
      assertFinding(run, Y2023 + ":6:1", "错误", "META-01", "“123456789X-2024-0001”格式不对", "本单位代码/公开年份-序号");
    }

    @Test
    void fails_duplicateAcrossTheSite() {
      String y2022 = edit(yaml2022(), "index_no: 123456789X/2023-0001", "index_no: 123456789X/2024-0001");
      y2022 = edit(y2022, "published: 2023-01-20", "published: 2024-01-20");
      Run run = check(twoYears(y2022, valid()));
      assertFails(run);
      assertFinding(run, Y2023 + ":6:1", "错误", "META-01", "“123456789X/2024-0001”与 " + Y2022 + ":6:1 重复", "全站必须唯一");
    }
  }

  // ---------------------------------------------------------------- META-02

  @Nested
  class Meta02 {
    /** The fixture with the report's {@code publisher} changed (site.yaml has a publisher line too). */
    String publisher(String name) {
      return valid("publisher: 示例镇\nindex_no", "publisher: " + name + "\nindex_no");
    }

    @Test
    void passes_shortOrFullName() {
      assertNone(check(valid()), "META-02");
      assertClean(check(publisher("示例县示例镇人民政府")));
      assertClean(check(publisher("示例镇人民政府")));
    }

    @Test
    void consistentNames() {
      for (String ok : List.of("东山镇", "东山镇人民政府", "华容县东山镇", "华容县东山镇人民政府")) {
        assertTrue(ReportRules.consistent(ok, "华容县东山镇人民政府"), ok);
      }
      for (String ok : List.of("示例街道", "示例街道办", "示例街道办事处", "示例区示例街道办事处")) {
        assertTrue(ReportRules.consistent(ok, "示例区示例街道办事处"), ok);
      }
      for (String wrong : List.of("华容县", "华容县人民政府", "西山镇", "岳阳市人民政府")) {
        assertFalse(ReportRules.consistent(wrong, "华容县东山镇人民政府"), wrong);
      }
      assertFalse(ReportRules.consistent("示例区", "示例区示例街道办事处"));
    }

    @Test
    void fails_publisherIsTheCounty() {
      Run run = check(publisher("示例县人民政府"));
      assertPassesWithWarnings(run, 1);
      assertFinding(run, Y2023 + ":5:1", "警告", "META-02", "发布机构“示例县人民政府”与报告主体“示例县示例镇人民政府”不一致");
    }

    @Test
    void fails_publisherIsTheCountyShortName() {
      Run run = check(publisher("示例县"));
      assertPassesWithWarnings(run, 1);
      assertFinding(run, Y2023 + ":5:1", "警告", "META-02", "发布机构“示例县”与报告主体“示例县示例镇人民政府”不一致");
    }
  }

  // ---------------------------------------------------------------- blank as published (~)

  static final String FMT03_ACK = "  - rule: FMT-03\n    reason: 按原文存档：原表未填写\n";
  static final String RECEIVED = "received:     [5, 1, 0, 0, 0, 1]";

  @Nested
  class Blanks {
    @Test
    void blankCellIsAnErrorAndItsColumnCannotBeVerified() {
      Run run = check(valid(RECEIVED, "received:     [5, ~, 0, 0, 0, 1]"));
      assertFails(run);
      assertFinding(run, Y2023 + ":22:21", "错误", "FMT-03", "表三“一、本年新收政府信息公开申请数量”“商业企业”列是空白", "空白不等于 0", "acknowledged 中确认 FMT-03");
      assertFinding(run, Y2023 + ":22:17", "无法核对", "T3-01", "勾稽关系", "无法核对：商业企业、总计。");
      assertNone(run, "T3-01");
      assertTrue(run.err().contains("共 1 个错误，0 个警告，0 项已确认，2 项无法核对。"), run.dump());
    }

    @Test
    void acknowledgedBlanksPassAndCheckSaysWhatItCouldNotVerify() {
      String txtar = acknowledging(valid(RECEIVED, "received:     [5, ~, 0, 0, 0, 1]").replace("  licensing: 12\n", "  licensing: ~\n"), FMT03_ACK);
      Run run = check(txtar);
      assertEquals(0, run.code(), run.dump());
      assertFinding(run, Y2023 + ":19:14", "已确认", "FMT-03", "表二 第二十条第（五）项“行政许可”（本年处理决定数量）是空白", "（确认理由：按原文存档：原表未填写）");
      assertFinding(run, Y2023 + ":25:21", "已确认", "FMT-03", "“商业企业”列是空白");
      assertFinding(run, Y2023 + ":25:17", "无法核对", "T3-01", "商业企业、总计");
      assertFinding(run, M2023 + ":3:9", "无法核对", "TXT-01", "“收到政府信息公开申请7件”（本年新收申请）");
      assertTrue(run.out().contains("检查通过。共 0 个错误，0 个警告，2 项已确认，2 项无法核对。"), run.dump());
      // --strict: what could not be verified is not a warning
      assertEquals(0, run(txtar, "check", "--strict").code());
    }

    @Test
    void acknowledgementWithRowCoversOnlyThatRow() {
      String txtar =
          acknowledging(
              valid(RECEIVED, "received:     ~").replace("carried_over: [1, 0, 0, 0, 0, 0]", "carried_over: [~, 0, 0, 0, 0, 0]"),
              "  - rule: FMT-03\n    row: 一、本年新收政府信息公开申请数量\n    reason: 按原文存档\n");
      Run run = check(txtar);
      assertFails(run);
      assertFinding(run, Y2023 + ":26:17", "已确认", "FMT-03", "表三“一、本年新收政府信息公开申请数量”一行是空白");
      assertFinding(run, Y2023 + ":27:18", "错误", "FMT-03", "表三“二、上年结转政府信息公开申请数量”“自然人”列是空白");
      assertFinding(run, Y2023 + ":26:17", "无法核对", "T3-01", "自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计。");
    }

    @Test
    void wholeTablesBlank() {
      String txtar = acknowledging(valid(), FMT03_ACK);
      String y = TestSite.resource("fixtures/report-2021.yaml");
      String apps = y.substring(y.indexOf("applications:"), y.indexOf("reviews:"));
      String reviews = y.substring(y.indexOf("reviews:"));
      txtar = edit(edit(txtar, apps, "applications: ~\n\n"), reviews, "reviews: ~\n");
      Run run = check(txtar);
      assertEquals(0, run.code(), run.dump());
      assertFinding(run, Y2023 + ":24:15", "已确认", "FMT-03", "表三（收到和处理政府信息公开申请情况）整张表是空白");
      assertFinding(run, Y2023 + ":26:10", "已确认", "FMT-03", "表四（政府信息公开行政复议、行政诉讼情况）整张表是空白");
      assertFinding(run, Y2023 + ":24:15", "无法核对", "T3-01", "自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计。");
      assertTrue(run.out().contains("检查通过。共 0 个错误，0 个警告，2 项已确认，2 项无法核对。"), run.dump());
    }

    @Test
    void wholeTableAcknowledgedByTableName() {
      String txtar = acknowledging(valid(), "  - rule: FMT-03\n    row: 表四\n    reason: 按原文存档\n");
      String y = TestSite.resource("fixtures/report-2021.yaml");
      txtar = edit(txtar, y.substring(y.indexOf("reviews:")), "reviews: ~\n");
      Run run = check(txtar);
      assertEquals(0, run.code(), run.dump());
      assertFinding(run, Y2023 + ":56:10", "已确认", "FMT-03", "表四（政府信息公开行政复议、行政诉讼情况）整张表是空白");
    }

    @Test
    void table2BlankAsAWholeAndAsA2019Row() {
      String y = TestSite.resource("fixtures/report-2021.yaml");
      String active = y.substring(y.indexOf("active:"), y.indexOf("applications:"));
      Run run = check(edit(acknowledging(valid(), "  - rule: FMT-03\n    row: 表二\n    reason: 按原文存档\n"), active, "active: ~\n\n"));
      assertEquals(0, run.code(), run.dump());
      assertFinding(run, Y2023 + ":17:9", "已确认", "FMT-03", "表二（主动公开政府信息情况）整张表是空白");
      assertFinding(run, Y2023 + ":17:9", "无法核对", "T2-01", "：规章。");

      Run row2019 = check(site2019(2020, edit(yaml2019(2020), "licensing:           {previous: 3, change: 1, decisions: 12}", "licensing:           ~")));
      assertFails(row2019);
      assertFinding(row2019, "content/reports/2020.yaml:14:24", "错误", "FMT-03", "表二 第二十条第（五）项“行政许可”一行是空白");
      assertCount(row2019, "FMT-03", 1);
    }

    @Test
    void declaredTotalsOfBlankRowsCannotBeVerified() {
      String txtar =
          acknowledging(
              valid(RECEIVED, "received:     [5, ~, 0, 0, 0, 1, 9]")
                  .replace("{upheld: 1, corrected: 0, other: 0, pending: 0}", "{upheld: 1, corrected: ~, other: 0, pending: 0, total: 5}")
                  .replace("  carried_forward: [1, 0, 0, 0, 0, 0]\n", "    total: [5, 1, 0, 0, 0, 1]\n  carried_forward: [1, 0, 0, 0, 0, 0]\n")
                  .replace("disclosed:           [3, 1, 0, 0, 0, 0]", "disclosed:           [3, ~, 0, 0, 0, 0]"),
              FMT03_ACK);
      Run run = check(txtar);
      assertEquals(0, run.code(), run.dump());
      assertFinding(run, Y2023 + ":25:36", "无法核对", "T3-03", "填写的总计（第 7 个数）无法核对：“一、本年新收政府信息公开申请数量”。");
      assertFinding(run, Y2023 + ":53:12", "无法核对", "T3-02", "填写的“（七）总计”无法核对：商业企业。");
      assertFinding(run, Y2023 + ":57:83", "无法核对", "T4-01", "填写的总计无法核对：“行政复议”。");
      assertNone(run, "T3-03");
      assertNone(run, "T3-02");
      assertNone(run, "T4-01");
    }

    @Test
    void blankRegulationsAreNotZero() {
      Run run = check(acknowledging(valid(REGULATIONS_0, "{issued: ~, repealed: 0, in_force: 0}"), FMT03_ACK));
      assertEquals(0, run.code(), run.dump());
      assertFinding(run, Y2023 + ":17:24", "无法核对", "T2-01", "“规章”各列为 0 无法核对：规章。");
      assertNone(run, "T2-01");
      // a non-zero cell is still an error, whatever else is blank
      Run nonZero = check(acknowledging(valid(REGULATIONS_0, "{issued: ~, repealed: 0, in_force: 1}"), FMT03_ACK));
      assertFinding(nonZero, Y2023 + ":17:24", "错误", "T2-01", "现为 空白/0/1");
    }

    @Test
    void crossYearRulesSkipBlanksOfEitherYear() {
      String y2022 =
          edit(edit(yaml2022(), "{issued: 2, repealed: 1, in_force: 4}", "{issued: 2, repealed: 1, in_force: ~}"),
              "carried_forward: [1, 0, 0, 0, 0, 0]", "carried_forward: [~, 0, 0, 0, 0, 0]");
      y2022 = edit(y2022, "signed_on: 2023-01-19\n", "signed_on: 2023-01-19\nacknowledged:\n" + FMT03_ACK);
      Run run = check(twoYears(y2022, valid()));
      assertEquals(0, run.code(), run.dump());
      assertFinding(run, Y2023 + ":15:24", "无法核对", "T2-02", "本年或上年（2022）含空白单元格，现行有效件数无法核对：“行政规范性文件”。");
      assertFinding(run, Y2023 + ":23:17", "无法核对", "X-01", "2022 年度年报“四、结转下年度继续办理”", "无法逐列核对：自然人。");
      assertNone(run, "T2-02");
      assertNone(run, "X-01");
    }

    @Test
    void toVerifyIsAnErrorNamingTableRowAndColumnAndCannotBeAcknowledged() {
      Run run = check(acknowledging(valid("{issued: 2, repealed: 1, in_force: 5}", "{issued: 2, repealed: 待核对, in_force: 5}"), FMT03_ACK));
      assertFails(run);
      assertFinding(run, Y2023 + ":18:46", "错误", "FMT-03", "表二 第二十条第（一）项“行政规范性文件”的“repealed”（本年废止件数）待核对", "请对照原文填写");
      assertFalse(run.all().contains("已确认 FMT-03"), run.dump());
    }
  }

  // ---------------------------------------------------------------- acknowledged / ACK-01

  static String acknowledging(String base, String entries) {
    return edit(base, "signed_on: 2024-01-19\n", "signed_on: 2024-01-19\nacknowledged:\n" + entries);
  }

  @Nested
  class Ack01 {
    @Test
    void passes_acknowledgementThatMatches() {
      String txtar = acknowledging(valid("published: 2024-01-20", "published: 2024-02-01"), "  - rule: PUB-01\n    reason: 按原文存档\n");
      Run run = check(txtar);
      assertNone(run, "ACK-01");
      assertEquals(0, run.code(), run.dump());
      assertTrue(run.out().contains("共 0 个错误，0 个警告，1 项已确认"), run.dump());
    }

    @Test
    void fails_acknowledgementThatMatchesNothing() {
      Run run = check(acknowledging(valid(), "  - rule: T3-01\n    reason: 按原文存档\n"));
      assertPassesWithWarnings(run, 1);
      assertFinding(run, Y2023 + ":13:5", "警告", "ACK-01", "acknowledged 中的 T3-01 没有对应的检查结果", "请删除这一项");
    }

    @Test
    void fails_acknowledgementOfAnotherRow() {
      Run run = check(acknowledging(valid(REGULATIONS_0, REGULATIONS_1), "  - rule: T2-01\n    row: 行政规范性文件\n    reason: 按原文存档\n"));
      assertFails(run); // T2-01 on 规章 is not covered
      assertFinding(run, Y2023 + ":13:5", "警告", "ACK-01", "acknowledged 中的 T2-01（行政规范性文件）", "没有对应的检查结果");
      assertFinding(run, Y2023 + ":18:24", "错误", "T2-01", "现为 1/0/1");
    }
  }

  static final String REGULATIONS_0 = "{issued: 0, repealed: 0, in_force: 0}";
  static final String REGULATIONS_1 = "{issued: 1, repealed: 0, in_force: 1}";

  @Nested
  class Acknowledged {
    @Test
    void matchedErrorBecomesAcknowledgedAndCheckPasses() {
      String txtar = acknowledging(valid(REGULATIONS_0, REGULATIONS_1), "  - rule: T2-01\n    reason: 按原文存档：发布时填报了规章\n");
      Run run = check(txtar);
      assertEquals(0, run.code(), run.dump());
      // acknowledged moves the regulations line down by 3
      assertFinding(run, Y2023 + ":17:24", "已确认", "T2-01", "现为 1/0/1", "（确认理由：按原文存档：发布时填报了规章）");
      assertTrue(run.out().contains("检查通过。共 0 个错误，0 个警告，1 项已确认"), run.dump());
      assertFalse(run.all().contains("错误 T2-01"), run.dump());
    }

    @Test
    void matchedErrorLetsTheBuildPass() {
      String txtar = acknowledging(valid(REGULATIONS_0, REGULATIONS_1), "  - rule: T2-01\n    reason: 按原文存档\n");
      Path out = dir.resolve("out");
      Run run = run(txtar, "build", "--verbose", "--out", out.toString());
      assertEquals(0, run.code(), run.dump());
      assertFinding(run, Y2023 + ":17:24", "已确认", "T2-01", "（确认理由：按原文存档）");
      assertTrue(run.out().contains("共 0 个错误，0 个警告，1 项已确认"), run.dump());
      assertTrue(Files.exists(out.resolve("reports/2023/index.html")), run.dump());
    }

    @Test
    void withoutTheAcknowledgementTheSameErrorFailsTheBuild() {
      Path out = dir.resolve("out");
      Run run = run(valid(REGULATIONS_0, REGULATIONS_1), "build", "--out", out.toString());
      assertFails(run);
      assertFinding(run, Y2023 + ":14:24", "错误", "T2-01", "现为 1/0/1");
      assertFalse(Files.exists(out.resolve("reports/2023/index.html")));
    }

    @Test
    void acknowledgementWithRowMatchesOnlyThatRow() {
      // T3-01 fires for 自然人 and 总计; acknowledging only 自然人 leaves 总计 an error
      String txtar = acknowledging(valid("received:     [5, 1, 0, 0, 0, 1]", "received:     [6, 1, 0, 0, 0, 1]"),
          "  - rule: T3-01\n    row: 自然人\n    reason: 按原文存档\n");
      Run run = check(txtar);
      assertFails(run);
      assertFinding(run, Y2023 + ":26:17", "已确认", "T3-01", "“自然人”列");
      assertFinding(run, Y2023 + ":26:17", "错误", "T3-01", "“总计”列");
    }

    @Test
    void fmt03AcknowledgementWaivesNoMissingOrWrongData() {
      // FMT-03 may be named (for blanks), but a missing row and a wrong value stay errors
      Run run = check(acknowledging(valid("  penalty: 3\n", "  penalty: 3件\n"), "  - rule: FMT-03\n    reason: 不想改\n"));
      assertFails(run);
      assertFinding(run, Y2023 + ":20:12", "错误", "FMT-03", "“行政处罚”", "文字“3件”");
      assertFinding(run, Y2023 + ":13:5", "警告", "ACK-01", "FMT-03 只能确认按原文存档的空白（~）");
      assertFalse(run.all().contains("已确认 FMT-03"), run.dump());
    }

    @Test
    void ack01CannotBeAcknowledged() {
      Run run = check(acknowledging(valid(), "  - rule: ACK-01\n    reason: 不想改\n"));
      assertFails(run);
      assertFinding(run, Y2023 + ":13:5", "错误", "FMT-03", "规则 ACK-01 不能用 acknowledged 跳过");
    }
  }

  // ---------------------------------------------------------------- --strict

  @Nested
  class Strict {
    String warningOnly() {
      return valid("published: 2024-01-20", "published: 2024-02-01");
    }

    @Test
    void warningPassesPlainCheck() {
      Run run = check(warningOnly());
      assertEquals(0, run.code(), run.dump());
      assertFinding(run, Y2023 + ":8:1", "警告", "PUB-01", "2024-02-01");
      assertTrue(run.out().contains("检查通过。共 0 个错误，1 个警告，0 项已确认"), run.dump());
    }

    @Test
    void warningFailsStrictCheck() {
      Run run = run(warningOnly(), "check", "--strict");
      assertEquals(1, run.code(), run.dump());
      assertFinding(run, Y2023 + ":8:1", "警告", "PUB-01", "2024-02-01");
      assertTrue(run.err().contains("共 0 个错误，1 个警告，0 项已确认。（--strict 模式下警告也视为失败）"), run.dump());
      assertFalse(run.out().contains("检查通过"), run.dump());
    }

    @Test
    void strictPassesCleanAndAcknowledgedSites() {
      assertEquals(0, run(valid(), "check", "--strict").code());
      String acknowledged = acknowledging(warningOnly(), "  - rule: PUB-01\n    reason: 按原文存档\n");
      Run run = run(acknowledged, "check", "--strict");
      assertEquals(0, run.code(), run.dump());
      assertTrue(run.out().contains("共 0 个错误，0 个警告，1 项已确认"), run.dump());
    }

    @Test
    void unmatchedAcknowledgementFailsStrict() {
      Run run = run(acknowledging(valid(), "  - rule: META-02\n    reason: 按原文存档\n"), "check", "--strict");
      assertEquals(1, run.code(), run.dump());
      assertFinding(run, Y2023 + ":13:5", "警告", "ACK-01", "META-02");
    }
  }
}
