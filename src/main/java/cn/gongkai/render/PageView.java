package cn.gongkai.render;

import java.util.List;

/**
 * Everything one page's template may read. {@code root} is the relative path back to the site root
 * (“../../”), so the site works from any folder of any static server. Exactly one of the body fields is
 * set, according to the page's template.
 */
public record PageView(
    String title,
    String path,
    String root,
    SiteView site,
    List<Link> nav,
    List<Link> breadcrumb,
    ReportView report,
    ReportsIndexView reports,
    HomeView home) {

  /** A link; {@code current} marks the page itself (aria-current). */
  public record Link(String label, String href, boolean current) {}
}
