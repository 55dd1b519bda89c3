package cn.gongkai.plan;

import cn.gongkai.items.Column;
import cn.gongkai.items.ColumnTree;
import cn.gongkai.items.Item;
import cn.gongkai.meta.DisclosureMeta;
import cn.gongkai.report.AnnualReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The 政府信息公开目录: every published item and every annual report, newest first; the same entries
 * by column, and the years and columns the catalogue can be filtered by.
 */
public record Catalogue(
    List<CatalogueEntry> entries,
    Map<String, List<CatalogueEntry>> byColumn,
    Map<Integer, List<CatalogueEntry>> byYear,
    List<Integer> yearsNewestFirst,
    List<String> columns) {

  public static Catalogue of(ColumnTree columns, List<Item> items, List<AnnualReport> reports) {
    List<CatalogueEntry> list = new ArrayList<>();
    for (Item i : items) {
      list.add(entry(i.title(), i.meta(), i.column(), UrlScheme.item(i)));
    }
    for (AnnualReport r : reports) {
      list.add(entry(r.title(), r.meta(), ColumnTree.REPORTS, UrlScheme.report(r)));
    }
    list.sort(CatalogueEntry.NEWEST_FIRST);
    // One pass makes the by-column and by-year lists (newest first, as the whole list).
    Map<String, List<CatalogueEntry>> byColumn = new LinkedHashMap<>();
    TreeMap<Integer, List<CatalogueEntry>> byYear = new TreeMap<>();
    for (CatalogueEntry d : list) {
      byColumn.computeIfAbsent(d.column(), k -> new ArrayList<>()).add(d);
      byYear.computeIfAbsent(d.published().getYear(), k -> new ArrayList<>()).add(d);
    }
    byColumn.replaceAll((k, v) -> List.copyOf(v));
    byYear.replaceAll((k, v) -> List.copyOf(v));
    List<String> withEntries = columns.all().stream().map(Column::id).filter(byColumn::containsKey).toList();
    return new Catalogue(List.copyOf(list), byColumn, byYear, List.copyOf(byYear.descendingKeySet()), withEntries);
  }

  /** Entries of a column and its sub-columns, newest first. */
  public List<CatalogueEntry> under(Column c) {
    if (c.children().isEmpty()) {
      return byColumn.getOrDefault(c.id(), List.of());
    }
    List<String> ids = new ArrayList<>();
    ids.add(c.id());
    c.children().forEach(k -> ids.add(k.id()));
    return entries.stream().filter(d -> ids.contains(d.column())).toList();
  }

  private static CatalogueEntry entry(String title, DisclosureMeta m, String column, String url) {
    return new CatalogueEntry(title, m.indexNo(), m.publisher(), m.generated(), m.published(), column, url, m.docNo());
  }
}
