package cn.gongkai.plan;

import cn.gongkai.items.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every page the build will write, in the order they are planned, and every other file ({@code
 * outputs}, which links are checked against); the catalogue, newest first, grouped by column, with the
 * years and columns it can be filtered by.
 */
public record SitePlan(
    List<PlannedPage> pages,
    Set<String> outputs,
    List<CatalogueEntry> catalogue,
    Map<String, List<CatalogueEntry>> byColumn,
    List<Integer> yearsNewestFirst,
    List<String> catalogueColumns) {

  public static final String CATALOGUE_LABEL = "政府信息公开目录";
  public static final String QR_LABEL = "扫码看专栏";

  /** Entries of a column and its sub-columns, newest first. */
  public List<CatalogueEntry> under(Column c) {
    if (c.children().isEmpty()) {
      return byColumn.getOrDefault(c.id(), List.of());
    }
    List<String> ids = new ArrayList<>();
    ids.add(c.id());
    c.children().forEach(k -> ids.add(k.id()));
    return catalogue.stream().filter(d -> ids.contains(d.column())).toList();
  }
}
