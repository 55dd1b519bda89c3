package cn.gongkai.render;

import java.util.List;

/** The list of annual reports, newest first. */
public record ReportsIndexView(List<Entry> entries) {
  public record Entry(int year, String title, String href, String published, String indexNo) {}
}
