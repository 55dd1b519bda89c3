package cn.gongkai.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the shipped 东山镇 site and compares the 2022 report page with the published report (the seed). */
class DefaultSiteTest {
  @TempDir static Path dir;
  static Path out;
  static Document page;

  @BeforeAll
  static void build() throws Exception {
    out = dir.resolve("site");
    SiteBuilder.build(TestSite.REPO, out);
    page = Jsoup.parse(out.resolve("reports/2022/index.html").toFile(), "UTF-8");
  }

  /**
   * Every page has a one-sentence description of its own and an icon that exists (without one, browsers ask
   * for /favicon.ico and log a 404); the home page's title does not say the site name twice.
   */
  @Test
  void everyPageHasADescriptionAndAnIconAndTheHomeTitleSaysTheNameOnce() throws Exception {
    java.util.Set<String> descriptions = new java.util.HashSet<>();
    List<Path> pages;
    try (var walk = java.nio.file.Files.walk(out)) {
      pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    for (Path file : pages) {
      Document d = Jsoup.parse(file.toFile(), "UTF-8");
      String name = out.relativize(file).toString();
      Elements description = d.select("head meta[name=description]");
      assertEquals(1, description.size(), name);
      assertTrue(description.attr("content").length() >= 10, name + ": " + description.attr("content"));
      assertTrue(descriptions.add(description.attr("content")) || name.contains("poster") || name.matches(".*/page/\\d+/.*"), name + " repeats a description");
      Element icon = d.selectFirst("head link[rel=icon]");
      assertTrue(icon != null, name + " has no icon");
      String href = icon.attr("href");
      Path target = href.startsWith("/") ? out.resolve(href.substring(1)) : file.getParent().resolve(href).normalize();
      assertTrue(java.nio.file.Files.isRegularFile(target), name + ": icon " + href + " missing");
    }
    Document home = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
    assertEquals("东山镇基层政务公开专栏", home.title());
    Document report = page;
    assertEquals("华容县东山镇人民政府2022年政府信息公开工作年度报告 - 东山镇基层政务公开专栏", report.title());
  }

  @Test
  void metadataBlockAndTitleAreAsPublished() {
    Elements dts = page.select("dl.doc-meta dt");
    Elements dds = page.select("dl.doc-meta dd");
    assertEquals(List.of("索引号", "发布机构", "公开范围", "生成日期", "公开日期", "公开方式"), dts.eachText());
    assertEquals(List.of("006383401N/2023-2030837", "东山镇", "全部公开", "2023-01-21", "2023-01-21", "政府网站"), dds.eachText());
    assertEquals("华容县东山镇人民政府2022年政府信息公开工作年度报告", page.selectFirst("h1").text());
    assertEquals("zh-CN", page.selectFirst("html").attr("lang"));
  }

  @Test
  void sixSectionsInCanonicalOrder() {
    assertEquals(
        List.of(
            "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项", "表格数据下载"),
        page.select("article h2").eachText());
    // The published report has no section 六: the page says so as an editor's note, inventing nothing.
    Element six = page.getElementById("section-6");
    assertEquals("编者注：原报告未包含此部分。", six.select("p.editor-note").text());
    assertEquals(1, six.select("p").size());
    assertEquals("2023年1月20日", page.selectFirst("p.signature").text());
  }

  @Test
  void narrativeIsTheSeedText() {
    String seed = normalise(TestSite.resource("seed/dongshan-2022.txt"));
    Elements paragraphs = page.select("#section-1 p, #section-5 p");
    assertEquals(14, paragraphs.size());
    for (Element p : paragraphs) {
      assertTrue(seed.contains(normalise(p.text())), "not in the published report: " + p.text());
    }
  }

  @Test
  void table2CellByCell() {
    Element t = page.getElementById("table-2");
    assertEquals(
        List.of(
            "第二十条第（一）项", "信息内容|本年新制作数量|本年新公开数量|对外公开总数量", "规章|3|3|3", "规范性文件|2|2|2",
            "第二十条第（五）项", "信息内容|上一年项目数量|本年增/减|处理决定数量", "行政许可|0|0|0", "其他对外管理服务事项|97|+97|97",
            "第二十条第（六）项", "信息内容|上一年项目数量|本年增/减|处理决定数量", "行政处罚|0|0|0", "行政强制|0|0|0",
            "第二十条第（八）项", "信息内容|上一年项目数量|本年增/减", "行政事业性收费|0|0",
            "第二十条第（九）项", "信息内容|采购项目数量|采购总金额", "政府集中采购|0|0"),
        rows(t.select("tbody tr")));
    assertEquals(5, t.select("th.group").size());
    // Each group title looks like a full-width row: the row-group header over the label column, and an
    // empty cell over the three value columns (a single full-width first row would be a fake caption).
    t.select("th.group").forEach(g -> assertEquals("rowgroup", g.attr("scope")));
    t.select("th.group").forEach(g -> assertEquals("3", g.nextElementSibling().attr("colspan")));
    t.select("th.group").forEach(g -> assertTrue(g.nextElementSibling().hasClass("group-fill")));
    assertEquals("2", t.select("tbody").get(3).select("tr").get(2).select("td").get(1).attr("colspan"));
    assertEquals("主动公开政府信息情况", t.selectFirst("caption").text());
  }

  @Test
  void table3CellByCell() {
    Element t = page.getElementById("table-3");
    assertEquals(
        List.of(
            "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）|申请人情况",
            "自然人|法人或其他组织|总计",
            "商业企业|科研机构|社会公益组织|法律服务机构|其他"),
        rows(t.select("thead tr")));
    Element note = t.selectFirst("thead td.note");
    assertEquals("3", note.attr("rowspan"));
    assertEquals("3", note.attr("colspan"));
    List<String> labels =
        List.of(
            "一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量",
            "三、本年度办理结果|（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
            "（三）不予公开|1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
            "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项",
            "（四）无法提供|1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确",
            "（五）不予处理|1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
            "5.要求行政机关确认或重新出具已获取信息", "（六）其他处理", "（七）总计", "四、结转下年度继续办理");
    Elements body = t.select("tbody tr");
    assertEquals(labels.size(), body.size());
    for (int i = 0; i < body.size(); i++) {
      Element tr = body.get(i);
      assertEquals(labels.get(i), String.join("|", tr.select("th").eachText()), "row " + i);
      // published blank (totals too): empty cells, never “0”
      assertEquals(List.of("", "", "", "", "", "", ""), tr.select("td").stream().map(Element::text).toList(), "row " + i);
      tr.select("td").forEach(td -> assertTrue(td.hasClass("num") && td.hasClass("blank") && td.childNodeSize() == 0, td.outerHtml()));
    }
    Element results = t.selectFirst("th:containsOwn(三、本年度办理结果)");
    assertEquals("20", results.attr("rowspan"));
    assertEquals("8", t.selectFirst("th:containsOwn(（三）不予公开)").attr("rowspan"));
    assertEquals("2", t.selectFirst("th:containsOwn(（六）其他处理)").attr("colspan"));
  }

  @Test
  void table4CellByCell() {
    Element t = page.getElementById("table-4");
    assertEquals(
        List.of(
            "行政复议|行政诉讼",
            "结果维持|结果纠正|其他结果|尚未审结|总计|未经复议直接起诉|复议后起诉",
            "结果维持|结果纠正|其他结果|尚未审结|总计|结果维持|结果纠正|其他结果|尚未审结|总计"),
        rows(t.select("thead tr")));
    assertEquals(15, t.select("tbody td").size());
    t.select("tbody td").forEach(td -> assertTrue(td.hasClass("blank") && td.childNodeSize() == 0, td.outerHtml()));
  }

  @Test
  void blankTablesCarryTheEditorsNoteAndTable2DoesNot() {
    for (String section : List.of("section-3", "section-4")) {
      // Under the table; on phones also before the row blocks (a reader meets it before 28 empty blocks).
      Elements notes = page.getElementById(section).select("> p.editor-note");
      assertEquals(List.of("编者注：原表此处未填写数字。"), notes.eachText(), section);
      assertTrue(notes.first().previousElementSibling().hasClass("table-cards"), section);
      Elements cardsNote = page.getElementById(section).select(".table-cards > p.editor-note");
      assertEquals(List.of("编者注：原表此处未填写数字。"), cardsNote.eachText(), section);
      assertEquals("card", cardsNote.first().nextElementSibling().className(), section);
    }
    assertTrue(page.getElementById("section-2").select("p.editor-note").isEmpty());
    assertTrue(page.getElementById("table-2").select("td.blank").isEmpty());
  }

  @Test
  void openDataHasBlanksAsNullAndEmptyNeverZero() throws Exception {
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("reports/2022.json").toFile());
    var t3 = json.get("tables").get(1).get("rows");
    assertEquals(23, t3.size());
    for (var row : t3) {
      for (var cell : row.get("cells")) {
        assertTrue(cell.get("value").isNull(), row.toString());
      }
    }
    var t4 = json.get("tables").get(2).get("cells");
    assertEquals(15, t4.size());
    t4.forEach(cell -> assertTrue(cell.get("value").isNull(), cell.toString()));
    // 本年增/减 is a plain number in the data (the page shows “+97”)
    var otherServices = json.get("tables").get(0).get("groups").get(1).get("rows").get(1);
    assertEquals("其他对外管理服务事项", otherServices.get("label").asText());
    assertTrue(otherServices.get("cells").get(1).get("value").isIntegralNumber());
    assertEquals(97, otherServices.get("cells").get(1).get("value").asInt());

    List<List<String>> csv = OpenDataTest.csvRecords(out.resolve("reports/2022.csv"));
    // header, 表二 2019 (3+3+3+3+3+3+2+2 cells), 表三 23 rows × 7, 表四 15
    assertEquals(1 + 22 + 23 * 7 + 15, csv.size());
    assertTrue(csv.contains(List.of("表二 主动公开政府信息情况", "第二十条第（五）项", "其他对外管理服务事项", "本年增/减", "97", "否")), csv.toString());
    for (List<String> line : csv.subList(1, csv.size())) {
      if (!line.get(0).startsWith("表二")) {
        assertEquals("", line.get(4), line.toString());
      }
    }
    assertTrue(csv.contains(List.of("表三 收到和处理政府信息公开申请情况", "三、本年度办理结果", "（七）总计", "总计", "", "是")), csv.toString());
    assertTrue(csv.contains(List.of("表四 政府信息公开行政复议、行政诉讼情况", "行政复议", "行政复议", "结果维持", "", "否")), csv.toString());
  }

