package cn.gongkai.content;

import cn.gongkai.config.SiteConfig;
import cn.gongkai.items.ColumnIntro;
import cn.gongkai.items.ColumnTree;
import cn.gongkai.items.Item;
import cn.gongkai.report.AnnualReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything read from a site folder: the configuration, the columns, every annual report, the items
 * (drafts left out) split into those published by {@code today} and those waiting for their date, and
 * the column introductions.
 */
public record Content(
    Path source,
    SiteConfig site,
    ColumnTree columns,
    List<AnnualReport> reports,
    List<Item> items,
    List<Item> published,
    List<Item> scheduled,
    Map<String, ColumnIntro> intros) {

  /** The theme the site is rendered with. */
  public Path theme() {
    return source.resolve("themes").resolve("default");
  }
}
