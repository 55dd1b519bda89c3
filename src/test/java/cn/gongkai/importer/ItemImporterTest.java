package cn.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.TestSite;
import cn.gongkai.build.SiteBuilder;
import cn.gongkai.diag.UserError;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saved pages of a county CMS (synthetic, marked 示例, in {@code import/items/}) imported into a small
 * inline site, then checked and built as the webmaster would.
 */
class ItemImporterTest {
  static final Path PAGES = TestSite.REPO.resolve("src/test/resources/import/items");
  static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

  static final String COLUMNS =
      "-- content/columns.yaml --\n"
          + "- id: statutory\n  title: 法定主动公开内容\n  children:\n"
          + "    - id: policy\n      title: 政策文件\n"
          + "    - id: finance\n      title: 财政资金\n"
          + "- id: reports\n  title: 政府信息公开年报\n";

  static Path site(Path dir) {
    return TestSite.write(dir, TestSite.valid2021() + COLUMNS);
  }

  static Map<String, ItemImportSummary.Row> byPage(ItemImportSummary s) {
    return s.rows().stream().collect(Collectors.toMap(r -> Path.of(r.page()).getFileName().toString(), Function.identity()));
  }

  static ItemImportSummary importOne(Path src, String page) throws UserError {
    return ItemImporter.importPages(List.of(PAGES.resolve(page)), "policy", src, null);
  }

  static String written(Path src, ItemImportSummary s) {
    return TestSite.read(src.resolve(s.rows().get(0).written()));
  }

  @Test
  void aFolderInOneRunWithOneRowPerPage(@TempDir Path dir) throws Exception {
    Path src = site(dir);
    ItemImportSummary s = ItemImporter.importPages(List.of(PAGES), "policy", src, null);
    Map<String, ItemImportSummary.Row> rows = byPage(s);
    assertEquals(List.of("column-list.html", "gbk-notice.html", "label-lines.html", "utf8-table.html", "with-files.html"),
        s.rows().stream().map(r -> Path.of(r.page()).getFileName().toString()).toList(), "the folder's pages in name order, not its _files folder");
    assertEquals(4, s.imported());
    ItemImportSummary.Row list = rows.get("column-list.html");
    assertEquals("", list.written());
    assertTrue(list.problem().startsWith("不是信息页面"), list.problem());
    assertEquals("content/policy/123456789x-2023-2030837.md", rows.get("gbk-notice.html").written());
    assertEquals("", rows.get("gbk-notice.html").problem(), "a complete page: nothing to say");
    String table = s.table();
    assertTrue(table.startsWith("| 网页 | 标题 | 索引号 | 结果 | 说明 |\n"), table);
    assertTrue(table.contains("| 示例镇关于开展冬季森林防火工作的通知 | 123456789X/2023-2030837 | 已写入 content/policy/123456789x-2023-2030837.md | — |"), table);
    assertTrue(table.contains("| 未导入 | 不是信息页面"), table);
    assertTrue(table.endsWith("共 5 个网页：导入 4 个，未导入 1 个。\n"), table);
  }

  @Test
  void aGbkPageIsReadAsGb18030(@TempDir Path dir) throws Exception {
    Path src = site(dir);
    byte[] bytes = Files.readAllBytes(PAGES.resolve("gbk-notice.html"));
    assertFalse(new String(bytes, StandardCharsets.UTF_8).contains("张国镕"), "the fixture really is GBK");
    assertFalse(new String(bytes, Charset.forName("GB2312")).contains("镕"), "镕 is GBK, outside GB2312: a strict GB2312 reading loses it");
    String md = written(src, importOne(src, "gbk-notice.html"));
    assertTrue(md.contains("由张国镕同志牵头落实"), md);
    assertTrue(md.contains("title: \"示例镇关于开展冬季森林防火工作的通知\"\n"), md);
    assertTrue(md.contains("index_no: \"123456789X/2023-2030837\"\npublisher: \"示例镇\"\ngenerated: 2023-01-17\npublished: 2023-01-21\n"
        + "scope: \"全部公开\"\nchannel: \"政府网站\"\ncolumn: policy\n---\n"), md);
    assertTrue(md.contains("原网址 http://www.shili.gov.cn/xxgk/dsz/tzgg/content_2030837.html"), "provenance from the saved-from line");
    // The metadata table, navigation, title, share buttons and footer are not body.
    for (String chrome : List.of("索", "当前位置", "扫一扫", "主办单位", "首页", "示例镇关于开展冬季森林防火工作的通知\n\n各村")) {
      assertFalse(md.substring(md.indexOf("\n---\n", 4)).contains(chrome), chrome + " in\n" + md);
    }
    assertTrue(md.endsWith("\n\n示例镇人民政府\n\n2023年1月17日\n"), "the signature and date as their own paragraphs:\n" + md);
  }

