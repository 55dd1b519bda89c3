package cn.gongkai.edit;

import java.time.LocalDate;
import java.util.List;

/**
 * What the 发布一条信息 form offers: the columns an item may go in, the allowed 公开范围, 公开方式 and 有效性,
 * the year's next free 索引号 (new-item's rule), the site's 发布机构 and the day it was asked.
 */
public record ItemOptions(
    List<ColumnChoice> columns,
    List<String> scopes,
    List<String> channels,
    List<String> validities,
    String proposedIndexNo,
    String publisher,
    LocalDate today) {

  /** A column an item may go in (never the reports column), in columns.yaml order; depth 1 for a child. */
  public record ColumnChoice(String id, String title, int depth) {}

  public boolean hasColumn(String id) {
    return columns.stream().anyMatch(c -> c.id().equals(id));
  }

  /** The form as first shown: the proposed 索引号, today's dates, the usual 公开范围 and 公开方式. */
  public ItemForm blankForm() {
    String date = today.toString();
    String column = columns.isEmpty() ? "" : columns.get(0).id();
    return new ItemForm(column, "", proposedIndexNo, "", date, date, scopes.get(0), channels.get(0), "", "", "", false);
  }
}
