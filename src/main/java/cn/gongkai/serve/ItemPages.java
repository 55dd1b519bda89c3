package cn.gongkai.serve;

import cn.gongkai.diag.China;
import cn.gongkai.diag.Finding;
import cn.gongkai.diag.Report;
import cn.gongkai.diag.UserError;
import cn.gongkai.edit.ItemChecked;
import cn.gongkai.edit.ItemForm;
import cn.gongkai.edit.ItemForms;
import cn.gongkai.edit.ItemOptions;
import cn.gongkai.edit.ItemSaved;
import cn.gongkai.render.EditViews;
import cn.gongkai.render.EditorPages;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 发布一条信息: the form (column from a list, dates, 公开范围 and 公开方式 from their allowed values, the year's next
 * free 索引号 proposed), 预览正文 and 保存 with attachments. Without JavaScript both buttons post the whole form;
 * the answer is the page again, with every finding beside its field, and nothing written unless all is right.
 */
final class ItemPages {
  /** In the 有效性 list: no value (the key is left out of the file). */
  static final String NO_VALIDITY = "（不填）";

  private final Path source;
  private final EditorPages pages;
  private final String token;
  private final String root;
  private final PrintWriter log;

  ItemPages(Path source, EditorPages pages, String token, String root, PrintWriter log) {
    this.source = source;
    this.pages = pages;
    this.token = token;
    this.root = root;
    this.log = log;
  }

  /** The empty form; {@code saved} names the item just written (shown only when it is a file in content/). */
  String blank(String saved) throws UserError {
    ItemOptions options = ItemForms.options(source, today());
    String notice = "";
    if (saved != null && saved.startsWith("content/") && isFileInContent(saved.substring("content/".length()))) {
      notice = "已保存为 " + saved + "。预览网站正在重新生成；要发布，请在 content/ 中提交这个文件（和附件）。";
    }
    return pages.render("item", view(options, options.blankForm(), "", Map.of(), "填好后点“预览正文”或“保存”，检查结果显示在这里和各项旁边。", notice));
  }

  /** Whether the name in the address is a file of content/: anything else is not repeated on the page. */
  private boolean isFileInContent(String relative) {
    try {
      return Files.isRegularFile(ContentPaths.inside(source.resolve("content"), relative));
    } catch (UserError e) {
      return false;
    }
  }

  void submit(HttpExchange ex, FormData data) throws IOException, UserError {
    Map<String, String> fields = new LinkedHashMap<>(data.fields());
    if (NO_VALIDITY.equals(fields.get("validity"))) {
      fields.put("validity", "");
    }
    ItemForm form = ItemForms.fromRequest(fields);
    ItemOptions options = ItemForms.options(source, today());
    List<ItemForms.Upload> uploads = new ArrayList<>();
    for (FormData.Upload u : data.uploads(ItemForm.ATTACHMENTS)) {
      if (u.rawName().isEmpty() && u.size() == 0) {
        continue; // the browser sends an empty part when no file was chosen
      }
      uploads.add(new ItemForms.Upload(uploadName(u), Files.readAllBytes(u.path())));
    }
    List<String> names = uploads.stream().map(ItemForms.Upload::name).toList();
    ItemChecked checked = ItemForms.check(source, form, names, today());
    String action = fields.getOrDefault("action", "save");
    if (action.equals("preview") || checked.hasErrors()) {
      String preview = preview(form);
      String notice = checked.hasErrors() && !action.equals("preview") ? "没有保存：请先改正下面标出的问题。附件需要重新选择。" : "";
      Editor.page(ex, checked.hasErrors() && !action.equals("preview") ? 422 : 200, pages.render("item", view(options, form, preview, checked.findings(), summary(checked), notice)));
      return;
    }
    ItemSaved saved = ItemForms.save(source, form, uploads, today());
    log.println("已保存 " + saved.shown() + (saved.attachments().isEmpty() ? "" : "（附件 " + saved.attachments().size() + " 个）") + "。");
    log.flush();
    Editor.redirect(ex, root + "item?saved=" + java.net.URLEncoder.encode(saved.shown(), java.nio.charset.StandardCharsets.UTF_8));
  }