  @Test
  void aMetadataTableWithSpacedLabelsAndForeignIndexNumber(@TempDir Path dir) throws Exception {
    Path src = site(dir);
    ItemImportSummary s = importOne(src, "utf8-table.html");
    String md = written(src, s);
    assertTrue(md.contains("# 原页面 主题分类：农业、林业、水利（信息头没有这一项）\n"), "主题分类 kept as a comment, no new key:\n" + md);
    assertTrue(md.contains("title: \"示例县农业农村局关于印发补贴资金管理办法的通知\"\n"), "标　　题 with full-width spaces:\n" + md);
    assertTrue(md.contains("index_no: \"11430000MB0000000X/2023-00012\"\n"), "the original 索引号 as it was:\n" + md);
    assertTrue(md.contains("publisher: \"示例县农业农村局\"\ngenerated: 2023-03-08\npublished: 2023-03-10\nscope: \"全部公开\"\ncolumn: policy\n"
        + "doc_no: \"示农发〔2023〕5号\"\nvalidity: 有效\n---\n"), "发文机关, 2023年03月08日, 2023/3/10, 文　　号, 有 效 性:\n" + md);
    assertFalse(md.contains("channel:"), "no 公开方式 on the page: none made up");
    assertTrue(md.contains("\n### 第一章 总则\n"), md);
    assertTrue(md.contains("\n1. 资金专款专用；\n2. 按季度公示。\n"), md);
    assertTrue(md.contains("<tr><td colspan=\"2\">合计 12.5</td></tr>"), "a data table as HTML, merged cells kept:\n" + md);
    assertTrue(md.contains("[补贴资金管理办法全文](https://www.shili.gov.cn/zwgk/zcwj/202303/P020230310123456.pdf)"), md);
    assertTrue(md.contains("[上一年度办法](https://www.shili.gov.cn/zwgk/zcwj/202302/t20230201_77.html)"), "relative link made absolute from the canonical address:\n" + md);
    String problem = s.rows().get(0).problem();
    assertTrue(problem.startsWith("原页面没有公开方式，信息头未填写这些项"), problem);
    assertTrue(problem.contains("1 个附件或图片没有随网页保存，正文中保留了原网址：P020230310123456.pdf"), problem);
    assertTrue(problem.contains("check：错误 META-01 索引号“11430000MB0000000X/2023-00012”的单位代码 11430000MB0000000X 与 site.yaml 中的 unit_code 123456789X 不一致。"), problem);
  }

  @Test
  void labelValueLinesAndWhatThePageLacks(@TempDir Path dir) throws Exception {
    Path src = site(dir);
    ItemImportSummary s = importOne(src, "label-lines.html");
    String md = written(src, s);
    assertTrue(md.contains("title: \"示例镇2023年第一季度财政收支情况公示\"\nindex_no: \"123456789X/2023-2031001\"\npublisher: \"示例镇\"\n"
        + "generated: 2023-04-10\npublished: 2023-04-12\ncolumn: policy\nvalidity: 有效\n---\n"), "several pairs in one line, 2023年4月12日:\n" + md);
    assertFalse(md.contains("doc_no"), "文号：无 is no 文号");
    assertTrue(md.contains("\n\n1\\. 一般公共服务支出 30 万元；\n\n2\\. 农林水支出 50 万元。\n\n特此公示。\n"), "lines of a <br> body, not read as a list:\n" + md);
    assertFalse(md.contains("分享到"), md);
    assertEquals("原页面没有公开范围、公开方式，信息头未填写这些项（请核对后补上）", s.rows().get(0).problem());
  }

