package cn.gongkai.items;

import cn.gongkai.diag.Environment;
import cn.gongkai.diag.Findings;
import cn.gongkai.diag.Parallel;
import cn.gongkai.diag.Rule;
import cn.gongkai.diag.SourcePos;
import cn.gongkai.diag.UserError;
import cn.gongkai.meta.DisclosureMeta;
import cn.gongkai.meta.DisclosureMetaReader;
import cn.gongkai.yaml.FrontMatter;
import cn.gongkai.yaml.MapReader;
import cn.gongkai.yaml.TextFiles;
import cn.gongkai.yaml.UnreadableFile;
import cn.gongkai.yaml.YNode;
import cn.gongkai.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds every item ({@code .md} outside {@code content/reports/}) and every column introduction
 * ({@code content/<column>/index.md}) and reads their front matter.
 */
public final class ItemLoader {
  static final Rule RULE = Rule.ITEM_01;
  static final List<String> KEYS =
      List.of(
          "title", "index_no", "publisher", "generated", "published", "scope", "channel", "column",
          "doc_no", "validity", "summary", "attachments", "status");
  /** A column introduction's optional front matter: only its 更新日期. */
  static final List<String> INTRO_KEYS = List.of("updated");
  static final int SUMMARY_LIMIT = 100;

  /** Loaded content: published-or-scheduled items (drafts are left out) and column introductions. */
  public record Loaded(List<Item> items, Map<String, ColumnIntro> intros) {}

  /**
   * What an earlier build read, offered again for a file that has not changed since (the build cache); an
   * item it gives back is used as read, its body left unread ({@code ""}: the cache has what the body gave).
   */
  public interface Reuse {
    Reuse NONE = new Reuse() {
      @Override
      public Item reuse(Path file, BasicFileAttributes attrs) {
        return null;
      }

      @Override
      public void read(Path file, BasicFileAttributes attrs, String text, Item item, boolean clean) {}
    };

    /** The earlier build's item of {@code file} when the file is unchanged (and it read without findings); else null. */
    Item reuse(Path file, BasicFileAttributes attrs);

    /** {@code file} was read afresh: its text and the item it gave; {@code clean} when reading it found nothing. */
    void read(Path file, BasicFileAttributes attrs, String text, Item item, boolean clean);
  }

  private final Path source;
  private final ColumnTree columns;
  private final Findings findings;
  private final Reuse reuse;

  public ItemLoader(Path source, ColumnTree columns, Findings findings) {
    this(source, columns, findings, Reuse.NONE);
  }

  public ItemLoader(Path source, ColumnTree columns, Findings findings, Reuse reuse) {
    this.source = source;
    this.columns = columns;
    this.findings = findings;
    this.reuse = reuse;
  }

  /**
   * The {@code .md} files under {@code content/} (not {@code reports/}) with their attributes, and the
   * symbolic links found instead of files, both sorted. Needs nothing but the folder, so that a build can
   * walk it while {@code site.yaml} and {@code columns.yaml} are read.
   */
  public record Walked(List<Path> files, Map<Path, BasicFileAttributes> attributes, List<Path> symlinks) {}

