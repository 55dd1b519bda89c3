package cn.gongkai.render;

import java.util.List;

/**
 * Everything one page's template may read. Every href is already relative to the page, so the site
 * works from any folder of any static server. {@code body} is the page type's own view; {@code
 * description} is the page's one-sentence summary for search engines and shared links.
 */
public record PageView(
    String title,
    String description,
    String path,
    String root,
    SiteView site,
    List<Link> nav,
    List<Link> breadcrumb,
    Qr qr,
    Body body) {

  /** The view of one page type ({@link Views}, {@link ReportView}), which its template reads as {@code page.body}. */
  public interface Body {}

  /**
   * The page's own QR code: its canonical address ({@code base_url} + path), the code (drawn as inline
   * SVG by {@code components/qr-code.peb}), and the page's printable poster, a hidden part of the page
   * itself shown at {@code #poster}. Null on pages that have no address of their own (404).
   */
  public record Qr(String url, Views.QrImage image, Views.Poster poster) {}

  /** A link; {@code current} marks the page itself (aria-current). */
  public record Link(String label, String href, boolean current) {
    /** A gap in a pager (“…”, pages left out): no link. */
    public boolean isGap() {
      return href == null;
    }
  }
}
