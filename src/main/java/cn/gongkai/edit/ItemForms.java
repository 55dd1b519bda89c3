package cn.gongkai.edit;

import cn.gongkai.check.HtmlRule;
import cn.gongkai.config.SiteConfig;
import cn.gongkai.content.Content;
import cn.gongkai.content.ContentLoader;
import cn.gongkai.diag.China;
import cn.gongkai.diag.Environment;
import cn.gongkai.diag.Finding;
import cn.gongkai.diag.Findings;
import cn.gongkai.diag.SourcePos;
import cn.gongkai.diag.UserError;
import cn.gongkai.items.Column;
import cn.gongkai.items.ColumnTree;
import cn.gongkai.items.ColumnsLoader;
import cn.gongkai.markdown.Bodies;
import cn.gongkai.plan.ContentLinks;
import cn.gongkai.plan.UrlScheme;
import cn.gongkai.scaffold.NewItem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * serve's 发布一条信息, without HTTP: what the form offers, the form read from a request, checked with the
 * same code as {@code check}, its body previewed with the build's Markdown, and saved as new-item lays an
 * item out, with its uploads beside it.
 */
public final class ItemForms {
  /** 公开范围, as {@code DisclosureMetaReader.SCOPES}, in the order offered. */
  public static final List<String> SCOPES = List.of("全部公开", "部分公开");
  /** 有效性, as {@code DisclosureMetaReader.VALIDITY}; the form also offers “none”, for a document without one. */
  public static final List<String> VALIDITIES = List.of("有效", "失效", "废止");
  /** 公开方式: the channels of 条例 第二十三条 and the office's own; {@code check} accepts any text here. */
  public static final List<String> CHANNELS = List.of("政府网站", "政务新媒体", "政府公报", "新闻发布会", "报刊", "广播电视", "政务公开栏");
  /** The zone of “today” (as the build's): the dates in content are Chinese dates. */

  /** An uploaded file: its name as sent and its bytes. */
  public record Upload(String name, byte[] bytes) {}

  private ItemForms() {}

  public static ItemOptions options(Path source, LocalDate today) throws UserError {
    ContentLoader.requireSiteFolder(source);
    SiteConfig site = NewItem.siteConfig(source);
    ColumnTree columns = columns(source);
    List<ItemOptions.ColumnChoice> choices =
        columns.all().stream().filter(c -> !c.id().equals(ColumnTree.REPORTS)).map(ItemForms::choice).toList();
    String indexNo = NewItem.nextIndexNo(source, site.unitCode(), today.getYear());
    return new ItemOptions(choices, SCOPES, CHANNELS, VALIDITIES, indexNo, site.publisher(), today);
  }

  /** The form from request parameters named as {@link ItemForm#FIELDS}; missing ones are empty, {@code draft} is a checkbox. */
  public static ItemForm fromRequest(Map<String, String> params) {
    String draft = params.getOrDefault("draft", "");
    return new ItemForm(
        params.get("column"), params.get("title"), params.get("index_no"), params.get("doc_no"), params.get("generated"),
        params.get("published"), params.get("scope"), params.get("channel"), params.get("validity"), params.get("summary"),
        params.get("body"), List.of("on", "true", "1", "draft").contains(draft.strip()));
  }

  public static ItemChecked check(Path source, ItemForm form, List<String> uploadNames) throws UserError {
    return check(source, form, uploadNames, today());
  }

  public static ItemChecked check(Path source, ItemForm form, List<String> uploadNames, LocalDate today) throws UserError {
    return ItemCheck.run(source, form, uploadNames, today).checked();
  }

  /**
   * The body as its page will show it: the build's Markdown, links rewritten as on the item's page
   * (relative to {@code <column>/}). Refused with the HTML-01 findings when the body has unsafe HTML.
   */
  public static String previewHtml(Path source, ItemForm form) throws UserError {
    return previewHtml(source, form, today());
  }

