package cn.gongkai.importer;

import cn.gongkai.check.Checks;
import cn.gongkai.content.Content;
import cn.gongkai.content.ContentLoader;
import cn.gongkai.diag.China;
import cn.gongkai.diag.Environment;
import cn.gongkai.diag.Finding;
import cn.gongkai.diag.Findings;
import cn.gongkai.diag.Rule;
import cn.gongkai.diag.SourcePos;
import cn.gongkai.diag.UserError;
import cn.gongkai.items.ColumnTree;
import cn.gongkai.items.ColumnsLoader;
import cn.gongkai.meta.DisclosureMetaReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;

/**
 * {@code import --item}: saved pages of the old county CMS become items of a column. Each page's
 * metadata block gives the front matter (what the page lacks is left out and said, never made up), its
 * content container the Markdown body, the files it links that were saved beside it the attachments.
 * The original 索引号 is kept as it is: META-01 then judges it like any other (see README).
 */
public final class ItemImporter {
  static final long MAX_BYTES = 10L * 1024 * 1024;
  static final Set<String> FILE_EXT =
      Set.of("pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "wps", "et", "ofd", "txt", "csv", "zip", "rar", "7z", "jpg", "jpeg", "png", "gif", "bmp", "tif", "tiff", "webp");
  static final Set<String> IMAGE_EXT = Set.of("jpg", "jpeg", "png", "gif", "bmp", "webp");
  /** The keys the item loader requires, with their names on the page. */
  static final Map<String, String> REQUIRED = new LinkedHashMap<>();

  static {
    REQUIRED.put("title", "标题");
    REQUIRED.put("index_no", "索引号");
    REQUIRED.put("publisher", "发布机构");
    REQUIRED.put("generated", "成文日期");
    REQUIRED.put("published", "发布日期");
    REQUIRED.put("scope", "公开范围");
    REQUIRED.put("channel", "公开方式");
  }

  private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
  private static final Pattern INDEX_LINE = Pattern.compile("(?m)^\\s*index_no:\\s*[\"']?([^\"'#\\n]+?)[\"']?\\s*(?:#.*)?$");
  private static final Set<String> NONE = Set.of("无", "—", "-", "/", "暂无", "－", "——");
  private static final Set<String> RESERVED = Set.of("page", "index");

  private final Path source;
  private final String column;
  private final Path folder;
  /** 索引号 already in the site (and written by this run) → the file that has it. */
  private final Map<String, String> indexNumbers;

  private ItemImporter(Path source, String column, Path folder, Map<String, String> indexNumbers) {
    this.source = source;
    this.column = column;
    this.folder = folder;
    this.indexNumbers = indexNumbers;
  }

  /**
   * pages: .html files and/or folders of them. columnId: a column of content/columns.yaml in source.
   * Writes each item under the column's folder in source/content (or under outFolder when not null),
   * never overwriting (an existing target → that page refused in the summary, others still imported).
   * UserError.usage for an unknown column (list the known ids), refused when nothing could be imported.
   */
  public static ItemImportSummary importPages(List<Path> pages, String columnId, Path source, Path outFolder) throws UserError {
    ContentLoader.requireSiteFolder(source);
    Findings findings = new Findings();
    Optional<ColumnTree> tree = ColumnsLoader.load(source, findings);
    if (tree.isEmpty() || findings.hasErrors()) {
      throw UserError.findings(findings, false);
    }
    ColumnTree columns = tree.get();
    if (columnId == null || columns.find(columnId).isEmpty() || columnId.equals(ColumnTree.REPORTS)) {
      throw UserError.usage(
          "栏目“" + (columnId == null ? "" : columnId) + "”不能用于导入信息。可用的栏目："
              + String.join("、", columns.byId().keySet().stream().filter(id -> !id.equals(ColumnTree.REPORTS)).toList())
              + "（见 content/columns.yaml；年报请用 import 导入）。");
    }
    if (pages.isEmpty()) {
      throw UserError.usage("请给出要导入的网页（.html 文件或放网页的文件夹）。");
    }
    Path folder = outFolder != null ? outFolder : source.resolve("content").resolve(columnId);
    ItemImporter importer = new ItemImporter(source, columnId, folder, existingIndexNumbers(source));
    List<ItemImportSummary.Row> rows = new ArrayList<>();
    List<Path> written = new ArrayList<>();
    for (Path given : pages) {
      for (Path page : expand(given, rows)) {
        ItemImportSummary.Row row = importer.importOne(page, page.toString());
        rows.add(row);
        if (!row.written().isEmpty()) {
          written.add(Path.of(row.written()));
        }
      }
    }
    ItemImportSummary summary = new ItemImportSummary(rows);
    if (summary.imported() == 0) {
      throw UserError.refused("没有导入任何网页，什么也没有写入。\n" + summary.table());
    }
    return new ItemImportSummary(importer.withCheck(rows));
  }

  /** A folder's .html pages (not its “xxx_files” folders), or the file itself; what is neither gets its row. */
  private static List<Path> expand(Path given, List<ItemImportSummary.Row> rows) throws UserError {
    if (Files.isDirectory(given)) {
      try (Stream<Path> list = Files.list(given)) {
        List<Path> found = list.filter(p -> Files.isRegularFile(p) && isHtml(p)).sorted().toList();
        if (found.isEmpty()) {
          rows.add(new ItemImportSummary.Row(given.toString(), "", "", "", "文件夹中没有 .html 网页"));
        }
        return found;
      } catch (IOException e) {
        throw UserError.environment("读取文件夹", given, e);
      }
    }
    if (!Files.exists(given)) {
      rows.add(new ItemImportSummary.Row(given.toString(), "", "", "", "找不到这个文件"));
      return List.of();
    }
    if (!isHtml(given)) {
      rows.add(new ItemImportSummary.Row(given.toString(), "", "", "", "不是网页（只导入另存的 .html、.htm 网页）"));
      return List.of();
    }
    return List.of(given);
  }

  private static boolean isHtml(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".shtml");
  }

