package cn.gongkai.render;

import cn.gongkai.assets.Trend;
import cn.gongkai.assets.TrendChart;
import cn.gongkai.assets.TrendPoint;
import cn.gongkai.assets.Trends;
import cn.gongkai.report.AnnualReport;
import cn.gongkai.yaml.Num;
import java.util.ArrayList;
import java.util.List;

/** The reports index's charts: each {@link Trend} as its inline SVG and as the table of the same numbers. */
final class TrendViews {
  private TrendViews() {}

  /** Null with fewer than two years: one year is no trend (its report page has the numbers). */
  static Views.Trends of(List<AnnualReport> reports, String csvHref, String jsonHref) {
    if (reports.size() < 2) {
      return null;
    }
    List<Views.TrendView> charts = new ArrayList<>();
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    for (Trend t : Trends.of(reports)) {
      List<Views.TrendCell> cells = new ArrayList<>();
      for (TrendPoint p : t.points()) {
        cells.add(new Views.TrendCell(p.year(), p.value() == null ? "" : Num.plain(p.value()), gap(p)));
        first = Math.min(first, p.year());
        last = Math.max(last, p.year());
      }
      charts.add(new Views.TrendView(t.id(), t.group(), t.title(), t.unit(), TrendChart.svg(t, "trend-"), cells, t.note()));
    }
    return new Views.Trends(charts, first, last, csvHref, jsonHref);
  }

  /** A gap as a table cell says it, the word the chart writes in its place (the note under it gives the whole reason). */
  static String gap(TrendPoint p) {
    return p.isAbsentFromFormat() ? p.word() : p.gap();
  }
}
