package cn.gongkai.edit;

import cn.gongkai.check.Checks;
import cn.gongkai.check.HtmlRule;
import cn.gongkai.check.LinkRule;
import cn.gongkai.content.Content;
import cn.gongkai.content.ContentLoader;
import cn.gongkai.diag.Finding;
import cn.gongkai.diag.Findings;
import cn.gongkai.diag.Rule;
import cn.gongkai.diag.SourcePos;
import cn.gongkai.diag.UserError;
import cn.gongkai.items.Item;
import cn.gongkai.items.ItemLoader;
import cn.gongkai.markdown.Bodies;
import cn.gongkai.plan.ContentLinks;
import cn.gongkai.plan.PagePlanner;
import cn.gongkai.plan.UrlScheme;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One form checked against the site as it is on disk: the site's content loaded as {@code check} loads
 * it, the text the form would write read by the real {@link ItemLoader}, then the item run through every
 * content rule beside the site's other items and reports ({@link Checks}), HTML-01 on its body and, when
 * the site itself has no errors, LINK-01 against the planned site. Only findings about the new file are
 * kept (LINK-01 is not checked while the site has other errors, as in {@code check}). The uploads are not on disk yet: they are checked by name here and stand in as the item's
 * attachments for the rules.
 */
final class ItemCheck {
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

  /** What a save needs: the folder and file (null when the form allows none) and the text to write. */
  record Plan(Path folder, Path file, String text, ItemChecked checked) {}

  private final Path source;
  private final ItemForm form;
  private final List<String> uploads;
  private final LocalDate today;
  private final ItemChecked.Builder found = new ItemChecked.Builder();

  private ItemCheck(Path source, ItemForm form, List<String> uploads, LocalDate today) {
    this.source = source;
    this.form = form;
    this.uploads = List.copyOf(uploads);
    this.today = today;
  }

  static Plan run(Path source, ItemForm form, List<String> uploads, LocalDate today) throws UserError {
    return new ItemCheck(source, form, uploads, today).run();
  }

  private Plan run() throws UserError {
    Findings siteFindings = new Findings();
    Content content = ContentLoader.load(source, today, siteFindings);
    Optional<Path> folder = ItemFolder.of(source, form.column()).filter(f -> ItemForms.itemColumns(content.columns()).contains(form.column()));
    Path file = folder.filter(f -> isDate(form.published())).map(f -> ItemFolder.nextFile(f, form.published())).orElse(null);
    // Without a 公开日期 there is no file name yet: the form is checked as a free name no other file has.
    Path checkedAs = file != null ? file : ItemFolder.nextFile(folder.orElse(source.resolve("content")), "new-item");
    ItemText checkedText = ItemText.of(form, content.site().publisher(), uploads, true);
    formChecks(content, folder, SourcePos.display(source, checkedAs), checkedText);
    ruleChecks(content, siteFindings, folder.isPresent(), checkedAs, checkedText);
    String text = ItemText.of(form, content.site().publisher(), uploads, false).text();
    String display = file == null ? "" : SourcePos.display(source, file);
    return new Plan(folder.orElse(null), file, text, found.build(display, text));
  }

  /** The loader and every content rule on the text, keeping what they find about the new file, by field. */
  private void ruleChecks(Content content, Findings siteFindings, boolean planned, Path checkedAs, ItemText text) throws UserError {
    Findings loaderFindings = new Findings();
    Optional<Item> item = new ItemLoader(source, content.columns(), loaderFindings).itemFromText(checkedAs, text.text());
    // The site's own findings go first, as in check: the rules apply reports' acknowledgements to them.
    Findings rules = new Findings();
    rules.addAll(siteFindings);
    rules.addAll(loaderFindings);
    if (item.isPresent()) {
      Item withFiles = withUploads(item.get(), checkedAs.getParent());
      rulesOn(with(content, withFiles, today), withFiles, rules, planned);
    }
    String shown = SourcePos.display(source, checkedAs);
    for (Finding f : rules.all()) {
      if (f.pos().file().equals(shown)) {
        found.found(text.fieldAt(f.pos().line()), f);
      }
    }
  }

