package cn.gongkai.plan;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * One entry of the 政府信息公开目录: an item or an annual report, with the metadata the catalogue
 * shows. {@code url} is its page's path below the site root (e.g. {@code policy/notice-1.html}).
 */
public record CatalogueEntry(
    String title,
    String indexNo,
    String publisher,
    LocalDate generated,
    LocalDate published,
    String column,
    String url,
    String docNo) {

  /** Newest first; same day by 索引号, so the order never depends on the file system. */
  public static final Comparator<CatalogueEntry> NEWEST_FIRST =
      Comparator.comparing(CatalogueEntry::published, Comparator.reverseOrder())
          .thenComparing(CatalogueEntry::indexNo, Comparator.reverseOrder())
          .thenComparing(CatalogueEntry::url);
}