  @Test
  void savedFilesBecomeAttachmentsAndTheImportedItemsBuild(@TempDir Path dir) throws Exception {
    Path src = site(dir.resolve("src"));
    ItemImportSummary s =
        ItemImporter.importPages(List.of(PAGES.resolve("gbk-notice.html"), PAGES.resolve("with-files.html")), "policy", src, null);
    assertEquals(2, s.imported(), s.table());
    s.rows().forEach(r -> assertEquals("", r.problem(), r.page()));
    Path folder = src.resolve("content/policy");
    String md = TestSite.read(folder.resolve("123456789x-2023-2031100.md"));
    assertTrue(md.contains("attachments: [123456789x-2023-2031100-1.png, 123456789x-2023-2031100-2.docx, 123456789x-2023-2031100-3.xls]\n"), md);
    assertArrayEquals(Files.readAllBytes(PAGES.resolve("with-files_files/P020230508申报表.docx")), Files.readAllBytes(folder.resolve("123456789x-2023-2031100-2.docx")),
        "the linked file saved under its decoded name in with-files_files/");
    assertTrue(md.contains("![项目现场](123456789x-2023-2031100-1.png)"), md);
    assertTrue(md.contains("附件：[申报表.docx](123456789x-2023-2031100-2.docx)"), md);

    SiteBuilder.check(src, false, TODAY);
    Path out = dir.resolve("out");
    SiteBuilder.build(src, out, TODAY);
    Document notice = Jsoup.parse(out.resolve("policy/123456789x-2023-2030837.html").toFile(), "UTF-8");
    assertEquals("示例镇关于开展冬季森林防火工作的通知", notice.selectFirst("article h1").text());
    assertTrue(notice.select(".doc-meta div").eachText().contains("索引号 123456789X/2023-2030837"), notice.select(".doc-meta").text());
    assertTrue(notice.selectFirst(".item-body").text().contains("由张国镕同志牵头落实"));
    Document withFiles = Jsoup.parse(out.resolve("policy/123456789x-2023-2031100.html").toFile(), "UTF-8");
    Element link = withFiles.selectFirst(".item-body a:contains(申报表.docx)");
    assertNotNull(link, withFiles.selectFirst(".item-body").html());
    assertEquals("123456789x-2023-2031100/123456789x-2023-2031100-2.docx", link.attr("href"));
    assertEquals(List.of("123456789x-2023-2031100-1.png", "123456789x-2023-2031100-2.docx", "123456789x-2023-2031100-3.xls"),
        withFiles.select(".attachments li a").eachText());
    for (String f : List.of("1.png", "2.docx", "3.xls")) {
      assertTrue(Files.isRegularFile(out.resolve("policy/123456789x-2023-2031100/123456789x-2023-2031100-" + f)), f);
    }
    assertNotNull(withFiles.selectFirst(".item-body img[src=123456789x-2023-2031100/123456789x-2023-2031100-1.png]"), withFiles.selectFirst(".item-body").html());
  }

  @Test
  void neverOverwritesAndRefusesWhenNothingIsImported(@TempDir Path dir) throws Exception {
    Path src = site(dir);
    importOne(src, "with-files.html");
    Path item = src.resolve("content/policy/123456789x-2023-2031100.md");
    Files.writeString(item, Files.readString(item) + "编辑过的正文。\n");
    String edited = Files.readString(item);
    UserError again = assertThrows(UserError.class, () -> importOne(src, "with-files.html"));
    assertEquals(UserError.Kind.REFUSED, again.kind());
    assertTrue(again.getMessage().contains("没有导入任何网页"), again.getMessage());
    assertTrue(again.getMessage().contains("索引号已用于 content/policy/123456789x-2023-2031100.md"), again.getMessage());
    assertEquals(edited, Files.readString(item));
    // The same page under another file name, index number removed: refused because its target exists.
    Path copy = dir.resolve("copy");
    Files.createDirectories(copy);
    Files.writeString(copy.resolve("page.html"), TestSite.read(PAGES.resolve("label-lines.html")));
    ItemImportSummary first = ItemImporter.importPages(List.of(copy.resolve("page.html")), "finance", src, null);
    assertEquals("content/finance/123456789x-2023-2031001.md", first.rows().get(0).written());
    ItemImportSummary mixed = ItemImporter.importPages(List.of(copy.resolve("page.html"), PAGES.resolve("gbk-notice.html")), "policy", src, null);
    assertEquals(1, mixed.imported(), "one page refused, the other still imported");
    assertTrue(mixed.rows().get(0).problem().contains("索引号已用于 content/finance/123456789x-2023-2031001.md"), mixed.table());
  }

