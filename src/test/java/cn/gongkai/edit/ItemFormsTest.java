package cn.gongkai.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.TestSite;
import cn.gongkai.build.SiteBuilder;
import cn.gongkai.diag.Finding;
import cn.gongkai.diag.Rule;
import cn.gongkai.diag.UserError;
import cn.gongkai.meta.DisclosureMetaReader;
import cn.gongkai.scaffold.NewItem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 发布一条信息 on a copy of the repository's site: options, checks keyed by field, preview and atomic saves. */
class ItemFormsTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  @TempDir Path dir;
  Path src;

  @BeforeEach
  void copySite() throws IOException {
    src = dir.resolve("src");
    TestSite.copyTree(TestSite.REPO.resolve("content"), src.resolve("content"));
    TestSite.copyTree(TestSite.REPO.resolve("themes"), src.resolve("themes"));
  }

  ItemForm form(String column, String title) throws UserError {
    ItemForm blank = ItemForms.options(src, TODAY).blankForm();
    return new ItemForm(column, title, blank.indexNo(), "", blank.generated(), blank.published(), blank.scope(), blank.channel(), "", "", "正文第一段。\n", false);
  }

  static ItemForm withIndexNo(ItemForm f, String indexNo, String date) {
    return new ItemForm(f.column(), f.title(), indexNo, f.docNo(), date, date, f.scope(), f.channel(), f.validity(), f.summary(), f.body(), f.draft());
  }

  @Test
  void optionsProposeTheIndexNumberNewItemWouldWrite() throws Exception {
    ItemOptions options = ItemForms.options(src, TODAY);
    Path made = src.resolve(NewItem.create(src, "policy", "比较用", TODAY).toString());
    assertEquals(indexNo(TestSite.read(made)), options.proposedIndexNo());
    assertEquals("006383401N/2026-1", options.proposedIndexNo());
    // The year of the 2022 report's 索引号 (2023) continues after it, as new-item's does.
    assertEquals("006383401N/2023-2030838", ItemForms.options(src, LocalDate.of(2023, 3, 1)).proposedIndexNo());
    assertEquals("东山镇", options.publisher());
  }

  @Test
  void optionsOfferEveryItemColumnInOrderWithDepthAndTheAllowedValues() throws Exception {
    ItemOptions options = ItemForms.options(src, TODAY);
    List<String> ids = options.columns().stream().map(ItemOptions.ColumnChoice::id).toList();
    assertEquals(
        List.of("guide", "system", "statutory", "organization", "policy", "planning", "finance", "enforcement", "personnel", "emergency", "key-areas", "on-request"),
        ids);
    assertEquals(new ItemOptions.ColumnChoice("policy", "政策文件", 1), options.columns().get(4));
    assertEquals(0, options.columns().get(2).depth());
    assertEquals(DisclosureMetaReader.SCOPES, Set.copyOf(options.scopes()));
    assertEquals(DisclosureMetaReader.VALIDITY, Set.copyOf(options.validities()));
    assertEquals("政府网站", options.channels().get(0));
  }

  @Test
  void aSavedItemPassesCheckAndItsPageBuilds() throws Exception {
    ItemForm f = new ItemForm("policy", "关于“秸秆禁烧”的通知", "006383401N/2026-1", "东政发〔2026〕3号", "2026-11-20", "2026-11-27", "全部公开", "政府网站", "有效",
        "说明: 禁烧期间的要求。", "各村（社区）：\n\n现将有关事项通知如下，详见[申请表](申请表.docx)。\n", false);
    ItemChecked checked = ItemForms.check(src, f, List.of("申请表.docx"), TODAY);
    assertFalse(checked.hasErrors(), checked.summary());
    assertEquals("content/policy/2026-11-27.md", checked.file());
    ItemSaved saved = ItemForms.save(src, f, List.of(new ItemForms.Upload("申请表.docx", new byte[] {1, 2, 3})), TODAY);
    assertEquals(src.resolve("content/policy/2026-11-27.md").toAbsolutePath().normalize(), saved.item());
    assertEquals(List.of(src.resolve("content/policy/申请表.docx").toAbsolutePath().normalize()), saved.attachments());
    String text = TestSite.read(saved.item());
    assertEquals(checked.text(), text);
    assertTrue(text.contains("attachments: [申请表.docx]\n"), text);
    assertTrue(text.contains("doc_no: \"东政发〔2026〕3号\"\n"), text);
    assertFalse(text.contains("status:"), text);
    SiteBuilder.Result result = SiteBuilder.check(src, false, TODAY);
    assertTrue(result.findings().stream().noneMatch(x -> x.level() == cn.gongkai.diag.Level.ERROR), result.summary());
    Path out = dir.resolve("site");
    SiteBuilder.build(src, out, TODAY);
    String page = TestSite.read(out.resolve("policy/2026-11-27.html"));
    assertTrue(page.contains("关于“秸秆禁烧”的通知"), page);
    assertTrue(page.contains("东政发〔2026〕3号"));
    assertTrue(page.contains("2026-11-27/%E7%94%B3%E8%AF%B7%E8%A1%A8.docx") || page.contains("2026-11-27/申请表.docx"), page);
    assertTrue(Files.exists(out.resolve("policy/2026-11-27/申请表.docx")));
  }

  @Test
  void theFrontMatterHasNewItemsLayoutAndKeyOrder() throws Exception {
    // new-item first: its draft claims no 索引号, so the form's draft may use the same one and must equal it.
    String scaffolded = TestSite.read(src.resolve(NewItem.create(src, "policy", "样板", TODAY).toString()));
    ItemForm f = new ItemForm("policy", "样板", "006383401N/2026-1", "", "2026-11-27", "2026-11-27", "全部公开", "政府网站", "", "", "", true);
    ItemSaved saved = ItemForms.save(src, f, List.of(), TODAY);
    assertEquals("content/policy/2026-11-27-2.md", saved.shown());
    assertEquals(scaffolded, TestSite.read(saved.item()));
  }

  @Test
  void quotesColonsAndHashesInTextSurviveTheFile() throws Exception {
    String title = "关于\"三包\"责任 #1: 东山镇\\村级 '公示'";
    ItemForm f = new ItemForm("key-areas", title, "006383401N/2026-1", "#2", "2026-11-27", "2026-11-27", "部分公开", "政务公开栏", "失效",
        "概述: 含#号与\"引号\"", "正文\r\n第二行\r\n", false);
    ItemChecked checked = ItemForms.check(src, f, List.of(), TODAY);
    assertFalse(checked.hasErrors(), checked.summary());
    ItemForms.save(src, f, List.of(), TODAY);
    assertFalse(TestSite.read(src.resolve("content/key-areas/2026-11-27.md")).contains("\r"));
    Path out = dir.resolve("site");
    SiteBuilder.build(src, out, TODAY);
    String page = TestSite.read(out.resolve("key-areas/2026-11-27.html"));
    assertTrue(page.contains("关于&quot;三包&quot;责任 #1: 东山镇\\村级 &#39;公示&#39;") || page.contains("关于\"三包\"责任 #1: 东山镇\\村级 '公示'"), page);
    assertTrue(page.contains("政务公开栏") && page.contains("部分公开") && page.contains("失效"));
  }

  @Test
  void fileNamesCountOnAndNothingIsOverwritten() throws Exception {
    Path first = ItemForms.save(src, form("policy", "第一条"), List.of(), TODAY).item();
    String before = TestSite.read(first);
    ItemForm second = form("policy", "第二条");
    assertEquals("006383401N/2026-2", second.indexNo(), "the saved item's 索引号 is taken");
    ItemChecked checked = ItemForms.check(src, second, List.of(), TODAY);
    assertEquals("content/policy/2026-11-27-2.md", checked.file());
    Path other = ItemForms.save(src, second, List.of(), TODAY).item();
    assertEquals("2026-11-27-2.md", other.getFileName().toString());
    assertEquals(before, TestSite.read(first));
  }

  @Test
  void aDuplicateIndexNumberIsMeta01OnIndexNo() throws Exception {
    ItemForm f = withIndexNo(form("policy", "重号"), "006383401N/2023-2030837", "2023-03-01");
    ItemChecked checked = ItemForms.check(src, f, List.of(), TODAY);
    List<Finding> onIndex = checked.findings().get("index_no");
    assertTrue(onIndex != null && onIndex.stream().anyMatch(x -> x.rule() == Rule.META_01), checked.summary());
    assertTrue(checked.messages("index_no").get(0).contains("content/reports/2022.yaml"), checked.messages("index_no").toString());
    UserError refused = assertThrows(UserError.class, () -> ItemForms.save(src, f, List.of(), TODAY));
    assertTrue(refused.getMessage().contains("索引号：错误 META-01"), refused.getMessage());
    assertFalse(Files.exists(src.resolve("content/policy")));
  }

  @Test
  void eachFieldProblemIsKeyedByItsField() throws Exception {
    ItemForm base = form("policy", "");
    ItemForm f = new ItemForm("policy", "", "006383401N/2026-1", "", "2026-13-01", "2026/11/27", "半公开", "小喇叭", "长期", "", "正文", false);
    ItemChecked checked = ItemForms.check(src, f, List.of(), TODAY);
    for (String field : List.of("title", "generated", "published", "scope", "channel", "validity")) {
      assertFalse(checked.messages(field).isEmpty(), field + " has no message: " + checked.summary());
    }
    assertTrue(checked.messages("scope").get(0).contains("公开范围"), checked.messages("scope").toString());
    assertTrue(checked.messages("channel").get(0).contains("公开方式"));
    assertTrue(checked.messages("generated").get(0).contains("生成日期"));
    assertEquals("", checked.file());
    assertFalse(ItemForms.check(src, base, List.of(), TODAY).messages("title").isEmpty());
  }

  @Test
  void aColumnOutsideContentIsRefusedAndNothingWritten() throws Exception {
    Map<String, String> before = tree();
    for (String column : List.of("../x", "reports", "policy/../../x", "nope", "..")) {
      ItemForm f = form(column, "越界");
      ItemChecked checked = ItemForms.check(src, f, List.of(), TODAY);
      assertTrue(checked.findings().get("column").stream().anyMatch(x -> x.rule() == Rule.COL_01), column + ": " + checked.summary());
      UserError e = assertThrows(UserError.class, () -> ItemForms.save(src, f, List.of(new ItemForms.Upload("a.pdf", new byte[1])), TODAY));
      assertTrue(e.getMessage().contains("栏目"), e.getMessage());
    }
    assertEquals(before, tree());
    assertFalse(Files.exists(dir.resolve("x")));
  }

  @Test
  void aColumnInColumnsYamlLeadingOutOfContentIsRefused() throws Exception {
    Path columns = src.resolve("content/columns.yaml");
    Files.writeString(columns, TestSite.read(columns) + "- id: ../x\n  title: 越界\n  description: 改坏的栏目。\n");
    assertThrows(UserError.class, () -> ItemForms.options(src, TODAY));
    ItemForm f = new ItemForm("../x", "越界", "006383401N/2026-1", "", "2026-11-27", "2026-11-27", "全部公开", "政府网站", "", "", "正文\n", false);
    assertTrue(ItemForms.check(src, f, List.of(), TODAY).findings().get("column").stream().anyMatch(x -> x.rule() == Rule.COL_01));
    Map<String, String> before = tree();
    assertThrows(UserError.class, () -> ItemForms.save(src, f, List.of(new ItemForms.Upload("a.pdf", new byte[1])), TODAY));
    assertEquals(before, tree());
    assertFalse(Files.exists(src.resolve("x")));
  }

  @Test
  void aSymlinkedColumnFolderIsRefused() throws Exception {
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.createSymbolicLink(src.resolve("content/policy"), elsewhere);
    ItemForm f = new ItemForm("policy", "链出", "006383401N/2026-1", "", "2026-11-27", "2026-11-27", "全部公开", "政府网站", "", "", "正文\n", false);
    assertTrue(ItemForms.check(src, f, List.of(), TODAY).messages("column").get(0).contains("符号链接"));
    assertThrows(UserError.class, () -> ItemForms.save(src, f, List.of(), TODAY));
    try (Stream<Path> files = Files.list(elsewhere)) {
      assertEquals(0, files.count());
    }
  }

  @Test
  void aColumnIdWithDotsIsRefusedEvenWhenColumnsYamlHasIt() {
    assertTrue(ItemFolder.of(src, "../x").isEmpty());
    assertTrue(ItemFolder.of(src, "a/b").isEmpty());
    assertTrue(ItemFolder.of(src, "..").isEmpty());
    assertEquals(src.resolve("content/policy").toAbsolutePath().normalize(), ItemFolder.of(src, "policy").orElseThrow());
  }

  @Test
  void nothingIsWrittenWhenAnyUploadIsBad() throws Exception {
    Map<String, String> before = tree();
    List<ItemForms.Upload> uploads = List.of(new ItemForms.Upload("好的.pdf", new byte[] {1}), new ItemForms.Upload("坏的#1.pdf", new byte[] {2}));
    ItemChecked checked = ItemForms.check(src, form("policy", "带附件"), uploads.stream().map(ItemForms.Upload::name).toList(), TODAY);
    assertEquals(1, checked.messages(ItemForm.ATTACHMENTS).size(), checked.summary());
    assertTrue(checked.messages(ItemForm.ATTACHMENTS).get(0).contains("坏的#1.pdf"));
    assertThrows(UserError.class, () -> ItemForms.save(src, form("policy", "带附件"), uploads, TODAY));
    assertEquals(before, tree());
  }

  @Test
  void uploadsClashingWithAFileOrEachOtherIgnoringCaseAreRefused() throws Exception {
    Files.createDirectories(src.resolve("content/policy"));
    Files.write(src.resolve("content/policy/申请表.pdf"), new byte[] {9});
    ItemChecked checked = ItemForms.check(src, form("policy", "重名"), List.of("申请表.PDF", "Plan.xlsx", "plan.XLSX"), TODAY);
    List<String> m = checked.messages(ItemForm.ATTACHMENTS);
    assertEquals(2, m.size(), m.toString());
    assertTrue(m.get(0).contains("申请表.PDF") && m.get(0).contains("已有的文件“申请表.pdf”") && m.get(0).contains("申请表-2.PDF"), m.get(0));
    assertTrue(m.get(1).contains("plan.XLSX") && m.get(1).contains("同时上传的“Plan.xlsx”") && m.get(1).contains("plan-2.XLSX"), m.get(1));
    assertThrows(UserError.class, () -> ItemForms.save(src, form("policy", "重名"), List.of(new ItemForms.Upload("申请表.PDF", new byte[] {1})), TODAY));
    assertEquals(1, Files.size(src.resolve("content/policy/申请表.pdf")));
  }

  @Test
  void aDraftIsSavedAsDraftAndCheckedAsThePublishedItemItWillBe() throws Exception {
    ItemForm draft = new ItemForm("policy", "草稿", "006383401N/2026-1", "", "2026-11-27", "2026-11-27", "全部公开", "政府网站", "", "", "正文\n", true);
    assertFalse(ItemForms.check(src, draft, List.of(), TODAY).hasErrors());
    ItemForm badDraft = new ItemForm("policy", "草稿", "006383401N/2026-1", "", "2026-11-27", "2026-11-27", "全部", "政府网站", "", "", "正文\n", true);
    assertFalse(ItemForms.check(src, badDraft, List.of(), TODAY).messages("scope").isEmpty());
    String text = TestSite.read(ItemForms.save(src, draft, List.of(), TODAY).item());
    assertTrue(text.contains("\nstatus: draft "), text);
    SiteBuilder.check(src, false, TODAY);
  }

  @Test
  void linksInTheBodyAreCheckedAsCheckDoes() throws Exception {
    ItemForm f = new ItemForm("policy", "链接", "006383401N/2026-1", "", "2026-11-27", "2026-11-27", "全部公开", "政府网站", "", "", "见[预算](../finance/nothing.md)。\n", false);
    ItemChecked checked = ItemForms.check(src, f, List.of(), TODAY);
    assertTrue(checked.findings().getOrDefault("body", List.of()).stream().anyMatch(x -> x.rule() == Rule.LINK_01), checked.summary());
  }

  @Test
  void unsafeHtmlInTheBodyIsHtml01OnBodyAndRefusedInPreview() throws Exception {
    ItemForm f = new ItemForm("policy", "脚本", "006383401N/2026-1", "", "2026-11-27", "2026-11-27", "全部公开", "政府网站", "", "", "第一段\n\n<script>alert(1)</script>\n", false);
    ItemChecked checked = ItemForms.check(src, f, List.of(), TODAY);
    assertTrue(checked.findings().get("body").stream().anyMatch(x -> x.rule() == Rule.HTML_01), checked.summary());
    UserError e = assertThrows(UserError.class, () -> ItemForms.previewHtml(src, f, TODAY));
    assertTrue(e.getMessage().contains("HTML-01") && e.getMessage().contains("正文第 3 行"), e.getMessage());
  }

  @Test
  void previewIsTheBuildsMarkdownWithLinksAsOnThePage() throws Exception {
    ItemForm f = new ItemForm("policy", "预览", "", "", "", "", "", "", "", "", "各村（社区）：\n\n见[年报](../reports/2022.yaml)和**重点**。\n", false);
    String html = ItemForms.previewHtml(src, f, TODAY);
    assertTrue(html.contains("<strong>重点</strong>"), html);
    assertTrue(html.contains("href=\"../reports/2022/\""), html);
  }

  @Test
  void fromRequestReadsTheFieldNames() {
    Map<String, String> p = new TreeMap<>();
    p.put("column", "policy");
    p.put("title", " 标题 ");
    p.put("index_no", "006383401N/2026-1");
    p.put("doc_no", "东政发〔2026〕1号");
    p.put("generated", "2026-11-26");
    p.put("published", "2026-11-27");
    p.put("scope", "全部公开");
    p.put("channel", "政府网站");
    p.put("body", "正文");
    p.put("draft", "on");
    ItemForm f = ItemForms.fromRequest(p);
    assertEquals(new ItemForm("policy", "标题", "006383401N/2026-1", "东政发〔2026〕1号", "2026-11-26", "2026-11-27", "全部公开", "政府网站", "", "", "正文", true), f);
    assertFalse(ItemForms.fromRequest(Map.of()).draft());
  }

  static String indexNo(String text) {
    Matcher m = Pattern.compile("(?m)^index_no: (\\S+)").matcher(text);
    assertTrue(m.find(), text);
    return m.group(1);
  }

  /** Every file under the site's content/ with its bytes (as text), to compare before and after. */
  Map<String, String> tree() throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(src.resolve("content"))) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        files.put(src.relativize(p).toString(), Files.isDirectory(p) ? "/" : new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
      }
    }
    return files;
  }
}
