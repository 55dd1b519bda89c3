package cn.gongkai.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.TestSite;
import cn.gongkai.config.SiteConfig;
import cn.gongkai.diag.Finding;
import cn.gongkai.diag.Findings;
import cn.gongkai.yaml.UnreadableFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ReportLoader#load(String, String, String, String)}: a report from texts, read as from its files, nothing on disk. */
class ReportLoaderTextTest {
  static final SiteConfig SITE =
      new SiteConfig("示例", "示例县示例镇人民政府", "示例镇", "123456789X", "https://gongkai.example.gov.cn/",
          new SiteConfig.Footer("", "", "", "", "", "", "", ""), new SiteConfig.Written(null, null, ""));

  @Test
  void textsLoadExactlyAsTheirFiles() throws Exception {
    Path repo = TestSite.REPO;
    String yaml = Files.readString(repo.resolve("content/reports/2022.yaml"));
    String md = Files.readString(repo.resolve("content/reports/2022.md"));
    Findings fromFiles = new Findings();
    AnnualReport file = new ReportLoader(repo, SITE, fromFiles).load(repo.resolve("content/reports/2022.yaml"));
    Findings fromTexts = new Findings();
    AnnualReport text = new ReportLoader(repo, SITE, fromTexts).load("content/reports/2022.yaml", yaml, "content/reports/2022.md", md);
    assertEquals(file, text);
    assertEquals(fromFiles.all(), fromTexts.all());
    assertFalse(fromTexts.all().isEmpty(), "the real 2022 report's blank tables are FMT-03 findings");
    assertTrue(text.narrative().section(1).isPresent() && text.narrative().section(5).isPresent());
  }

  @Test
  void namesAreWhatMessagesShow_andNothingIsWritten(@TempDir Path dir) throws Exception {
    String yaml = TestSite.resource("fixtures/report-2021.yaml").replace("  penalty: 3", "  penalty: -3");
    Findings findings = new Findings();
    AnnualReport r = new ReportLoader(dir, SITE, findings).load("乡镇/报告.pdf#2023.yaml", yaml, "乡镇/报告.pdf#2023.md", TestSite.resource("fixtures/report-2021.md"));
    assertEquals("乡镇/报告.pdf#2023.yaml", r.files().yaml());
    assertEquals("乡镇/报告.pdf#2023.md", r.narrative().file());
    assertEquals(2023, r.year());
    List<String> lines = findings.all().stream().map(Finding::format).toList();
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("乡镇/报告.pdf#2023.yaml:17:12: 错误 FMT-03 ")), lines.toString());
    assertFalse(r.complete());
    try (var files = Files.list(dir)) {
      assertEquals(0, files.count(), "nothing written");
    }
  }

  @Test
  void yearComesFromTheTextWhenTheNameHasNone_andIsComparedWhenItHasOne() throws Exception {
    String yaml = TestSite.resource("fixtures/report-2021.yaml");
    Findings none = new Findings();
    AnnualReport r = new ReportLoader(Path.of("."), SITE, none).load("报告.docx", yaml, "报告.docx（叙述）", null);
    assertEquals(2023, r.year());
    assertTrue(r.narrative().sections().isEmpty(), "null markdown: no narrative");
    assertTrue(none.all().isEmpty(), none.all().toString());
    Findings mismatch = new Findings();
    new ReportLoader(Path.of("."), SITE, mismatch).load("报告.docx#2022.yaml", yaml, "报告.docx#2022.md", "");
    assertTrue(
        mismatch.all().stream().map(Finding::format).anyMatch(l -> l.equals("报告.docx#2022.yaml:2:7: 错误 FMT-03 “year”为 2023，与文件名 2022.yaml 不一致。")),
        mismatch.all().toString());
  }

  @Test
  void aYamlSyntaxErrorNamesTheText() {
    UnreadableFile e =
        assertThrows(
            UnreadableFile.class,
            () -> new ReportLoader(Path.of("."), SITE, new Findings()).load("报告.html#2023.yaml", "year: 2023\norgan： 示例\n", "报告.html#2023.md", ""));
    assertTrue(e.finding().format().startsWith("报告.html#2023.yaml:2:"), e.finding().format());
    assertEquals("YAML-01", e.finding().rule().id());
  }
}
