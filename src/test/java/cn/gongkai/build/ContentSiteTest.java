package cn.gongkai.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.TestSite;
import cn.gongkai.build.SiteBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole column site inline: columns, items, a draft, a scheduled item, attachments, 60 notices. */
class ContentSiteTest {
  static final LocalDate TODAY = LocalDate.of(2024, 6, 1);
  static final int NOTICES = 60;

  @TempDir static Path dir;
  static Path out;
  static SiteBuilder.Result result;

  static String site() {
    StringBuilder s = new StringBuilder(TestSite.valid2021());
    s.append("-- content/columns.yaml --\n")
        .append("- id: guide\n  title: 政府信息公开指南\n")
        .append("- id: statutory\n  title: 法定主动公开内容\n  children:\n")
        .append("    - id: policy\n      title: 政策文件\n")
        .append("    - id: finance\n      title: 财政资金\n")
        .append("- id: reports\n  title: 政府信息公开年报\n");
    s.append("-- content/guide/index.md --\n---\nupdated: 2024-05-20\n---\n本页为测试用指南，见[目录](../catalogue/)。\n");
    s.append("-- content/policy/rules.md --\n")
        .append("---\ntitle: 示例镇关于印发管理办法的通知\nindex_no: 123456789X/2024-0100\npublisher: 示例镇\n")
        .append("generated: 2024-03-01\npublished: 2024-03-05\nscope: 全部公开\nchannel: 政府网站\ncolumn: policy\n")
        .append("doc_no: 示政发〔2024〕1号\nvalidity: 有效\nsummary: 测试用内容概述。\nattachments: [申请表.txt]\n---\n\n")
        .append("正文见附件。另见[2023年度年报](../reports/2023.yaml)和[预算](../finance/budget.md)。\n");
    s.append("-- content/policy/申请表.txt --\n测试附件\n");
    s.append("-- content/finance/budget.md --\n")
        .append("---\ntitle: 示例镇2024年预算\nindex_no: 123456789X/2024-0101\npublisher: 示例镇\n")
        .append("generated: 2024-02-01\npublished: 2024-02-02\nscope: 全部公开\nchannel: 政府网站\ncolumn: finance\n---\n\n预算正文。\n");
    s.append("-- content/finance/draft-plan.md --\n")
        .append("---\ntitle: 草稿不应发布\nindex_no: 123456789X/2024-0102\npublisher: 示例镇\n")
        .append("generated: 2024-02-01\npublished: 2024-02-02\nscope: 全部公开\nchannel: 政府网站\ncolumn: finance\nstatus: draft\n---\n\n草稿。\n");
    s.append("-- content/finance/future.md --\n")
        .append("---\ntitle: 尚未到公开日期\nindex_no: 123456789X/2024-0103\npublisher: 示例镇\n")
        .append("generated: 2024-06-01\npublished: 2024-07-01\nscope: 全部公开\nchannel: 政府网站\ncolumn: finance\n---\n\n以后发布。\n");
    for (int i = 1; i <= NOTICES; i++) {
      s.append("-- content/policy/notice-").append(i).append(".md --\n")
          .append("---\ntitle: 通知第").append(i).append("号\nindex_no: 123456789X/2023-").append(1000 + i).append("\npublisher: 示例镇\n")
          .append("generated: 2023-01-01\npublished: 2023-").append(String.format("%02d-%02d", 1 + i % 12, 1 + i % 28)).append("\n")
          .append("scope: 全部公开\nchannel: 政府网站\ncolumn: policy\n---\n\n通知正文").append(i).append("。\n");
    }
    return s.toString();
  }

  @BeforeAll
  static void build() throws Exception {
    Path src = TestSite.write(dir.resolve("src"), site());
    out = dir.resolve("out");
    result = SiteBuilder.build(src, out, TODAY);
  }

  static Document page(String path) throws IOException {
    return Jsoup.parse(out.resolve(path).toFile(), "UTF-8", "https://gongkai.example.gov.cn/" + path);
  }

