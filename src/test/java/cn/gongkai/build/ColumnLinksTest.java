package cn.gongkai.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gongkai.TestSite;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links to a column, as the webmaster sees it in {@code content/}: its introduction {@code index.md}, its
 * folder with or without the slash, from an item, from an item kept in another folder, from a report's
 * narrative and from another column's introduction. Each becomes a link to the column's page.
 */
class ColumnLinksTest {
  @TempDir static Path dir;
  static Path out;

  static String site() {
    StringBuilder s = new StringBuilder(TestSite.valid2021());
    s.append("-- content/columns.yaml --\n")
        .append("- id: guide\n  title: 政府信息公开指南\n")
        .append("- id: policy\n  title: 政策文件\n")
        .append("- id: on-request\n  title: 依申请公开\n")
        .append("- id: reports\n  title: 政府信息公开年报\n");
    s.append("-- content/guide/index.md --\n本页为测试用指南，依申请公开见[依申请公开](../on-request/)。\n");
    s.append("-- content/policy/rules.md --\n")
        .append("---\ntitle: 示例镇关于印发管理办法的通知\nindex_no: 123456789X/2024-0100\npublisher: 示例镇\n")
        .append("generated: 2024-03-01\npublished: 2024-03-05\nscope: 全部公开\nchannel: 政府网站\ncolumn: policy\n")
        .append("attachments: [申请表.txt]\n---\n\n")
        .append("见[指南](../guide/index.md)、[指南栏目](../guide/)、[指南栏目无斜杠](../guide)、[指南某段](../guide/index.md#part)、")
        .append("[本栏目](./)、[依申请公开](../on-request)、[年报栏目](../reports/)和[申请表](申请表.txt)。\n");
    s.append("-- content/policy/申请表.txt --\n测试附件\n");
    s.append("-- content/notices/other.md --\n")
        .append("---\ntitle: 放在其他文件夹里的通知\nindex_no: 123456789X/2024-0101\npublisher: 示例镇\n")
        .append("generated: 2024-03-01\npublished: 2024-03-05\nscope: 全部公开\nchannel: 政府网站\ncolumn: policy\n---\n\n")
        .append("见[指南](../guide/index.md)和[指南栏目](../guide)。\n");
    String narrative = TestSite.resource("fixtures/report-2021.md");
    s.append("-- content/reports/2023.md --\n")
        .append(narrative.replaceFirst("本段为测试用虚构文字。", "本段为测试用虚构文字。详见[政府信息公开指南](../guide/)。"));
    return s.toString();
  }

  @BeforeAll
  static void build() throws Exception {
    Path src = TestSite.write(dir.resolve("src"), site());
    out = dir.resolve("out");
    SiteBuilder.build(src, out, LocalDate.of(2024, 6, 1));
  }

  static List<String> hrefs(String page, String selector) throws IOException {
    Document d = Jsoup.parse(out.resolve(page).toFile(), "UTF-8");
    return d.select(selector).stream().map(e -> e.attr("href")).toList();
  }

  @Test
  void itemLinksToColumnsBecomeColumnPages() throws IOException {
    assertEquals(
        List.of("../guide/", "../guide/", "../guide/", "../guide/#part", "./", "../on-request/", "../reports/", "rules/申请表.txt"),
        hrefs("policy/rules.html", "main p a[href]").subList(0, 8));
  }

  @Test
  void itemInAnotherFolderLinksToTheColumnPage() throws IOException {
    assertEquals(List.of("../guide/", "../guide/"), hrefs("policy/other.html", "main p a[href]").subList(0, 2));
  }

  @Test
  void narrativeAndIntroductionLinkToColumnPages() throws IOException {
    assertEquals("../../guide/", hrefs("reports/2023/index.html", "main a[href*=guide]").get(0));
    Element intro = Jsoup.parse(out.resolve("guide/index.html").toFile(), "UTF-8").selectFirst("main a[href*=on-request]");
    assertEquals("../on-request/", intro.attr("href"));
  }
}
