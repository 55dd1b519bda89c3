package cn.gongkai.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.TestSite;
import cn.gongkai.diag.Rule;
import cn.gongkai.importer.ReportImport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the layout keeps of the file on disk when a form changes it, and what it lets go. */
class ReportFormLayoutTest {
  @TempDir Path site;
  Path yaml;

  @BeforeEach
  void copySite() throws Exception {
    ReportFormRoundTripTest.copySite(site);
    yaml = site.resolve("content/reports/2022.yaml");
  }

  private String edited(String from, String to) throws Exception {
    String text = Files.readString(yaml);
    assertTrue(text.contains(from), from);
    return text.replace(from, to);
  }

  @Test
  void aFilledInTableLosesTheBlankTablesCommentButKeepsTheWebmastersOwn() throws Exception {
    Files.writeString(yaml, edited("\n# 三、收到和处理", "\n# 表三待补：向县政务公开办要原件。\n# 三、收到和处理"));
    ReportForm form = ReportForms.load(site, 2022);
    for (String f : ReportForms.fieldNames(form.format())) {
      if (f.startsWith("applications.")) {
        form = form.with(f, "0");
      }
    }
    String text = ReportForms.texts(site, form).yaml();
    assertFalse(text.contains("原表各行各列（含总计）均未填写数字"), text);
    assertTrue(text.contains("\n# 表三待补：向县政务公开办要原件。\napplications:" + " ".repeat(42) + "# 三、收到和处理政府信息公开申请情况\n"), text);
    assertTrue(text.contains("\n# 四、政府信息公开行政复议、行政诉讼情况：原表各格（含总计）均未填写数字，按原文记为空白（~）。\nreviews: ~\n"), text);
  }

  @Test
  void theWebmastersRowCommentAndUnknownKeysStay() throws Exception {
    String text = edited("{previous: 0, change: 0, decisions: 0}      # 行政处罚", "{previous: 0, change: 0, decisions: 0}      # 行政处罚；处罚决定书见档案 2022-07")
        + "\nnotes:\n  - 这一段 check 会报告为未知的键，表单不认识它，但保存时照原样留着。\n";
    Files.writeString(yaml, text);
    ReportForm form = ReportForms.load(site, 2022).with("active.penalty.decisions", "3");
    String written = ReportForms.texts(site, form).yaml();
    assertTrue(written.contains("  penalty:             {previous: 0, change: 0, decisions: 3}      # 行政处罚；处罚决定书见档案 2022-07\n"), written);
    assertTrue(written.endsWith("reviews: ~\n\nnotes:\n  - 这一段 check 会报告为未知的键，表单不认识它，但保存时照原样留着。\n"), written);
    assertEquals(text, ReportForms.texts(site, ReportForms.load(site, 2022)).yaml(), "and an unchanged form gives the file back");
  }

  @Test
  void aNarrativesVariantHeadingAndExtraHeadingStay() throws Exception {
    Path md = site.resolve("content/reports/2022.md");
    String text = Files.readString(md).replace("## 五、存在的主要问题及改进情况", "## 五、政府信息公开工作存在的主要问题及改进情况")
        + "\n## 附：名词解释\n\n政务公开：……\n";
    Files.writeString(md, text);
    ReportForm form = ReportForms.load(site, 2022);
    assertTrue(form.value("section.5").endsWith("## 附：名词解释\n\n政务公开：……"), "an unrecognised heading is text of the section before it");
    assertEquals(text, ReportForms.texts(site, form).markdown());
    String six = ReportForms.texts(site, form.with("section.6", "无。")).markdown();
    assertTrue(six.endsWith("政务公开：……\n\n## 六、其他需要报告的事项\n\n无。\n"), six);
    String cleared = ReportForms.texts(site, form.with("section.5", "")).markdown();
    assertTrue(cleared.endsWith("## 五、政府信息公开工作存在的主要问题及改进情况\n"), cleared);
  }

  /** A real report's declared totals are fields: T4-01 (复议 10 + 1 + 0 + 0 ≠ 总计 0) stands on the 总计 typed. */
  @Test
  void aDeclaredTotalIsAFieldAndItsFindingIsOnIt() throws Exception {
    Path pdf = TestSite.REPO.resolve("src/test/resources/import/real/hongze-2023/hzq2023_working.pdf");
    ReportImport.run(List.of(pdf), site, site.resolve("content/reports"), OptionalInt.empty());
    ReportForm form = ReportForms.load(site, 2023);
    assertTrue(form.fields().containsKey("applications.received.6") && form.fields().containsKey("reviews.review.total"), form.fields().keySet().toString());
    ReportFormRoundTripTest.assertRoundTrip(site, 2023);
    List<String> t401 = ReportForms.check(site, form).findings().stream().filter(f -> f.finding().rule() == Rule.T4_01).map(FieldFinding::field).toList();
    assertTrue(t401.contains("reviews.review.total"), t401.toString());
  }
}
