package cn.gongkai.content;

import cn.gongkai.diag.SourcePos;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A disclosed item (一条政府信息): a Markdown file under {@code content/} with YAML front matter.
 * {@code slug} is the file name without {@code .md}; the page is {@code <column>/<slug>.html}, as on
 * county government sites, and its attachments are in {@code <column>/<slug>/}.
 */
public record Item(
    String file,
    Path path,
    String slug,
    String column,
    String title,
    String indexNo,
    String publisher,
    LocalDate generated,
    LocalDate published,
    String scope,
    String channel,
    String docNo,
    String validity,
    String summary,
    List<Attachment> attachments,
    boolean draft,
    String body,
    int bodyLine,
    Positions positions) {

  /** A file published with the item, beside it in {@code content/}. */
  public record Attachment(String name, Path path, long size) {}

  public record Positions(SourcePos file, SourcePos column, SourcePos indexNo, SourcePos published) {}

  /** The page, relative to the site root. */
  public String url() {
    return column + "/" + slug + ".html";
  }

  /** The folder the page is in (links in the body are relative to it). */
  public String folder() {
    return column + "/";
  }

  /** Where the attachments are published. */
  public String attachmentFolder() {
    return column + "/" + slug + "/";
  }
}