  @Test
  void everyPageTypeIsWritten() {
    for (String p :
        List.of(
            "index.html", "guide/index.html", "statutory/index.html", "policy/index.html", "policy/page/2/index.html",
            "policy/page/4/index.html", "policy/rules.html", "policy/rules/申请表.txt", "finance/budget.html",
            "reports/index.html", "reports/2023/index.html", "catalogue/index.html", "catalogue/page/2/index.html",
            "catalogue/column/policy/index.html", "catalogue/year/2024/index.html", "404.html", "sitemap.xml",
            "feed.xml", "robots.txt", "catalogue/search.json", "js/search.js", "css/site.css")) {
      assertTrue(Files.exists(out.resolve(p)), p);
    }
    assertFalse(Files.exists(out.resolve("policy/page/5/index.html")), "62 policy items fit in 4 pages of 20");
  }

  @Test
  void everyPublishedItemIsInTheCatalogueExactlyOnceWithItsMetadata() throws IOException {
    Map<String, Element> rows = new HashMap<>();
    List<String> order = new ArrayList<>();
    for (String p : List.of("catalogue/index.html", "catalogue/page/2/index.html")) {
      for (Element tr : page(p).select("table.catalogue-table tbody tr")) {
        String href = tr.selectFirst("th a").absUrl("href");
        assertTrue(rows.put(href, tr) == null, "listed twice: " + href);
        order.add(tr.child(0).text());
      }
    }
    // 60 notices + rules + budget + the 2023 report; no draft, no future item.
    assertEquals(NOTICES + 3, rows.size());
    assertEquals(String.valueOf(NOTICES + 3), order.get(order.size() - 1));
    Element rules = rows.get("https://gongkai.example.gov.cn/policy/rules.html");
    assertNotNull(rules);
    assertEquals(
        List.of("1", "123456789X/2024-0100", "示例镇关于印发管理办法的通知", "示政发〔2024〕1号", "示例镇", "2024-03-01", "2024-03-05", "政策文件"),
        rules.children().eachText());
    Element report = rows.get("https://gongkai.example.gov.cn/reports/2023/");
    assertNotNull(report);
    assertEquals("—", report.selectFirst("td.doc-no").text(), "a document without 文号");
    assertTrue(report.selectFirst("td.doc-no").hasClass("none"));
    assertEquals(
        List.of("序号", "索引号", "名称", "文号", "发布机构", "生成日期", "公开日期", "栏目"), page("catalogue/index.html").select("thead th").eachText());
  }

  /** Each field carries its header as data-label (the phone layout shows it), and a 索引号 may break only after its “/”. */
  @Test
  void catalogueRowsAreLabelledAndIndexNumbersBreakOnlyAtTheSlash() throws IOException {
    Document d = page("catalogue/index.html");
    List<String> headers = d.select("thead th").eachText();
    for (Element tr : d.select("tbody tr")) {
      assertEquals(headers, tr.children().eachAttr("data-label"));
      Element indexNo = tr.selectFirst("td.index-no");
      List<String> parts = indexNo.select("span.nobr").eachText();
      assertEquals(2, parts.size(), indexNo.outerHtml());
      assertTrue(parts.get(0).endsWith("/"), indexNo.outerHtml());
      assertEquals(indexNo.text(), String.join("", parts));
      assertEquals(1, indexNo.select("wbr").size(), indexNo.outerHtml());
      assertTrue(indexNo.textNodes().stream().allMatch(t -> t.isBlank()), "no text outside the unbreakable pieces: " + indexNo.outerHtml());
    }
  }

  /** Without JavaScript the static pages are the whole catalogue: every entry of the search index is on exactly one page. */
  @Test
  void theStaticCatalogueListsEverythingTheSearchIndexHas() throws IOException {
    List<String> listed = new ArrayList<>();
    for (int p = 1; ; p++) {
      Path file = out.resolve(p == 1 ? "catalogue/index.html" : "catalogue/page/" + p + "/index.html");
      if (!Files.exists(file)) {
        break;
      }
      page(out.relativize(file).toString()).select("tbody td.index-no").forEach(e -> listed.add(e.text()));
    }
    JsonNode index = new ObjectMapper().readTree(out.resolve("catalogue/search.json").toFile());
    List<String> indexed = new ArrayList<>();
    index.forEach(e -> indexed.add(e.get("index_no").asText()));
    assertEquals(NOTICES + 3, indexed.size());
    assertEquals(indexed, listed);
  }

