package cn.gongkai.render;

import java.util.Map;

/**
 * Hands the view models to the template engine, which JBake instantiates by reflection and so cannot
 * receive them through a constructor. Set for the duration of one bake on the baking thread.
 */
public final class RenderContext {
  private static final ThreadLocal<Map<String, PageView>> PAGES = new ThreadLocal<>();

  private RenderContext() {}

  static void open(Map<String, PageView> pages) {
    PAGES.set(Map.copyOf(pages));
  }

  static void close() {
    PAGES.remove();
  }

  static PageView page(String id) {
    Map<String, PageView> pages = PAGES.get();
    if (pages == null) {
      throw new IllegalStateException("no bake is running on this thread");
    }
    PageView page = pages.get(id);
    if (page == null) {
      throw new IllegalStateException("no view model for page " + id);
    }
    return page;
  }
}
