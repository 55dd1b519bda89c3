package cn.gongkai.plan;

import cn.gongkai.items.ColumnTree;
import cn.gongkai.items.Item;
import cn.gongkai.meta.DisclosureMeta;
import cn.gongkai.report.AnnualReport;
import java.util.ArrayList;
import java.util.List;

/** The 政府信息公开目录: every published item and every annual report, newest first. */
public final class Catalogue {
  private Catalogue() {}

  public static List<CatalogueEntry> of(List<Item> items, List<AnnualReport> reports) {
    List<CatalogueEntry> list = new ArrayList<>();
    for (Item i : items) {
      list.add(entry(i.title(), i.meta(), i.column(), UrlScheme.item(i)));
    }
    for (AnnualReport r : reports) {
      list.add(entry(r.title(), r.meta(), ColumnTree.REPORTS, UrlScheme.report(r)));
    }
    list.sort(CatalogueEntry.NEWEST_FIRST);
    return List.copyOf(list);
  }

  private static CatalogueEntry entry(String title, DisclosureMeta m, String column, String url) {
    return new CatalogueEntry(title, m.indexNo(), m.publisher(), m.generated(), m.published(), column, url, m.docNo());
  }
}
