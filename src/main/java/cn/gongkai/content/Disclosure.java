package cn.gongkai.content;

import cn.gongkai.diag.SourcePos;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * One entry of the 政府信息公开目录: an item or an annual report, with the metadata the catalogue
 * shows. {@code url} is relative to the site root (e.g. {@code policy/notice-1/}).
 */
public record Disclosure(
    String title,
    String indexNo,
    String publisher,
    LocalDate generated,
    LocalDate published,
    String column,
    String url,
    String docNo,
    String file,
    SourcePos indexNoPos) {

  /** Newest first; same day by 索引号, so the order never depends on the file system. */
  public static final Comparator<Disclosure> NEWEST_FIRST =
      Comparator.comparing(Disclosure::published, Comparator.reverseOrder())
          .thenComparing(Disclosure::indexNo, Comparator.reverseOrder())
          .thenComparing(Disclosure::url);
}