  public static Walked walk(Path source) throws UserError {
    Path content = source.resolve("content");
    List<Path> files = new ArrayList<>();
    Map<Path, BasicFileAttributes> attributes = new java.util.HashMap<>();
    List<Path> symlinks = new ArrayList<>();
    Path reports = content.resolve("reports");
    try {
      // One walk that does not follow symbolic links and hands over each file's attributes: no further
      // file-system call per file. Links are reported instead of silently skipping what they point to
      // (reports/ is ReportLoader's). An attachment is only ever a file beside its item.
      Files.walkFileTree(
          content,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return dir.equals(reports) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (file.startsWith(reports)) {
                return FileVisitResult.CONTINUE;
              }
              if (attrs.isSymbolicLink()) {
                symlinks.add(file);
              } else if (attrs.isRegularFile() && file.getFileName().toString().endsWith(".md")) {
                files.add(file);
                attributes.put(file, attrs);
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw UserError.environment("content/: 错误 无法读取 content/ 目录：" + Environment.reason(e) + "。请确认这个文件夹可以打开，然后再运行一次。");
    }
    Collections.sort(symlinks);
    Collections.sort(files);
    return new Walked(files, attributes, symlinks);
  }

  /** The items and column introductions of the files {@link #walk} found. */
  public Loaded load(Walked walked) throws UserError {
    Path content = source.resolve("content");
    List<Path> files = walked.files();
    Map<Path, BasicFileAttributes> attributes = walked.attributes();
    for (Path p : walked.symlinks()) {
      findings.add(RULE, SourcePos.file(SourcePos.display(source, p)), TextFiles.symlinkMessage(source, p));
    }
    // Files are read and parsed on every core; results (and findings) are merged in file order, so the
    // outcome never depends on which thread finished first.
    List<FileResult> results = Parallel.map(files, file -> new ItemLoader(source, columns, new Findings(), reuse).read(content, file, attributes.get(file)));
    List<Item> items = new ArrayList<>();
    Map<String, ColumnIntro> intros = new LinkedHashMap<>();
    for (FileResult r : results) {
      if (r.failure() != null) {
        throw r.failure();
      }
      findings.addAll(r.findings());
      if (r.intro() != null) {
        intros.put(r.intro().column(), r.intro());
      } else if (r.item() != null && !r.item().draft()) {
        items.add(r.item());
      }
    }
    return new Loaded(List.copyOf(items), intros);
  }

  /** What one file yielded: an item or a column introduction and its findings, or a file-system failure. */
  private record FileResult(Item item, ColumnIntro intro, Findings findings, UserError failure) {}

  private FileResult read(Path content, Path file, BasicFileAttributes attrs) {
    try {
      if (file.getFileName().toString().equals("index.md")) {
        return new FileResult(null, intro(content, file).orElse(null), findings, null);
      }
      Item earlier = reuse.reuse(file, attrs);
      if (earlier != null) {
        return new FileResult(earlier, null, findings, null);
      }
      String text = TextFiles.read(source, file);
      Item item = item(file, text);
      reuse.read(file, attrs, text, item, findings.all().isEmpty());
      return new FileResult(item, null, findings, null);
    } catch (UnreadableFile e) {
      e.findings().forEach(findings::add);
      return new FileResult(null, null, findings, null);
    } catch (UserError e) {
      return new FileResult(null, null, findings, e);
    }
  }

  private Optional<ColumnIntro> intro(Path content, Path file) throws UnreadableFile, UserError {
    String shown = SourcePos.display(source, file);
    Path folder = content.relativize(file.getParent());
    String column = folder.toString().replace('\\', '/');
    if (folder.getNameCount() != 1 || columns.find(column).isEmpty()) {
      findings.add(RULE, SourcePos.file(shown), "index.md 是栏目说明页，只能放在栏目文件夹 content/<栏目标识>/ 中；“" + column + "”不是 columns.yaml 中的栏目。");
      return Optional.empty();
    }
    FrontMatter fm = FrontMatter.split(TextFiles.read(source, file));
    LocalDate updated = null;
    if (fm.unclosed()) {
      findings.add(RULE, new SourcePos(shown, 1, 1), "栏目说明页的信息头没有结束：请在“updated: 2023-01-05”一行之后加一行“---”。");
    } else if (fm.present()) {
      YNode root = new YamlReader(source).parse(file, fm.yaml());
      MapReader r = MapReader.of(root, RULE, findings, "栏目说明页的信息头");
      r.allowOnly(INTRO_KEYS);
      updated = r.date("updated", "更新日期", false);
    }
    return Optional.of(new ColumnIntro(column, shown, fm.body(), fm.bodyLine(), updated));
  }

  /**
   * The item that {@code text} would be as the content of {@code file}, read exactly as a file is (serve's
   * form checks a file before it is written); its findings go to this loader's findings. Empty when the
   * text has no front matter or is no YAML (the finding says why).
   */
  public Optional<Item> itemFromText(Path file, String text) throws UserError {
    try {
      return Optional.ofNullable(item(file, text));
    } catch (UnreadableFile e) {
      e.findings().forEach(findings::add);
      return Optional.empty();
    }
  }

  private Item item(Path file, String text) throws UnreadableFile, UserError {
    String shown = SourcePos.display(source, file);
    FrontMatter fm = FrontMatter.split(text);
    if (!fm.present()) {
      findings.add(RULE, new SourcePos(shown, 1, 1), "信息文件要以“---”开头的信息头（标题、索引号、发布机构等）开始，以“---”结束。可用 new-item 命令生成一个样板。");
      return null;
    }
    if (fm.unclosed()) {
      findings.add(RULE, new SourcePos(shown, 1, 1), "信息头没有结束：请在最后一项之后加一行“---”。");
      return null;
    }
    YNode root = new YamlReader(source).parse(file, fm.yaml());
    MapReader r = MapReader.of(root, RULE, findings, "信息头");
    String status = r.string("status", "状态", false);
    if (!status.isEmpty() && !status.equals("draft") && !status.equals("published")) {
      r.error(r.posOf("status"), "“status”只能是 draft（草稿，不发布）或 published，现为“" + status + "”。");
    }
    String column = r.string("column", "栏目", true);
    String slug = file.getFileName().toString().replaceFirst("\\.md$", "");
    SourcePos filePos = new SourcePos(shown, 1, 1);
    if (status.equals("draft")) {
      return new Item(shown, file, slug, column, "", DisclosureMeta.none(filePos), "", List.of(), true, "", 0,
          new Item.Positions(filePos, r.posOf("column")));
    }
    r.allowOnly(KEYS);
    String title = r.string("title", "名称", true);
    DisclosureMeta meta = DisclosureMetaReader.item(r);
    String summary = r.string("summary", "内容概述", false);
    if (summary.codePointCount(0, summary.length()) > SUMMARY_LIMIT) {
      r.error(r.posOf("summary"), "“summary”（内容概述）有 " + summary.codePointCount(0, summary.length()) + " 个字，不能超过 " + SUMMARY_LIMIT + " 个字。");
    }
    if (!column.isEmpty() && columns.find(column).isEmpty()) {
      findings.add(Rule.COL_01, r.posOf("column"), "栏目“" + column + "”不存在。可用的栏目：" + String.join("、", columns.byId().keySet()) + "（见 content/columns.yaml）。");
    } else if (column.equals(ColumnTree.REPORTS)) {
      findings.add(Rule.COL_01, r.posOf("column"), "年报不用信息文件发布：请用 new-report 在 content/reports/ 中建立年报。");
    }
    if (!slug.matches("[a-z0-9]+([-_][a-z0-9]+)*")) {
      String suggestion = (column.isEmpty() ? "item" : column) + (meta.published() == null ? "" : "-" + meta.published());
      findings.add(
          Rule.NAME_01,
          filePos,
          "文件名“" + file.getFileName() + "”会成为网址，只能用小写英文字母、数字和连字符。建议改名为 " + suggestion + ".md（同一栏目内不能重名）。");
    }
    List<Item.Attachment> attachments = attachments(r, file);
    return new Item(
        shown, file, slug, column, title, meta, summary, attachments, false, fm.body(), fm.bodyLine(),
        new Item.Positions(filePos, r.posOf("column")));
  }

  private List<Item.Attachment> attachments(MapReader r, Path file) {
    YNode node = r.node("attachments");
    if (node == null) {
      return List.of();
    }
    if (!(node instanceof YNode.YList list)) {
      r.error(node.pos(), "“attachments”应为附件文件名列表，如 [申请表.docx]。");
      return List.of();
    }
    List<Item.Attachment> out = new ArrayList<>();
    Path folder = file.getParent();
    for (YNode n : list.items()) {
      if (!(n instanceof YNode.YScalar s) || s.text().isBlank()) {
        r.error(n.pos(), "附件应写文件名。");
        continue;
      }
      String name = s.text().strip();
      Path target;
      try {
        target = folder.resolve(name).normalize();
      } catch (InvalidPathException e) {
        // A control character (YAML "\0") anywhere, or on Windows one of : * ? " < > |, is no file name.
        r.error(n.pos(), "附件“" + name.replaceAll("\\p{Cc}", "\uFFFD") + "”不是有效的文件名：含有文件名中不能使用的字符（控制字符，或 : * ? \" < > | 等）。请写附件的实际文件名。");
        continue;
      }
      if (name.contains("/") || name.contains("\\") || !target.getParent().equals(folder.normalize())) {
        r.error(n.pos(), "附件“" + name + "”必须放在信息文件所在的文件夹里，只写文件名，不能含“/”或“../”。");
        continue;
      }
      if (Files.isSymbolicLink(target)) {
        continue; // reported where the content folder is walked, as a symbolic link
      }
      if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
        r.error(n.pos(), "找不到附件“" + name + "”：请把它放在 " + SourcePos.display(source, folder) + "/ 中，文件名要完全一致。");
        continue;
      }
      try {
        out.add(new Item.Attachment(name, target, Files.size(target)));
      } catch (IOException e) {
        r.error(n.pos(), "无法读取附件“" + name + "”：" + Environment.reason(e) + "。");
      }
    }
    return List.copyOf(out);
  }
}
