package cn.gongkai.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which page numbers a pager shows (0 is a “…” gap). */
class PagerTest {
  @Test
  void aFewPagesAreAllShown() {
    assertEquals(List.of(1), Paging.pagerPages(1, 1));
    assertEquals(List.of(1, 2, 3, 4, 5), Paging.pagerPages(1, 5));
    assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), Paging.pagerPages(4, 7));
  }

  @Test
  void farPagesBecomeAGapButFirstAndLastStay() {
    assertEquals(List.of(1, 0, 98, 99, 100, 101, 102, 0, 201), Paging.pagerPages(100, 201));
    assertEquals(List.of(1, 2, 3, 0, 201), Paging.pagerPages(1, 201));
    assertEquals(List.of(1, 0, 199, 200, 201), Paging.pagerPages(201, 201));
  }

  @Test
  void aGapNeverHidesASinglePage() {
    // Page 2 alone between 1 and 3 is shown rather than replaced by “…”.
    assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 0, 10), Paging.pagerPages(5, 10));
    assertEquals(List.of(1, 0, 4, 5, 6, 7, 8, 9, 10), Paging.pagerPages(6, 10));
  }

  @Test
  void everyPageIsReachableFromTheFirstByTheShownLinks() {
    for (int count = 1; count <= 60; count++) {
      for (int current = 1; current <= count; current++) {
        List<Integer> shown = Paging.pagerPages(current, count);
        assertEquals(1, shown.get(0));
        assertEquals(count, shown.get(shown.size() - 1));
        assertTrue(shown.contains(current));
        // Next and previous pages are always among the shown links (the pager also has 上一页/下一页).
        assertTrue(current == count || shown.contains(current + 1), shown::toString);
        assertTrue(current == 1 || shown.contains(current - 1), shown::toString);
      }
    }
  }
}
