package cn.gongkai.render;

import java.util.List;

/**
 * Everything one page's template may read. Every href is already relative to the page, so the site
 * works from any folder of any static server. {@code body} is the page type's own view
 * ({@link Views.Home}, {@link Views.ColumnPage}, {@link Views.ItemPage}, {@link ReportView},
 * {@link Views.Catalogue}, {@link Views.NotFound}).
 */
public record PageView(
    String title,
    String path,
    String root,
    SiteView site,
    List<Link> nav,
    List<Link> breadcrumb,
    Object body) {

  /** A link; {@code current} marks the page itself (aria-current). */
  public record Link(String label, String href, boolean current) {}
}
