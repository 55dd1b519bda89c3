package cn.gongkai.content;

import cn.gongkai.diag.SourcePos;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A disclosed item (一条政府信息): a Markdown file under {@code content/} with YAML front matter.
 * {@code slug} is the file name without {@code .md}; the page lives at {@code <column>/<slug>/}.
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

  public String url() {
    return column + "/" + slug + "/";
  }
}
