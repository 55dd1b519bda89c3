package cn.gongkai.importer;

import java.util.List;

/**
 * What {@code import --item} did with each page: one row per page, its title and 索引号 as read, the
 * item file written (empty when the page was refused) and what the webmaster should know: why it was
 * refused, or what the page lacked, which links stayed on the old site, what {@code check} says.
 */
public record ItemImportSummary(List<Row> rows) {
  public ItemImportSummary {
    rows = List.copyOf(rows);
  }

  /** {@code written} is the item's path as shown in messages, empty when nothing was written. */
  public record Row(String page, String title, String indexNo, String written, String problem) {}

  /** How many pages were written as items. */
  public long imported() {
    return rows.stream().filter(r -> !r.written().isEmpty()).count();
  }

  /** The printed summary: a Markdown-style table (readable as text, pastes into a document) and a count line. */
  public String table() {
    StringBuilder out = new StringBuilder("| 网页 | 标题 | 索引号 | 结果 | 说明 |\n|---|---|---|---|---|\n");
    for (Row r : rows) {
      out.append("| ").append(cell(r.page()))
          .append(" | ").append(cell(r.title().isEmpty() ? "—" : r.title()))
          .append(" | ").append(cell(r.indexNo().isEmpty() ? "—" : r.indexNo()))
          .append(" | ").append(r.written().isEmpty() ? "未导入" : "已写入 " + cell(r.written()))
          .append(" | ").append(cell(r.problem().isEmpty() ? "—" : r.problem()))
          .append(" |\n");
    }
    long done = imported();
    out.append("共 ").append(rows.size()).append(" 个网页：导入 ").append(done).append(" 个，未导入 ").append(rows.size() - done).append(" 个。\n");
    return out.toString();
  }

  private static String cell(String s) {
    return s.replace("|", "｜").replaceAll("[\\r\\n]+", " ");
  }
}