  @Test
  void everyTableLabelIsInThePublishedReport() {
    String seed = normalise(TestSite.resource("seed/dongshan-2022.txt"));
    for (Element cell : page.select(".report-table th, .report-table td.note")) {
      assertTrue(seed.contains(normalise(cell.text())), "label not in the published report: " + cell.text());
    }
  }

  @Test
  void headerCellsHaveScope() {
    for (Element th : page.select(".report-table th")) {
      assertFalse(th.attr("scope").isEmpty(), th.outerHtml());
    }
    for (Element region : page.select(".table-scroll")) {
      assertEquals("region", region.attr("role"));
      assertEquals("0", region.attr("tabindex"));
      assertTrue(page.getElementById(region.attr("aria-labelledby")).tagName().equals("caption"));
    }
  }

  @Test
  void reportsIndexListsEveryYearNewestFirst() throws Exception {
    Document index = Jsoup.parse(out.resolve("reports/index.html").toFile(), "UTF-8");
    assertEquals(List.of("华容县东山镇人民政府2022年政府信息公开工作年度报告"), index.select("ul.doc-list a").eachText());
    assertEquals("2022/", index.selectFirst("ul.doc-list a").attr("href"));
    assertTrue(Files.exists(out.resolve("reports/2022.json")));
    assertTrue(Files.exists(out.resolve("reports/2022.csv")));
    assertEquals("../2022.csv", page.selectFirst("a:containsOwn(CSV)").attr("href"));
  }

  private static List<String> rows(Elements trs) {
    return trs.stream().map(tr -> String.join("|", tr.children().eachText())).toList();
  }

  /** The seed was extracted from a web page: spaces were inserted and some punctuation became ASCII. */
  static String normalise(String s) {
    return s.replaceAll("[\\s\\u00a0\\u3000]+", "")
        .replace('（', '(').replace('）', ')').replace('：', ':').replace('，', ',').replace('；', ';');
  }
}