  public static String previewHtml(Path source, ItemForm form, LocalDate today) throws UserError {
    Findings findings = new Findings();
    Content content = ContentLoader.load(source, today, findings);
    Optional<Path> folder = ItemFolder.of(source, form.column()).filter(f -> itemColumns(content.columns()).contains(form.column()));
    String file = SourcePos.display(source, folder.orElse(source.resolve("content")).resolve("preview.md"));
    String pageDir = folder.isPresent() ? UrlScheme.column(form.column()) : "";
    Findings bodyFindings = new Findings();
    Bodies.Source body = new Bodies.Source(file, form.body().replace("\r\n", "\n"), 1, pageDir);
    Bodies bodies = Bodies.parseAndRender(List.of(body), ContentLinks.of(content)::rewriter, HtmlRule::inspect, bodyFindings);
    if (bodyFindings.hasErrors()) {
      throw UserError.refused(bodyFindings.all().stream().map(ItemForms::bodyMessage).collect(Collectors.joining("\n")));
    }
    return bodies.html(file, 1);
  }

  /**
   * Checks the form with its uploads, then writes each upload and the item, each atomically and never over
   * an existing file. Refused, with every finding, when the check has errors (nothing is written then);
   * when a write fails, what this save wrote is removed again.
   */
  public static ItemSaved save(Path source, ItemForm form, List<Upload> uploads) throws UserError {
    return save(source, form, uploads, today());
  }

  public static ItemSaved save(Path source, ItemForm form, List<Upload> uploads, LocalDate today) throws UserError {
    ItemCheck.Plan plan = ItemCheck.run(source, form, uploads.stream().map(Upload::name).toList(), today);
    if (plan.checked().hasErrors() || plan.file() == null) {
      throw UserError.refused("信息没有保存：请先改正以下问题。\n" + plan.checked().summary());
    }
    List<Path> targets = new ArrayList<>();
    for (Upload u : uploads) {
      targets.add(beside(plan.folder(), u.name()));
    }
    ItemWrites writes = new ItemWrites();
    try {
      writes.folder(plan.folder());
      for (int i = 0; i < uploads.size(); i++) {
        writes.write(targets.get(i), uploads.get(i).bytes());
      }
      writes.write(plan.file(), plan.text().getBytes(StandardCharsets.UTF_8));
    } catch (FileAlreadyExistsException e) {
      writes.undo();
      throw UserError.refused("信息没有保存：" + e.getFile() + " 刚刚被别的程序建立，已有的文件不会被覆盖。请再保存一次。");
    } catch (IOException e) {
      writes.undo();
      throw UserError.environment("信息没有保存，已写入的文件已删除：无法写入 " + SourcePos.display(source, plan.folder()) + "/（" + Environment.reason(e) + "）。请确认这个文件夹可以写入、磁盘还有空间，然后再保存一次。");
    }
    List<Path> written = writes.written();
    return new ItemSaved(plan.file(), plan.checked().file(), written.subList(0, written.size() - 1));
  }

  /** {@code folder/name}, refused unless it is a file directly in {@code folder} (the name rules already say so). */
  private static Path beside(Path folder, String name) throws UserError {
    Path target = folder.resolve(name).normalize();
    if (!folder.equals(target.getParent())) {
      throw UserError.refused("附件“" + name + "”不在信息所在的文件夹中，没有保存。");
    }
    return target;
  }

  /** Why {@code name} cannot be an uploaded attachment's name (a Chinese sentence naming the file and a better name), or empty. */
  public static Optional<String> badUploadName(String name) {
    return ItemUploads.problem(name == null ? "" : name);
  }

  /** The ids of every column an item may go in: all but the reports column, in columns.yaml order. */
  static List<String> itemColumns(ColumnTree columns) {
    return columns.all().stream().map(Column::id).filter(id -> !id.equals(ColumnTree.REPORTS)).toList();
  }

  private static ColumnTree columns(Path source) throws UserError {
    Findings findings = new Findings();
    Optional<ColumnTree> tree = ColumnsLoader.load(source, findings);
    if (findings.hasErrors() || tree.isEmpty()) {
      throw UserError.findings(findings, false);
    }
    return tree.get();
  }

  private static ItemOptions.ColumnChoice choice(Column c) {
    return new ItemOptions.ColumnChoice(c.id(), c.title(), c.isTopLevel() ? 0 : 1);
  }

  private static String bodyMessage(Finding f) {
    return "正文第 " + f.pos().line() + " 行：" + f.level().label() + " " + f.rule().id() + " " + f.message();
  }

  private static LocalDate today() {
    return China.today();
  }
}
