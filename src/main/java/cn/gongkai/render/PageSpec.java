package cn.gongkai.render;

import java.util.function.Supplier;

/**
 * One page to render: output path (e.g. {@code reports/2022/index.html}), JBake type, title and
 * folder, and its view model. The view is built when the page is rendered, not when it is planned,
 * so a site of tens of thousands of pages never holds every page's HTML in memory at once.
 */
public record PageSpec(String outputPath, String type, String title, String path, String qrUrl, Supplier<PageView> view) {

  /** A page whose view is already built (small pages). */
  public static PageSpec of(String outputPath, String type, PageView view) {
    return new PageSpec(outputPath, type, view.title(), view.path(), view.qr() == null ? null : view.qr().url(), () -> view);
  }
}
