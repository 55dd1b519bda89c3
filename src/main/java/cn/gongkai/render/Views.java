package cn.gongkai.render;

import cn.gongkai.render.PageView.Link;
import java.util.ArrayList;
import java.util.List;

/** The view models of the column's page types (the report page has {@link ReportView}). */
public final class Views {
  private Views() {}

  /** One line of a list of disclosed information. */
  public record Entry(String title, String href, String published, String indexNo, String docNo) {}

  /** Page links of a paginated list; {@code previous}/{@code next} are null at the ends. */
  public record Pager(int current, int count, Link previous, Link next, List<Link> pages) {
    public boolean isNeeded() {
      return count > 1;
    }
  }

  /** A column on the home page: its latest entries and, for a parent, its sub-columns. */
  public record ColumnBlock(String title, String href, String description, List<Entry> latest, List<Link> children, int total, boolean hasIntro) {}

  public record Home(List<ColumnBlock> columns, String catalogueHref, int total) implements PageView.Body {}

  /** {@code updated}: the introduction's 更新日期 (its front matter's {@code updated}), empty when not written or not shown. */
  public record ColumnPage(
      String heading,
      String description,
      String introHtml,
      String updated,
      List<Link> children,
      List<Entry> entries,
      Pager pager,
      int total,
      Trends trends)
      implements PageView.Body {}

  /**
   * The reports index's 历年对比: one figure per chart (inline SVG drawn at build time) beside a table of the same
   * numbers, and the open data of all years. Null on every other column page.
   */
  public record Trends(List<TrendView> charts, int firstYear, int lastYear, String csvHref, String jsonHref) {}

  /** One figure: its chart (SVG markup), the numbers as a table, and what its gaps mean. */
  public record TrendView(String id, String group, String title, String unit, String svg, List<TrendCell> cells, String note) {}

  /** One year of a figure: its number, or "" and why there is none (原表空白, 待核对, 该年格式没有此项). */
  public record TrendCell(int year, String value, String gap) {}

  /**
   * “与上年对比” under a report whose previous year's report is on the site: key figures of both years and
   * the change, then, in plain words, what the cross-year checks found (X-01, T2-02, SIM-01).
   */
  public record Comparison(int year, int lastYear, String lastHref, List<CompareRow> rows, List<String> findings) {}

  /** One figure in both years; {@code change} “+3”, “-2”, “0” or “—” when either year has no number. */
  public record CompareRow(String label, String last, String now, String change) {}

  public record Attachment(String name, String href, String size) {}

  public record ItemPage(
      String heading,
      List<ReportView.MetaField> meta,
      String summary,
      String bodyHtml,
      List<Attachment> attachments,
      Link previous,
      Link next)
      implements PageView.Body {}

  /** A row of the 政府信息公开目录; {@code docNo} (文号) is empty when the document has none. */
  public record CatalogueRow(
      int number, String indexNo, String title, String href, String docNo, String publisher, String generated, String published,
      String column) {
    /**
     * The 索引号 in pieces that are never broken inside: a line may break only after a “/”
     * ({@code 006383401N/} and {@code 2023-2030837}), never inside the unit code or the number.
     */
    public List<String> indexNoParts() {
      List<String> parts = new ArrayList<>();
      int start = 0;
      for (int slash = indexNo.indexOf('/'); slash >= 0; slash = indexNo.indexOf('/', start)) {
        parts.add(indexNo.substring(start, slash + 1));
        start = slash + 1;
      }
      if (start < indexNo.length() || parts.isEmpty()) {
        parts.add(indexNo.substring(start));
      }
      return List.copyOf(parts);
    }
  }

  public record Catalogue(
      String heading,
      List<Link> columnFilters,
      List<Link> yearFilters,
      Link allFilter,
      List<CatalogueRow> rows,
      Pager pager,
      int total,
      String searchIndexHref,
      String scriptHref)
      implements PageView.Body {}

  public record NotFound(String homeHref, String catalogueHref) implements PageView.Body {}

  /**
   * A QR code to draw: its width in modules (quiet zone included), the SVG path of its dark modules
   * (digits and path letters only) and its accessible name.
   */
  public record QrImage(int size, String path, String label) {}

  /** A card of the 扫码看专栏 page. */
  public record QrCard(String title, String url, QrImage image, String href) {}

  /** {@code placeholderAddress}: {@code base_url} is an example address (CFG-02), so each card is stamped 示例地址，请勿张贴. */
  public record QrIndex(List<QrCard> cards, boolean placeholderAddress) implements PageView.Body {}

  /**
   * A page's A4 poster: organ, title, a large code, the address, nothing else; stamped 示例地址，请勿张贴
   * across the code while {@code base_url} is an example address (CFG-02). It is part of the page, shown
   * instead of it at {@code #poster} (screen and print), so it needs no file of its own.
   */
  public record Poster(String organ, String title, String url, QrImage image, boolean placeholderAddress) {}
}