  private static ItemImportSummary.Row refused(String page, String title, String indexNo, String why) {
    return new ItemImportSummary.Row(page, title, indexNo, "", why);
  }

  private ItemImportSummary.Row importOne(Path file, String shown) throws UserError {
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        return refused(shown, "", "", "文件有 " + (size / (1024 * 1024)) + " MB，不像一个信息网页（上限 " + MAX_BYTES / (1024 * 1024) + " MB）");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return refused(shown, "", "", "无法读取：" + Environment.reason(e));
    }
    ItemPage page;
    try {
      page = ItemPage.parse(HtmlSource.decode(shown, bytes));
    } catch (UserError e) {
      return refused(shown, "", "", e.getMessage().replaceFirst("^无法导入 [^：]*：", ""));
    }
    String title = page.title;
    String indexNo = page.meta.getOrDefault("index_no", "");
    boolean hasMeta = Stream.of("index_no", "publisher", "generated", "published", "doc_no").anyMatch(page.meta::containsKey);
    if (!hasMeta) {
      return refused(shown, title, "", "不是信息页面：没有找到索引号、发布机构、成文日期、发布日期、文号等信息项（可能是栏目列表页或首页）");
    }
    if (page.occurrences("published") > 2 || page.occurrences("index_no") > 1) {
      return refused(shown, title, indexNo, "像是列表页：有 " + Math.max(page.occurrences("published"), page.occurrences("index_no")) + " 个不同的发布日期或索引号，一次只能导入一条信息的网页");
    }
    if (page.content == null) {
      return refused(shown, title, indexNo, "没有找到正文");
    }
    if (!indexNo.isEmpty() && indexNumbers.containsKey(indexNo)) {
      return refused(shown, title, indexNo, "索引号已用于 " + indexNumbers.get(indexNo) + "（这个网页已经导入过？）");
    }
    String slug = slug(indexNo, file);
    Path target = folder.resolve(slug + ".md");
    String targetShown = SourcePos.display(source, target);
    if (Files.exists(target)) {
      return refused(shown, title, indexNo, "目标文件 " + targetShown + " 已存在，没有覆盖");
    }
    Item item = new Item(page, file, slug);
    String body = item.body();
    if (body.isBlank()) {
      return refused(shown, title, indexNo, "没有找到正文");
    }
    for (Path attachment : item.attachments.values()) {
      if (Files.exists(folder.resolve(attachment.getFileName()))) {
        return refused(shown, title, indexNo, "附件的目标文件 " + SourcePos.display(source, folder.resolve(attachment.getFileName())) + " 已存在，没有覆盖");
      }
    }
    String text = item.frontMatter() + "\n" + body + "\n";
    List<Path> done = new ArrayList<>();
    try {
      Files.createDirectories(folder);
      // Attachments first, the item last; on a failure what this page wrote is removed again.
      for (Map.Entry<Path, Path> a : item.attachments.entrySet()) {
        Files.copy(a.getKey(), a.getValue());
        done.add(a.getValue());
      }
      Files.writeString(target, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (IOException e) {
      for (Path p : done) {
        try {
          Files.deleteIfExists(p);
        } catch (IOException ignored) {
          // the environment error below names the folder; a leftover copy is not an item
        }
      }
      throw UserError.environment("写入导入的信息", target, e);
    }
    if (!indexNo.isEmpty()) {
      indexNumbers.put(indexNo, targetShown);
    }
    return new ItemImportSummary.Row(shown, title, indexNo, targetShown, String.join("；", item.problems));
  }

  /**
   * The item's file name: from its 索引号, which the site keeps unique (so importing a page twice finds
   * the same target and is refused); without one, the page's own name when it is plain ASCII, else a
   * digest of that name.
   */
  static String slug(String indexNo, Path file) {
    String from = indexNo.isEmpty() ? file.getFileName().toString().replaceFirst("(?i)\\.s?html?$", "") : indexNo;
    String slug = from.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    boolean plain = from.chars().allMatch(c -> c < 128);
    if (slug.length() >= 3 && (plain || !indexNo.isEmpty()) && !RESERVED.contains(slug) && slug.chars().filter(Character::isLetterOrDigit).count() * 2 >= from.length()) {
      return slug;
    }
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(from.getBytes(StandardCharsets.UTF_8));
      return "item-" + HexFormat.of().formatHex(d, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every 索引号 written in content/ (items, drafts, reports) → its file. */
  private static Map<String, String> existingIndexNumbers(Path source) throws UserError {
    Map<String, String> found = new LinkedHashMap<>();
    try (Stream<Path> walk = Files.walk(source.resolve("content"))) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        String name = p.getFileName().toString();
        if (!name.endsWith(".md") && !name.endsWith(".yaml")) {
          continue;
        }
        // Leniently decoded: a file that is not UTF-8 is check's ENC-01, not a reason to stop importing.
        Matcher m = INDEX_LINE.matcher(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
        while (m.find()) {
          found.putIfAbsent(m.group(1).strip(), SourcePos.display(source, p));
        }
      }
    } catch (IOException | UncheckedIOException e) {
      IOException cause = e instanceof IOException io ? io : ((UncheckedIOException) e).getCause();
      throw UserError.environment("无法读取 content/ 中的文件：" + Environment.reason(cause) + "。请确认这个文件夹可以打开，然后再运行一次。");
    }
    return found;
  }

  /**
   * Rows with what {@code check} says about each written item (META-01 on a foreign 索引号, for one);
   * a missing key is already said in the row. Items written outside the site are not checked here.
   */
  private List<ItemImportSummary.Row> withCheck(List<ItemImportSummary.Row> rows) {
    if (rows.stream().noneMatch(r -> r.written().startsWith("content/"))) {
      return rows;
    }
    Findings findings = new Findings();
    try {
      Content content = ContentLoader.load(source, China.today(), findings);
      Checks.run(content, findings);
    } catch (UserError e) {
      e.findings().forEach(findings::add);
    }
    List<ItemImportSummary.Row> out = new ArrayList<>();
    for (ItemImportSummary.Row r : rows) {
      List<String> notes = new ArrayList<>();
      if (!r.problem().isEmpty()) {
        notes.add(r.problem());
      }
      if (!r.written().isEmpty()) {
        for (Finding f : findings.sorted()) {
          boolean said = f.rule() == Rule.ITEM_01 && f.message().contains("缺少必填项");
          if (f.pos().file().equals(r.written()) && !said) {
            notes.add("check：" + f.level().label() + " " + f.rule().id() + " " + f.message());
          }
        }
      }
      out.add(new ItemImportSummary.Row(r.page(), r.title(), r.indexNo(), r.written(), String.join("；", notes)));
    }
    return out;
  }

  /** One page as an item: front matter, body, the files to copy (local → target) and what to say. */
  private final class Item {
    final ItemPage page;
    final Path file;
    final String slug;
    final Map<Path, Path> attachments = new LinkedHashMap<>();
    final List<String> problems = new ArrayList<>();
    private final Set<String> notSaved = new LinkedHashSet<>();
    private final Set<String> textOnly = new LinkedHashSet<>();
    private final List<String> comments = new ArrayList<>();
    private String bodyText;

    Item(ItemPage page, Path file, String slug) {
      this.page = page;
      this.file = file;
      this.slug = slug;
    }

    String body() {
      if (bodyText != null) {
        return bodyText;
      }
      StringBuilder body = new StringBuilder(ItemMarkdown.of(page.content, page::isExcluded, page.title, this::target));
      // Files the page links outside its content (an attachment list under the article).
      List<String> outside = new ArrayList<>();
      for (Element a : page.doc.body().select("a[href]")) {
        if (!inside(a, page.content) && !page.isExcluded(a) && FILE_EXT.contains(extension(fileName(a.attr("href"))))) {
          String target = target(a, false);
          String text = ItemPage.clean(a.text());
          if (target != null && !target.startsWith("http") && !text.isEmpty()) {
            continue; // saved beside the page: listed under 附件 on the item's page
          }
          if (target != null && !text.isEmpty()) {
            outside.add("- [" + ItemMarkdown.escape(text) + "](" + target + ")");
          }
        }
      }
      if (!outside.isEmpty()) {
        body.append(body.length() > 0 ? "\n\n" : "").append("附件：\n\n").append(String.join("\n", outside));
      }
      if (!notSaved.isEmpty()) {
        problems.add(notSaved.size() + " 个附件或图片没有随网页保存，正文中保留了原网址：" + String.join("、", notSaved) + "（下载后放在网页旁边再导入，即可作为附件发布）");
      }
      if (!textOnly.isEmpty()) {
        problems.add(textOnly.size() + " 个链接是相对地址、网页里没有原网址，正文中只保留了文字：" + String.join("、", textOnly));
      }
      bodyText = body.toString();
      return bodyText;
    }

    /** Where a link or image of the page goes: a copied attachment, the original absolute address, or nothing. */
    String target(Element e, boolean image) {
      String raw = e.attr(image ? "src" : "href").strip();
      String lower = raw.toLowerCase(Locale.ROOT);
      if (raw.isEmpty() || raw.startsWith("#") || lower.startsWith("javascript:") || lower.startsWith("data:") || lower.startsWith("vbscript:")) {
        return null;
      }
      if (lower.startsWith("mailto:")) {
        return raw;
      }
      String name = fileName(raw);
      String ext = extension(name);
      boolean fileLike = image || FILE_EXT.contains(ext);
      if (image && (name.toLowerCase(Locale.ROOT).contains("icon") || tiny(e.attr("width")) || tiny(e.attr("height")))) {
        return null; // the file-type icon beside an attachment link, a bullet: decoration, not content
      }
      if (fileLike) {
        Path local = local(raw, name);
        if (local != null) {
          return attach(local, ext);
        }
      }
      String absolute = absolute(raw);
      if (absolute == null) {
        textOnly.add(name.isEmpty() ? raw : name);
        return null;
      }
      if (fileLike) {
        notSaved.add(name.isEmpty() ? absolute : name);
      }
      return absolute;
    }

    private String attach(Path local, String ext) {
      Path known = attachments.entrySet().stream().filter(a -> a.getKey().equals(local)).map(Map.Entry::getValue).findFirst().orElse(null);
      if (known != null) {
        return known.getFileName().toString();
      }
      Path target = folder.resolve(slug + "-" + (attachments.size() + 1) + "." + (ext.equals("jpeg") ? "jpg" : ext));
      attachments.put(local, target);
      return target.getFileName().toString();
    }

    /** The linked file saved with the page: at its relative address, or by its name beside the page or in its “_files” folder. */
    private Path local(String raw, String name) {
      Path dir = file.toAbsolutePath().getParent();
      List<Path> candidates = new ArrayList<>();
      try {
        if (!raw.matches("(?i)[a-z][a-z0-9+.-]*:.*") && !raw.startsWith("//")) {
          candidates.add(dir.resolve(decode(raw.replaceFirst("[?#].*", ""))).normalize());
        }
        if (!name.isEmpty()) {
          candidates.add(dir.resolve(name));
          String stem = file.getFileName().toString().replaceFirst("(?i)\\.s?html?$", "");
          candidates.add(dir.resolve(stem + "_files").resolve(name));
          candidates.add(dir.resolve(stem + ".files").resolve(name));
        }
      } catch (InvalidPathException e) {
        return null;
      }
      return candidates.stream().filter(p -> Files.isRegularFile(p) && !p.equals(file.toAbsolutePath())).findFirst().orElse(null);
    }

    private String absolute(String raw) {
      if (raw.startsWith("http://") || raw.startsWith("https://")) {
        return raw.replace(" ", "%20");
      }
      if (page.baseUrl.isEmpty()) {
        return null;
      }
      try {
        String abs = URI.create(page.baseUrl).resolve(raw.replace(" ", "%20")).toString();
        return abs.startsWith("http") ? abs : null;
      } catch (IllegalArgumentException e) {
        return null;
      }
    }

    String frontMatter() {
      Map<String, String> m = page.meta;
      StringBuilder fm = new StringBuilder("---\n");
      fm.append("# 由 gongkai import --item 从 ").append(file.getFileName()).append(" 导入")
          .append(page.baseUrl.isEmpty() ? "" : "（原网址 " + page.baseUrl + "）").append("。原页面没有的项没有填写。\n");
      List<String> missing = new ArrayList<>();
      StringBuilder keys = new StringBuilder();
      text(keys, "title", page.title, missing);
      text(keys, "index_no", m.getOrDefault("index_no", ""), missing);
      text(keys, "publisher", m.getOrDefault("publisher", ""), missing);
      date(keys, "generated", "成文日期", m.get("generated"), missing);
      date(keys, "published", "发布日期", m.get("published"), missing);
      String scope = m.getOrDefault("scope", "");
      if (!scope.isEmpty() && !DisclosureMetaReader.SCOPES.contains(scope)) {
        refuse("公开范围", scope, "不是“全部公开”或“部分公开”");
        scope = "";
      }
      text(keys, "scope", scope, missing);
      text(keys, "channel", m.getOrDefault("channel", ""), missing);
      keys.append("column: ").append(column).append('\n');
      String docNo = m.getOrDefault("doc_no", "");
      if (!docNo.isEmpty() && !NONE.contains(docNo)) {
        keys.append("doc_no: ").append(quote(docNo)).append('\n');
      }
      // “现行有效”, “全文有效”, “全文废止”: the same three values with a qualifier.
      String validity = m.getOrDefault("validity", "").replaceFirst("^(现行|全文)", "");
      if (!validity.isEmpty() && !NONE.contains(validity)) {
        if (DisclosureMetaReader.VALIDITY.contains(validity)) {
          keys.append("validity: ").append(validity).append('\n');
        } else {
          refuse("有效性", m.get("validity"), "不是“有效”“失效”或“废止”");
        }
      }
      String summary = m.getOrDefault("summary", "");
      if (!summary.isEmpty()) {
        if (summary.codePointCount(0, summary.length()) <= 100) {
          keys.append("summary: ").append(quote(summary)).append('\n');
        } else {
          refuse("内容概述", summary.substring(0, 20) + "……", "超过 100 字");
        }
      }
      if (!attachments.isEmpty()) {
        keys.append("attachments: [")
            .append(String.join(", ", attachments.values().stream().map(p -> p.getFileName().toString()).toList()))
            .append("]\n");
      }
      if (m.containsKey("topic")) {
        comments.add("原页面 主题分类：" + m.get("topic") + "（信息头没有这一项）");
      }
      comments.forEach(c -> fm.append("# ").append(c).append('\n'));
      fm.append(keys).append("---\n");
      if (!missing.isEmpty()) {
        problems.add(0, "原页面没有" + String.join("、", missing) + "，信息头未填写这些项（请核对后补上）");
      }
      return fm.toString();
    }

    private void refuse(String label, String value, String why) {
      comments.add("原页面 " + label + "：" + value + "（" + why + "，未写入）");
      problems.add(label + "“" + value + "”" + why + "，未写入");
    }

    private void text(StringBuilder keys, String key, String value, List<String> missing) {
      if (value.isEmpty()) {
        missing.add(REQUIRED.get(key));
      } else {
        keys.append(key).append(": ").append(quote(value)).append('\n');
      }
    }

    private void date(StringBuilder keys, String key, String label, String value, List<String> missing) {
      if (value == null || value.isEmpty()) {
        missing.add(label);
        return;
      }
      Matcher d = DATE.matcher(value);
      if (!d.find()) {
        refuse(label, value, "不是日期");
        return;
      }
      try {
        LocalDate date = LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)));
        keys.append(key).append(": ").append(date).append('\n');
      } catch (DateTimeException e) {
        refuse(label, value, "不是有效的日期");
      }
    }
  }

  private static boolean tiny(String size) {
    return size.strip().matches("\\d{1,2}(px)?") && Integer.parseInt(size.strip().replace("px", "")) <= 32;
  }

  private static boolean inside(Element e, Element container) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p == container) {
        return true;
      }
    }
    return false;
  }

  /** The last path segment of a link, percent-decoded, without query or fragment. */
  static String fileName(String raw) {
    String path = raw.replaceFirst("[?#].*", "");
    String name = path.substring(path.lastIndexOf('/') + 1);
    name = name.substring(name.lastIndexOf('\\') + 1);
    return decode(name);
  }

  static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  /** A YAML double-quoted scalar. */
  static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