  @Test
  void targetExistsIsRefusedForThatPageOnly(@TempDir Path dir) throws Exception {
    Path src = site(dir);
    Path out = dir.resolve("elsewhere");
    Files.createDirectories(out);
    Files.writeString(out.resolve("123456789x-2023-2030837.md"), "已有文件\n");
    ItemImportSummary s = ItemImporter.importPages(List.of(PAGES.resolve("gbk-notice.html"), PAGES.resolve("label-lines.html")), "policy", src, out);
    assertEquals("", s.rows().get(0).written());
    assertTrue(s.rows().get(0).problem().contains("已存在，没有覆盖"), s.table());
    assertEquals("已有文件\n", Files.readString(out.resolve("123456789x-2023-2030837.md")));
    assertTrue(Files.exists(out.resolve("123456789x-2023-2031001.md")), "written under --out, not in the site");
    assertFalse(Files.exists(src.resolve("content/policy")));
  }

  @Test
  void anUnknownColumnListsTheKnownOnes(@TempDir Path dir) {
    Path src = site(dir);
    UserError e = assertThrows(UserError.class, () -> ItemImporter.importPages(List.of(PAGES), "notices", src, null));
    assertEquals(UserError.Kind.USAGE, e.kind());
    assertEquals("栏目“notices”不能用于导入信息。可用的栏目：statutory、policy、finance（见 content/columns.yaml；年报请用 import 导入）。", e.getMessage());
    UserError reports = assertThrows(UserError.class, () -> ItemImporter.importPages(List.of(PAGES), "reports", src, null));
    assertEquals(UserError.Kind.USAGE, reports.kind());
  }

  @Test
  void whatIsNotAnArticlePageIsRefusedWithItsReason(@TempDir Path dir) throws Exception {
    Path src = site(dir);
    Path junk = dir.resolve("junk");
    Files.createDirectories(junk.resolve("empty"));
    Files.writeString(junk.resolve("notes.txt"), "索引号：1\n");
    Files.write(junk.resolve("binary.html"), new byte[] {0, 1, 2, (byte) 0xff, 0, 0x50, 0x4b});
    Files.writeString(junk.resolve("empty.html"), "");
    Files.write(junk.resolve("huge.html"), new byte[11 * 1024 * 1024]);
    UserError e =
        assertThrows(UserError.class, () -> ItemImporter.importPages(
            List.of(junk.resolve("binary.html"), junk.resolve("empty.html"), junk.resolve("huge.html"), junk.resolve("notes.txt"), junk.resolve("empty"), junk.resolve("missing.html"), PAGES.resolve("column-list.html")),
            "policy", src, null));
    assertEquals(UserError.Kind.REFUSED, e.kind());
    String m = e.getMessage();
    assertTrue(m.contains("binary.html | — | — | 未导入 | 认不出网页的编码"), m);
    assertTrue(m.contains("empty.html | — | — | 未导入 | 不是信息页面"), m);
    assertTrue(m.contains("notes.txt | — | — | 未导入 | 不是网页"), m);
    assertTrue(m.contains("empty | — | — | 未导入 | 文件夹中没有 .html 网页"), m);
    assertTrue(m.contains("missing.html | — | — | 未导入 | 找不到这个文件"), m);
    assertTrue(m.contains("huge.html | — | — | 未导入 | 文件有 11 MB，不像一个信息网页（上限 10 MB）"), m);
    assertTrue(m.contains("共 7 个网页：导入 0 个，未导入 7 个。"), m);
    assertFalse(Files.exists(src.resolve("content/policy")), "nothing written");
  }

