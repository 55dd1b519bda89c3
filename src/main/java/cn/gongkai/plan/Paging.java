package cn.gongkai.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** How long lists are split into pages, and which page numbers a pager shows. */
public final class Paging {
  public static final int COLUMN_PAGE_SIZE = 20;
  public static final int CATALOGUE_PAGE_SIZE = 50;
  /** Pages a pager shows on each side of the current one; the first and last are always shown. */
  static final int PAGER_WINDOW = 2;

  private Paging() {}

  /** How many pages {@code entries} entries take, at least one (an empty list still has its page). */
  public static int pages(int entries, int pageSize) {
    return Math.max(1, (entries + pageSize - 1) / pageSize);
  }

  /**
   * The page numbers a pager shows, in order, 0 for a gap: the first, the last and those near the
   * current page. A gap never hides just one page. Listing every page made a long list on a phone, and
   * at hundreds of pages its cost grew with the square of the list's length.
   */
  public static List<Integer> pagerPages(int current, int count) {
    TreeSet<Integer> shown = new TreeSet<>(List.of(1, count));
    for (int p = Math.max(1, current - PAGER_WINDOW); p <= Math.min(count, current + PAGER_WINDOW); p++) {
      shown.add(p);
    }
    List<Integer> pages = new ArrayList<>();
    int previous = 0;
    for (int p : shown) {
      if (p == previous + 2) {
        pages.add(previous + 1);
      } else if (p > previous + 2) {
        pages.add(0);
      }
      pages.add(p);
      previous = p;
    }
    return pages;
  }
}
