package cn.gongkai.plan;

import cn.gongkai.items.Column;
import cn.gongkai.items.Item;
import cn.gongkai.report.AnnualReport;
import java.util.List;

/**
 * A page the build will write: its file below the output root, its path (a folder such as {@code
 * policy/} or a file such as {@code policy/a.html}; links on it are relative to its folder), its title,
 * its public address (null for the 404 page, which has none of its own), which top-level navigation
 * entry it belongs to, and what it shows.
 */
public record PlannedPage(String output, String path, String title, String canonicalUrl, Nav nav, Subject subject) {

  /** The navigation entry a page is under: the column home, a top-level column, the catalogue, or none. */
  public record Nav(Place place, String columnId) {
    public enum Place {
      NONE,
      HOME,
      COLUMN,
      CATALOGUE
    }

    public static final Nav NONE = new Nav(Place.NONE, "");
    public static final Nav HOME = new Nav(Place.HOME, "");
    public static final Nav CATALOGUE = new Nav(Place.CATALOGUE, "");

    public static Nav column(String topLevelId) {
      return new Nav(Place.COLUMN, topLevelId);
    }
  }

  /** What a page shows; the view builders turn it into the page's view model. */
  public sealed interface Subject {}

  public record Home() implements Subject {}

  /** Page {@code page} of {@code pages} of a column's list; {@code entries} are all of the column's, newest first. */
  public record ColumnList(Column column, List<CatalogueEntry> entries, int page, int pages) implements Subject {}

  /** An item's page; {@code previous} and {@code next} are its neighbours in its column (null at the ends). */
  public record ItemPage(Item item, CatalogueEntry previous, CatalogueEntry next) implements Subject {}

  public record ReportPage(AnnualReport report) implements Subject {}

  /**
   * Page {@code page} of {@code pages} of the catalogue, whole ({@code filter} “all”) or filtered by
   * column ({@code column/<id>}) or year ({@code year/<y>}); {@code base} is its first page.
   */
  public record CatalogueList(String base, String heading, String filter, List<CatalogueEntry> entries, int page, int pages)
      implements Subject {}

  /** 扫码看专栏: a card per column home, catalogue, column and annual report. */
  public record QrIndex() implements Subject {}

  public record NotFound() implements Subject {}
}