  /**
   * The name the file is saved under: the browser's own name without the folder it may put before it
   * (C:\fakepath\), but a name that tries to climb out (../) is kept as sent, so it is refused, not cleaned.
   */
  private static String uploadName(FormData.Upload u) {
    String raw = u.rawName();
    return raw.equals(u.fileName()) || raw.matches("(?i)[a-z]:\\\\fakepath\\\\[^\\\\/]*") ? u.fileName() : raw;
  }

  private String preview(ItemForm form) {
    if (form.body().isBlank()) {
      return "";
    }
    try {
      return ItemForms.previewHtml(source, form, today());
    } catch (UserError e) {
      return "";
    }
  }

  private static String summary(ItemChecked checked) {
    List<Finding> all = checked.findings().values().stream().flatMap(List::stream).toList();
    return Report.formSummary(all);
  }

  private EditViews.ItemForm view(ItemOptions options, ItemForm form, String preview, Map<String, List<Finding>> findings, String summary, String notice) {
    List<EditViews.ColumnOption> columns = new ArrayList<>();
    for (ItemOptions.ColumnChoice c : options.columns()) {
      columns.add(new EditViews.ColumnOption(c.id(), c.title(), c.depth(), c.id().equals(form.column())));
    }
    List<String> validities = new ArrayList<>(List.of(NO_VALIDITY));
    validities.addAll(options.validities());
    List<EditViews.Field> fields = List.of(
        field("title", "名称", "text", form.title(), List.of(), "", true),
        field("index_no", "索引号", "text", form.indexNo(), List.of(), "已填好本年下一个未用的索引号 " + options.proposedIndexNo() + "；一般不用改。", true),
        field("doc_no", "文号", "text", form.docNo(), List.of(), "有正式文号时填写，如 东政发〔2026〕3号。", false),
        field("generated", "生成日期", "date", form.generated(), List.of(), "", true),
        field("published", "公开日期", "date", form.published(), List.of(), "晚于今天的信息，到那天重新生成时才发布。", true),
        field("scope", "公开范围", "select", form.scope(), options.scopes(), "", true),
        field("channel", "公开方式", "select", form.channel(), options.channels(), "", true),
        field("validity", "有效性", "select", form.validity().isEmpty() ? NO_VALIDITY : form.validity(), validities, "规范性文件填写。", false),
        field("summary", "内容概述", "text", form.summary(), List.of(), "不超过 100 字。", false),
        field("draft", "存为草稿（不发布）", "check", form.draft() ? "1" : "", List.of(), "", false));
    Map<String, List<EditViews.Message>> lists = new LinkedHashMap<>();
    lists.put("m-general", new ArrayList<>());
    for (String name : ItemForm.FIELDS) {
      lists.put("m-" + name, new ArrayList<>());
    }
    findings.forEach((field, list) -> {
      String id = lists.containsKey("m-" + field) && !field.isEmpty() ? "m-" + field : "m-general";
      for (Finding f : list) {
        lists.get(id).add(new EditViews.Message(id.equals("m-general") ? "" : field, EditViews.level(f.level()), f.rule().id(), f.message(), id));
      }
    });
    return new EditViews.ItemForm(
        "发布一条信息", root + "assets/", root + "item", token, columns, fields, form.body(), preview, lists, summary, notice,
        FormData.size(FormData.Limits.DEFAULT.fileMax()), root);
  }

  private static EditViews.Field field(String name, String label, String kind, String value, List<String> options, String hint, boolean required) {
    return new EditViews.Field(name, label, kind, value, options, hint, required);
  }

  private static LocalDate today() {
    return China.today();
  }
}