  @Test
  void aListPageWithManyDatesIsNotAnItem(@TempDir Path dir) throws Exception {
    Path src = site(dir);
    Path page = dir.resolve("list.html");
    StringBuilder html = new StringBuilder("<html><body><!-- 示例 --><ul>");
    for (int i = 1; i <= 5; i++) {
      html.append("<li><a href='c").append(i).append(".html'>示例通知").append(i).append("</a> 发布日期：2023-01-0").append(i).append("</li>");
    }
    Files.writeString(page, html.append("</ul></body></html>").toString());
    UserError e = assertThrows(UserError.class, () -> ItemImporter.importPages(List.of(page), "policy", src, null));
    assertTrue(e.getMessage().contains("像是列表页：有 5 个不同的发布日期或索引号"), e.getMessage());
  }

  @Test
  void aPageBuiltByGongkaiImportsBackToTheSameItem(@TempDir Path dir) throws Exception {
    String item =
        "---\ntitle: 示例镇关于印发管理办法的通知\nindex_no: 123456789X/2024-0100\npublisher: 示例镇\n"
            + "generated: 2024-03-01\npublished: 2024-03-05\nscope: 全部公开\nchannel: 政府网站\ncolumn: policy\n"
            + "doc_no: 示政发〔2024〕1号\nvalidity: 有效\nsummary: 示例内容概述。\nattachments: [申请表.txt]\n---\n\n"
            + "各村（社区）：\n\n现将办法印发给你们，请遵照执行（示例）。\n\n## 一、适用范围\n\n- 本镇各村；\n- 各站所。\n\n"
            + "申请表见[附件](申请表.txt)，政策解读见[县政府网站](https://www.shili.gov.cn/jd/1.html)。\n\n示例镇人民政府\n\n2024年3月1日\n";
    Path original =
        TestSite.write(dir.resolve("a"), TestSite.valid2021() + COLUMNS + "-- content/policy/rules.md --\n" + item + "-- content/policy/申请表.txt --\n示例附件\n");
    Path outA = dir.resolve("outA");
    SiteBuilder.build(original, outA, TODAY);

    Path src = site(dir.resolve("b"));
    ItemImportSummary s = ItemImporter.importPages(List.of(outA.resolve("policy/rules.html")), "finance", src, null);
    assertEquals("", s.rows().get(0).problem(), s.table());
    String md = written(src, s);
    assertTrue(md.contains("title: \"示例镇关于印发管理办法的通知\"\nindex_no: \"123456789X/2024-0100\"\npublisher: \"示例镇\"\n"
        + "generated: 2024-03-01\npublished: 2024-03-05\nscope: \"全部公开\"\nchannel: \"政府网站\"\ncolumn: finance\n"
        + "doc_no: \"示政发〔2024〕1号\"\nvalidity: 有效\nsummary: \"示例内容概述。\"\nattachments: [123456789x-2024-0100-1.txt]\n---\n"), md);
    assertEquals(TestSite.read(original.resolve("content/policy/申请表.txt")), TestSite.read(src.resolve("content/finance/123456789x-2024-0100-1.txt")));
    Path outB = dir.resolve("outB");
    SiteBuilder.build(src, outB, TODAY);
    Document a = Jsoup.parse(outA.resolve("policy/rules.html").toFile(), "UTF-8");
    Document b = Jsoup.parse(outB.resolve("finance/123456789x-2024-0100.html").toFile(), "UTF-8");
    for (String css : List.of("article h1", ".doc-meta", ".summary", ".item-body")) {
      assertEquals(a.selectFirst(css).text(), b.selectFirst(css).text(), css);
    }
    assertEquals(a.select(".item-body > *").eachAttr("class"), b.select(".item-body > *").eachAttr("class"), "the same official layout (主送机关, 落款)");
    assertEquals("https://www.shili.gov.cn/jd/1.html", b.selectFirst(".item-body a:contains(县政府网站)").attr("href"));
  }