  @Test
  void theSearchIndexHasTitlesColumnNamesAndDocumentNumbers() throws IOException {
    JsonNode index = new ObjectMapper().readTree(out.resolve("catalogue/search.json").toFile());
    Map<String, JsonNode> byIndexNo = new HashMap<>();
    index.forEach(e -> byIndexNo.put(e.get("index_no").asText(), e));
    JsonNode rules = byIndexNo.get("123456789X/2024-0100");
    assertEquals("示例镇关于印发管理办法的通知", rules.get("title").asText());
    assertEquals("示政发〔2024〕1号", rules.get("doc_no").asText());
    assertEquals("政策文件", rules.get("column").asText());
    assertEquals("财政资金", byIndexNo.get("123456789X/2024-0101").get("column").asText());
    assertEquals("", byIndexNo.get("123456789X/2024-0101").get("doc_no").asText());
    assertTrue(
        index.findValuesAsText("column").contains("政府信息公开年报"), "the report is under its column's name: " + index.findValuesAsText("column"));
    String script = Files.readString(out.resolve("js/search.js"));
    assertTrue(script.contains("[row.title, row.index_no, row.doc_no, row.column]"), "search matches 名称, 索引号, 文号 and 栏目");
    assertTrue(script.contains("本页是直接从电脑上的文件打开的"), "opened from a file, search says why it cannot work");
    assertFalse(script.contains("搜索索引加载失败"));
  }

  @Test
  void aColumnIntroductionShowsItsUpdateDate() throws IOException {
    Document guide = page("guide/index.html");
    assertEquals("更新日期：2024-05-20", guide.selectFirst("p.updated").text());
    assertEquals("2024-05-20", guide.selectFirst("p.updated time").attr("datetime"));
    assertFalse(guide.selectFirst(".column-intro").text().contains("updated"), "the front matter is not part of the text");
    assertNull(page("policy/index.html").selectFirst("p.updated"), "a column without introduction has no 更新日期");
  }

  @Test
  void catalogueFiltersByColumnAndYear() throws IOException {
    assertEquals(NOTICES + 1, page("catalogue/column/policy/index.html").select("tbody tr").size() + page("catalogue/column/policy/page/2/index.html").select("tbody tr").size());
    assertEquals(List.of("示例镇关于印发管理办法的通知", "示例镇2024年预算", "示例县示例镇人民政府2023年政府信息公开工作年度报告"), page("catalogue/year/2024/index.html").select("tbody th a").eachText());
    Document d = page("catalogue/index.html");
    assertEquals(List.of("全部", "政策文件", "财政资金", "政府信息公开年报"), d.select("nav.filters p").get(0).select("a").eachText());
    assertEquals(List.of("2024年", "2023年"), d.select("nav.filters p").get(1).select("a").eachText());
    assertTrue(d.selectFirst(".catalogue-search").hasAttr("hidden"), "search box is revealed by JavaScript only");
  }

  @Test
  void theColumnNavigationMarksWhereThePageIs() throws IOException {
    Map<String, List<String>> current = new LinkedHashMap<>();
    current.put("index.html", List.of("专栏首页"));
    current.put("guide/index.html", List.of("政府信息公开指南"));
    current.put("policy/index.html", List.of("法定主动公开内容"));
    current.put("policy/rules.html", List.of("法定主动公开内容"));
    current.put("reports/2023/index.html", List.of("政府信息公开年报"));
    current.put("catalogue/year/2024/index.html", List.of("政府信息公开目录"));
    current.put("qr/index.html", List.of());
    for (var e : current.entrySet()) {
      assertEquals(e.getValue(), page(e.getKey()).select("nav.site-nav a[aria-current=page]").eachText(), e.getKey());
    }
  }

  @Test
  void itemPageHasMetadataBodyAttachmentsAndNeighbours() throws IOException {
    Document d = page("policy/rules.html");
    assertEquals(List.of("索引号", "发布机构", "公开范围", "生成日期", "公开日期", "公开方式", "文号", "有效性"), d.select("dl.doc-meta dt").eachText());
    assertEquals(List.of("123456789X/2024-0100", "示例镇", "全部公开", "2024-03-01", "2024-03-05", "政府网站", "示政发〔2024〕1号", "有效"), d.select("dl.doc-meta dd").eachText());
    assertEquals("示例镇关于印发管理办法的通知", d.selectFirst("h1").text());
    Element attachment = d.selectFirst(".attachments a");
    assertEquals("申请表.txt", attachment.text());
    assertEquals("rules/%E7%94%B3%E8%AF%B7%E8%A1%A8.txt", attachment.attr("href"));
    assertTrue(d.selectFirst(".attachments li").text().contains("（13 B）"), d.selectFirst(".attachments li").text());
    assertEquals("../reports/2023/", d.selectFirst(".item-body a:containsOwn(年度年报)").attr("href"));
    assertEquals("../finance/budget.html", d.selectFirst(".item-body a:containsOwn(预算)").attr("href"));
    assertEquals(List.of("首页", "法定主动公开内容", "政策文件", "示例镇关于印发管理办法的通知"), d.select("nav.breadcrumb li").eachText());
    assertEquals("下一篇：通知第23号", d.selectFirst(".prev-next li").text());
  }