  /** The checks of the form itself: what no loader rule says (the column list, 公开方式, one-line fields, upload names). */
  private void formChecks(Content content, Optional<Path> folder, String shown, ItemText text) throws UserError {
    List<String> columns = ItemForms.itemColumns(content.columns());
    if (folder.isEmpty() && columns.contains(form.column()) && ItemFolder.isPlainId(form.column())) {
      own(Rule.ITEM_01, "column", shown, text, "栏目文件夹 content/" + form.column() + "/ 是符号链接（快捷方式），content/ 中不能有符号链接，不能保存到这里。");
    } else if (folder.isEmpty()) {
      own(Rule.COL_01, "column", shown, text, "栏目“" + form.column() + "”不是可选的栏目，请从列表中选择：" + String.join("、", columns) + "。");
    }
    if (!ItemForms.CHANNELS.contains(form.channel())) {
      own(Rule.ITEM_01, "channel", shown, text, "公开方式（channel）为“" + form.channel() + "”，请从列表中选择：" + String.join("、", ItemForms.CHANNELS) + "。");
    }
    oneLine("title", "名称", form.title(), shown, text);
    oneLine("index_no", "索引号", form.indexNo(), shown, text);
    oneLine("doc_no", "文号", form.docNo(), shown, text);
    oneLine("summary", "内容概述", form.summary(), shown, text);
    List<String> existing = folder.isPresent() ? ItemFolder.existingNames(folder.get()) : List.of();
    for (String problem : ItemUploads.problems(uploads, existing)) {
      own(Rule.NAME_01, ItemForm.ATTACHMENTS, shown, text, problem);
    }
  }

  private void oneLine(String field, String label, String value, String shown, ItemText text) {
    if (CONTROL.matcher(value).find()) {
      own(Rule.ITEM_01, field, shown, text, label + "（" + field + "）只能写一行，不能含换行、制表符等控制字符。");
    }
  }

  private void own(Rule rule, String field, String shown, ItemText text, String message) {
    found.own(field, Finding.of(rule, new SourcePos(shown, text.lineOf(field), 0), message));
  }

  /** Every content rule on {@code item} among the site's content; LINK-01 too, as in check, when nothing so far is an error. */
  private static void rulesOn(Content content, Item item, Findings findings, boolean planned) throws UserError {
    Checks.run(content, findings);
    boolean live = content.published().contains(item);
    Bodies.Source body = new Bodies.Source(item.file(), item.body(), item.bodyLine(), live ? UrlScheme.itemFolder(item) : null);
    Bodies bodies = Bodies.parse(List.of(body), HtmlRule::inspect, findings);
    if (planned && !findings.hasErrors()) {
      LinkRule.run(bodies, ContentLinks.of(content), PagePlanner.plan(content).outputs(), findings);
    }
  }

  /** The item as it will be once saved: its uploads listed as attachments beside it. */
  private Item withUploads(Item item, Path folder) {
    List<Item.Attachment> files = new ArrayList<>(item.attachments());
    uploads.stream().filter(n -> ItemUploads.problem(n).isEmpty()).forEach(n -> files.add(new Item.Attachment(n, folder.resolve(n), 0)));
    return new Item(
        item.file(), item.path(), item.slug(), item.column(), item.title(), item.meta(), item.summary(), List.copyOf(files), item.draft(),
        item.body(), item.bodyLine(), item.positions());
  }

  /** The site's content with {@code item} added last (so a 索引号 it shares is reported on it, not on the older one). */
  private static Content with(Content c, Item item, LocalDate today) {
    boolean live = item.meta().published() == null || !item.meta().published().isAfter(today);
    return new Content(
        c.source(), c.site(), c.columns(), c.reports(), plus(c.items(), item), live ? plus(c.published(), item) : c.published(),
        live ? c.scheduled() : plus(c.scheduled(), item), c.intros());
  }

  private static List<Item> plus(List<Item> items, Item item) {
    List<Item> all = new ArrayList<>(items);
    all.add(item);
    return List.copyOf(all);
  }

  static boolean isDate(String text) {
    if (!ISO_DATE.matcher(text).matches()) {
      return false;
    }
    try {
      LocalDate.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
