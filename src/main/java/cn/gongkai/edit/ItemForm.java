package cn.gongkai.edit;

import java.util.List;

/**
 * The 发布一条信息 form as typed. Field names (HTML input names) are those of {@link #FIELDS}; uploads
 * are the field {@link #ATTACHMENTS}. {@code validity}, {@code doc_no} and {@code summary} may be empty.
 */
public record ItemForm(
    String column,
    String title,
    String indexNo,
    String docNo,
    String generated,
    String published,
    String scope,
    String channel,
    String validity,
    String summary,
    String body,
    boolean draft) {

  /** The form's field names, in the order of the form (and of the front matter). */
  public static final List<String> FIELDS =
      List.of("column", "title", "index_no", "doc_no", "generated", "published", "scope", "channel", "validity", "summary", "attachments", "body", "draft");

  private static final List<String> LABELS =
      List.of("栏目", "名称", "索引号", "文号", "生成日期", "公开日期", "公开范围", "公开方式", "有效性", "内容概述", "附件", "正文", "草稿");

  /** The field the uploads are sent in, and findings about them are keyed by. */
  public static final String ATTACHMENTS = "attachments";

  public ItemForm {
    column = orEmpty(column);
    title = orEmpty(title);
    indexNo = orEmpty(indexNo);
    docNo = orEmpty(docNo);
    generated = orEmpty(generated);
    published = orEmpty(published);
    scope = orEmpty(scope);
    channel = orEmpty(channel);
    validity = orEmpty(validity);
    summary = orEmpty(summary);
    body = body == null ? "" : body;
  }

  /** The label of {@code field} on the form (as on the item's page): {@code index_no} → 索引号. */
  public static String label(String field) {
    int i = FIELDS.indexOf(field);
    return i < 0 ? field : LABELS.get(i);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s.strip();
  }
}