  @Test
  void draftsAndFutureItemsArePublishedNowhere() throws IOException {
    assertFalse(Files.exists(out.resolve("finance/draft-plan.html")));
    assertFalse(Files.exists(out.resolve("finance/future.html")));
    try (Stream<Path> files = Files.walk(out)) {
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        String text = Files.readString(f);
        assertFalse(text.contains("草稿不应发布") || text.contains("draft-plan"), "draft leaked into " + f);
        assertFalse(text.contains("尚未到公开日期") || text.contains("finance/future"), "future item leaked into " + f);
      }
    }
    assertEquals(List.of("content/finance/future.md：公开日期 2024-07-01，届时重新生成即发布。"), result.scheduled());
  }

  @Test
  void noBrokenInternalLinkAnywhere() throws IOException {
    List<String> broken = new ArrayList<>();
    try (Stream<Path> files = Files.walk(out)) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".html") && !p.endsWith("404.html"))::iterator) {
        Document d = Jsoup.parse(f.toFile(), "UTF-8");
        for (Element e : d.select("a[href], link[href], script[src]")) {
          String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
          if (url.matches("^[a-z]+:.*") || url.startsWith("#")) {
            continue;
          }
          Path target = f.getParent().resolve(java.net.URLDecoder.decode(url.replaceFirst("#.*", ""), java.nio.charset.StandardCharsets.UTF_8)).normalize();
          if (!(Files.isRegularFile(target) || Files.isRegularFile(target.resolve("index.html")))) {
            broken.add(out.relativize(f) + " -> " + url);
          }
        }
      }
    }
    assertEquals(List.of(), broken);
  }

  @Test
  void sitemapFeedAndSearchIndex() throws IOException {
    String sitemap = Files.readString(out.resolve("sitemap.xml"));
    assertTrue(sitemap.contains("<loc>https://gongkai.example.gov.cn/policy/rules.html</loc>"), sitemap);
    assertTrue(sitemap.contains("<loc>https://gongkai.example.gov.cn/</loc>"));
    assertFalse(sitemap.contains("404"));
    String feed = Files.readString(out.resolve("feed.xml"));
    assertEquals(20, feed.split("<entry>", -1).length - 1);
    assertTrue(feed.contains("<link href=\"https://gongkai.example.gov.cn/policy/rules.html\"/>"), feed);
    String index = Files.readString(out.resolve("catalogue/search.json"));
    assertTrue(index.contains("\"doc_no\":\"示政发〔2024〕1号\""), index);
    assertTrue(index.contains("\"column\":\"政策文件\""));
    assertEquals("User-agent: *\nAllow: /\nSitemap: https://gongkai.example.gov.cn/sitemap.xml\n", Files.readString(out.resolve("robots.txt")));
  }

  @Test
  void homeShowsEachColumnWithItsLatestItems() throws IOException {
    Document d = page("index.html");
    assertEquals(List.of("政府信息公开指南", "法定主动公开内容", "政府信息公开年报"), d.select(".column-block h2").eachText());
    Element statutory = d.select(".column-block").get(1);
    assertEquals(List.of("政策文件", "财政资金"), statutory.select(".sub-columns a").eachText());
    assertEquals(5, statutory.select(".doc-list li").size());
    assertEquals("示例镇关于印发管理办法的通知", statutory.selectFirst(".doc-list a").text());
    assertEquals("zh-CN", d.selectFirst("html").attr("lang"));
    assertEquals(List.of("专栏首页", "政府信息公开指南", "法定主动公开内容", "政府信息公开年报", "政府信息公开目录"), d.select("nav.site-nav a").eachText());
  }
}
