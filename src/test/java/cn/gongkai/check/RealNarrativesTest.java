package cn.gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.TestCli;
import cn.gongkai.TestCli.Run;
import cn.gongkai.TestSite;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Precision of the narrative rules (FMT-02, FMT-04, TXT-01, TXT-02, TXT-03, SEC5-01) on every real
 * narrative the repository holds: the published reports of import/real/ (provenance in their
 * PROVENANCE.md), the 东山镇 2022 seed as published, and the site's content/reports/2022.md. They raise
 * exactly the findings listed here, each one a person reading the report would call true.
 */
class RealNarrativesTest {
  private static final Path REAL = TestSite.REPO.resolve("src/test/resources/import/real");
  private static final Path SEED = TestSite.REPO.resolve("src/test/resources/seed/dongshan-2022.txt");
  private static final Pattern NARRATIVE_RULE = Pattern.compile("^\\S+: (错误|警告|已确认|无法核对) (FMT-02|FMT-04|TXT-01|TXT-02|TXT-03|SEC5-01) .*");

  /** Every whole report of import/real/ in each of its shapes (the 平潭 pages as HTML and as glued text). */
  private static final List<String> SOURCES =
      List.of(
          "hongze-2023/hzq2023_working.pdf",
          "hongze-2024/hzq2024_working.pdf",
          "huaian-2024/szfgs2024.pdf",
          "pingtan-2019/page.html",
          "pingtan-2019/page.txt",
          "pingtan-2020/page.txt",
          "pingtan-2021/page.txt",
          "pingtan-2022/page.html",
          "pingtan-2022/page.txt",
          "pingtan-2023/page.html",
          "pingtan-2023/page.txt",
          "pingtan-2024/page.html",
          "pingtan-2024/page.txt");

  @TempDir Path dir;

  @Test
  void publishedReportsRaiseOnlyTheTrueFindings() {
    List<String> args = new ArrayList<>(List.of("audit", "--verbose"));
    SOURCES.forEach(s -> args.add(REAL.resolve(s).toString()));
    args.add(SEED.toString());
    Run run = TestCli.run(args.toArray(String[]::new));
    String out = run.all();
    // the file as audit names it, from the fixture's own folder on
    List<String> found =
        out.lines()
            .filter(l -> NARRATIVE_RULE.matcher(l).matches())
            .map(l -> l.replaceFirst("^\\S*?import/real/", "").replaceFirst("^\\S*?seed/dongshan-2022\\.txt", "seed"))
            .toList();
    List<String> expected =
        List.of(
            // True: 洪泽区 2024 says its office received 17 applications; table 三 counts 95 for the 区
            // (PROVENANCE.md: the narrative speaks for 区政府办 only, the table for the whole 区).
            "hongze-2024/hzq2024_working.pdf#2024.md:9:109: 警告 TXT-01 叙述中写“受理政府信息公开申请17件”，但表格中“本年新收申请”为 95。请使叙述与表格一致。",
            // True: the published text reads “二是规范审核审核发布机制”, a word typed twice.
            "pingtan-2021/page.txt#2021.md:11:82: 警告 TXT-03 叙述中“审核审核”把“审核”连写了两遍，可能是多打了一遍，请核对。",
            // True: “收到政府信息公开申请75件，涉及自然人72件、商业企业3件” is （七）总计 (72 + 3) called 收到;
            // table 三 has 本年新收 74 (71 + 3) and 上年结转 1, and the sentence says nothing of 上年结转.
            "pingtan-2022/page.html#2022.md:13:193: 警告 TXT-01 叙述中写“收到政府信息公开申请75件”，但表格中“本年新收申请”为 74。请使叙述与表格一致。",
            // True: the published heading reads “行政法复议”; section 四 is found all the same (one finding, nothing “missing”).
            "pingtan-2022/page.html#2022.md:31:1: 错误 FMT-02 二级标题“四、政府信息公开行政法复议、行政诉讼情况”与规定的章节标题“四、政府信息公开行政复议、行政诉讼情况”差一个字，请改为“四、政府信息公开行政复议、行政诉讼情况”。",
            // the same two in the page's glued text
            "pingtan-2022/page.txt#2022.md:9:203: 警告 TXT-01 叙述中写“收到政府信息公开申请75件”，但表格中“本年新收申请”为 74。请使叙述与表格一致。",
            "pingtan-2022/page.txt#2022.md:21:1: 错误 FMT-02 二级标题“四、政府信息公开行政法复议、行政诉讼情况”与规定的章节标题“四、政府信息公开行政复议、行政诉讼情况”差一个字，请改为“四、政府信息公开行政复议、行政诉讼情况”。",
            // True: the 东山镇 2022 report was published without section 六.
            "seed#2022.md: 错误 FMT-02 叙述中缺少“六、其他需要报告的事项”部分。请加上“## 六、其他需要报告的事项”及其内容（没有需要报告的事项时写“无。”）。");
    assertEquals(expected, found, out);
  }

  @Test
  void theSitesOwnReportRaisesOnlyItsAcknowledgedMissingSectionSix() throws Exception {
    Path site = TestSite.copyOfRepoSite(dir.resolve("site"));
    Run run = TestCli.run("check", "--verbose", "--source", site.toString());
    assertEquals(0, run.code(), run.all());
    List<String> found = run.all().lines().filter(l -> NARRATIVE_RULE.matcher(l).matches()).toList();
    assertEquals(1, found.size(), run.all());
    assertTrue(found.get(0).startsWith("content/reports/2022.md: 已确认 FMT-02 叙述中缺少“六、其他需要报告的事项”部分。"), run.all());
  }
}
