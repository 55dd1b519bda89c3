package cn.gongkai.items;

import cn.gongkai.diag.SourcePos;
import cn.gongkai.meta.DisclosureMeta;
import java.nio.file.Path;
import java.util.List;

/**
 * A disclosed item (一条政府信息): a Markdown file under {@code content/} with YAML front matter.
 * {@code slug} is the file name without {@code .md}; where its page and attachments are published is
 * the URL scheme's business ({@code plan.UrlScheme}).
 */
public record Item(
    String file,
    Path path,
    String slug,
    String column,
    String title,
    DisclosureMeta meta,
    String summary,
    List<Attachment> attachments,
    boolean draft,
    String body,
    int bodyLine,
    Positions positions) {

  /** A file published with the item, beside it in {@code content/}. */
  public record Attachment(String name, Path path, long size) {}

  public record Positions(SourcePos file, SourcePos column) {}
}