  @Test
  void labelsAsColumnHeadersOfABodyTableAreNotMetadata(@TempDir Path dir) throws Exception {
    Path src = site(dir.resolve("s"));
    Path page = dir.resolve("clean-up.html");
    Files.writeString(page, "<html><head><meta charset='utf-8'><title>示例</title></head><body><!-- 示例 -->"
        + "<table class='meta'><tr><th>索引号</th><th>发布机构</th><th>发布日期</th></tr>"
        + "<tr><td>123456789X/2023-0007</td><td>示例镇</td><td>2023-06-01</td></tr></table>"
        + "<div class='content'><h1>示例镇规范性文件清理结果</h1><p>经清理，下列文件继续有效（示例）：</p>"
        + "<table><tr><th>序号</th><th>文件名称</th><th>文号</th><th>发布日期</th></tr>"
        + "<tr><td>1</td><td>示例办法</td><td>示政发〔2020〕1号</td><td>2020-01-01</td></tr>"
        + "<tr><td>2</td><td>示例细则</td><td>示政发〔2021〕2号</td><td>2021-02-02</td></tr>"
        + "<tr><td>3</td><td>示例规定</td><td>示政发〔2022〕3号</td><td>2022-03-03</td></tr>"
        + "<tr><td>4</td><td>示例规程</td><td>示政发〔2022〕4号</td><td>2022-04-04</td></tr></table></div></body></html>");
    ItemImportSummary s = ItemImporter.importPages(List.of(page), "policy", src, null);
    String md = written(src, s);
    assertTrue(md.contains("title: \"示例镇规范性文件清理结果\"\nindex_no: \"123456789X/2023-0007\"\npublisher: \"示例镇\"\npublished: 2023-06-01\ncolumn: policy\n---\n"),
        "labels above their values in a small table; the body table's 文号 is not the page's:\n" + md);
    assertTrue(md.contains("<tr><th>序号</th><th>文件名称</th><th>文号</th><th>发布日期</th></tr>\n<tr><td>1</td><td>示例办法</td>"), md);
    assertTrue(md.contains("<tr><td>4</td><td>示例规程</td><td>示政发〔2022〕4号</td><td>2022-04-04</td></tr>\n</table>"), md);
    assertFalse(md.substring(md.indexOf("\n---\n", 4)).contains("123456789X/2023-0007"), "the metadata table is not body:\n" + md);
    assertEquals("原页面没有成文日期、公开范围、公开方式，信息头未填写这些项（请核对后补上）", s.rows().get(0).problem());
  }

  @Test
  void linksLeftOnTheOldSiteBuildOnceWhatThePageLackedIsAdded(@TempDir Path dir) throws Exception {
    // A site of the organ whose code the page's 索引号 has: META-01 accepts the original number.
    Path src = TestSite.write(dir.resolve("s"), (TestSite.valid2021() + COLUMNS).replace("123456789X", "11430000MB0000000X"));
    ItemImportSummary s = importOne(src, "utf8-table.html");
    assertFalse(s.rows().get(0).problem().contains("META-01"), s.table());
    UserError lacking = assertThrows(UserError.class, () -> SiteBuilder.check(src, false, TODAY));
    assertEquals(List.of("ITEM-01"), lacking.findings().stream().map(f -> f.rule().id()).distinct().toList(), "only what the page lacked: 公开方式");
    Path item = src.resolve(s.rows().get(0).written());
    Files.writeString(item, Files.readString(item).replace("column: policy\n", "channel: 政府网站\ncolumn: policy\n"));
    Path out = dir.resolve("out");
    SiteBuilder.build(src, out, TODAY);
    Document page = Jsoup.parse(out.resolve("policy/11430000mb0000000x-2023-00012.html").toFile(), "UTF-8");
    assertEquals("https://www.shili.gov.cn/zwgk/zcwj/202303/P020230310123456.pdf", page.selectFirst(".item-body a:contains(补贴资金管理办法全文)").attr("href"));
    assertEquals("合计 12.5", page.selectFirst(".item-body table td[colspan=2]").text());
    assertTrue(page.select(".doc-meta div").eachText().contains("文号 示农发〔2023〕5号"));
  }

