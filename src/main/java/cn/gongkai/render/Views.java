package cn.gongkai.render;

import cn.gongkai.render.PageView.Link;
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

  public record ColumnPage(
      String heading, String description, String introHtml, List<Link> children, List<Entry> entries, Pager pager, int total)
      implements PageView.Body {}

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

  public record CatalogueRow(
      int number, String indexNo, String title, String href, String publisher, String generated, String published, String column) {}

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

  public record QrIndex(List<QrCard> cards) implements PageView.Body {}

  /** An A4 poster: organ, title, a large code, the address, nothing else. */
  public record Poster(String organ, String title, String url, QrImage image, String pageHref) implements PageView.Body {}
}