  @Test
  void searchFormsIconsAndRelativeLinksWithoutAnAddress(@TempDir Path dir) throws Exception {
    Path src = site(dir.resolve("s"));
    Path page = dir.resolve("notice.html");
    Files.writeString(page, "<html><head><meta charset='utf-8'><title>示例通知_示例县</title></head><body><!-- 示例 -->"
        + "<form class='search'><label>标题：</label><input name='q'><label>发布日期：</label><select><option>2020-01-01</option></select></form>"
        + "<div class='info'>索引号：123456789X/2023-0009 发布时间：2023-01-21 10:30:00 浏览次数：12</div>"
        + "<div class='detail'><h1>示例镇关于停水的通知</h1><p>因管道检修，1月22日停水一天（示例）。</p>"
        + "<p><img src='images/icon_doc.gif'> 详见<a href='content_77.html'>上一期通知</a>，或<a href='javascript:void(0)'>打印</a>。</p></div></body></html>");
    ItemImportSummary s = ItemImporter.importPages(List.of(page), "policy", src, null);
    String md = written(src, s);
    assertTrue(md.contains("title: \"示例镇关于停水的通知\"\nindex_no: \"123456789X/2023-0009\"\npublished: 2023-01-21\ncolumn: policy\n---\n"),
        "the search form's 标题 and 发布日期 are no pairs; 发布时间 with a time of day:\n" + md);
    assertTrue(md.endsWith("---\n\n因管道检修，1月22日停水一天（示例）。\n\n详见上一期通知，或打印。\n"), md);
    assertEquals("原页面没有发布机构、成文日期、公开范围、公开方式，信息头未填写这些项（请核对后补上）；1 个链接是相对地址、网页里没有原网址，正文中只保留了文字：content_77.html",
        s.rows().get(0).problem());
  }

  @Test
  void aStateCouncilStyleTableWithThePlaceholderCode(@TempDir Path dir) throws Exception {
    // The layout of gov.cn policy pages (label cells with <b>, 标　题, 发文字号, the UCAP-CONTENT body);
    // the placeholder code 000014349 is kept, and the row says what META-01 makes of it.
    Path src = site(dir.resolve("s"));
    Path page = dir.resolve("content_5000001.htm");
    Files.writeString(page, "<html><head><meta charset='utf-8'><title>示例条例_中国政府网</title></head><body><!-- 示例 -->"
        + "<table class='bd1'><tr><td><b>索 引 号：</b></td><td>000014349/2023-00066</td><td><b>主题分类：</b></td><td>综合政务\\其他</td></tr>"
        + "<tr><td><b>发文机关：</b></td><td>示例镇人民政府</td><td><b>成文日期：</b></td><td>2023年08月30日</td></tr>"
        + "<tr><td><b>标　　题：</b></td><td colspan='3'>示例镇村规民约指导办法</td></tr>"
        + "<tr><td><b>发文字号：</b></td><td>示政发〔2023〕8号</td><td><b>发布日期：</b></td><td>2023年09月04日</td></tr>"
        + "<tr><td><b>时 效 性：</b></td><td>全文有效</td><td></td><td></td></tr></table>"
        + "<div class='pages_content' id='UCAP-CONTENT'><p>第一条 为指导村规民约的制定（示例），制定本办法。</p><p>第二条 本办法自发布之日起施行。</p></div>"
        + "<div class='share'>【我要纠错】 【打印本页】</div></body></html>");
    ItemImportSummary s = ItemImporter.importPages(List.of(page), "policy", src, null);
    String md = written(src, s);
    assertTrue(md.contains("title: \"示例镇村规民约指导办法\"\nindex_no: \"000014349/2023-00066\"\npublisher: \"示例镇人民政府\"\n"
        + "generated: 2023-08-30\npublished: 2023-09-04\ncolumn: policy\ndoc_no: \"示政发〔2023〕8号\"\nvalidity: 有效\n---\n"), md);
    assertTrue(md.endsWith("---\n\n第一条 为指导村规民约的制定（示例），制定本办法。\n\n第二条 本办法自发布之日起施行。\n"), md);
    assertTrue(s.rows().get(0).problem().contains("check：错误 META-01 索引号“000014349/2023-00066”用了占位代码 000014349（国务院办公厅的机构代码），应为本单位代码 123456789X。"), s.table());
  }

  @Test
  void fileNamesComeFromTheIndexNumberOrThePage() {
    assertEquals("123456789x-2023-2030837", ItemImporter.slug("123456789X/2023-2030837", Path.of("a.html")));
    assertEquals("content-2030837", ItemImporter.slug("", Path.of("content_2030837.html")));
    assertTrue(ItemImporter.slug("", Path.of("示例镇通知.html")).matches("item-[0-9a-f]{8}"));
    assertEquals("item-", ItemImporter.slug("", Path.of("index.html")).substring(0, 5), "a reserved name is not used");
  }
}
