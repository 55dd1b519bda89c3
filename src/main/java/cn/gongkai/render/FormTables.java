package cn.gongkai.render;

import cn.gongkai.render.TableView.Body;
import cn.gongkai.render.TableView.Cell;
import cn.gongkai.render.TableView.Row;
import cn.gongkai.report.AnnualReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tables 二, 三 and 四 for serve's 年报填报 form: built by the same {@link ReportTables} code as the report
 * page, so the form cannot drift from what is published. The form draws an input in each cell that has a
 * {@link Cell#field()} and an output in each {@link Cell#computed()} one.
 */
public final class FormTables {
  private FormTables() {}

  /** The three tables, in section order (二, 三, 四). */
  public static List<TableView> of(AnnualReport report) {
    return List.of(ReportTables.active(report), ReportTables.applications(report), ReportTables.reviews(report));
  }

  /** Every computed cell's text (empty when it depends on a blank) by its name, e.g. {@code sum:applications.received}. */
  public static Map<String, String> computed(List<TableView> tables) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Cell c : dataCells(tables)) {
      if (!c.computed().isEmpty()) {
        out.put(c.computed(), c.text());
      }
    }
    return out;
  }

  /**
   * For each typed or computed cell, how a reader names it: its row headers, then its column headers, e.g.
   * “三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密 · 申请人情况 › 法人或其他组织 › 商业企业”.
   */
  public static Map<String, String> labels(List<TableView> tables) {
    Map<String, String> out = new LinkedHashMap<>();
    places(tables).forEach((name, p) -> out.put(name, p.full()));
    return out;
  }

  /**
   * The same, short enough for one line of a phone: the row's last two headers and the column's last, e.g.
   * “（三）不予公开 › 1.属于国家秘密 · 商业企业” (the 1. of one group is not the 1. of another).
   */
  public static Map<String, String> shortLabels(List<TableView> tables) {
    Map<String, String> out = new LinkedHashMap<>();
    places(tables).forEach((name, p) -> out.put(name, p.brief()));
    return out;
  }

  /** Where a cell sits: its row headers and its column headers, outermost first. */
  private record Place(List<String> rows, List<String> columns) {
    String full() {
      return String.join(" › ", rows) + (columns.isEmpty() ? "" : " · " + String.join(" › ", columns));
    }

    String brief() {
      List<String> row = rows.subList(Math.max(0, rows.size() - 2), rows.size());
      return String.join(" › ", row) + (columns.isEmpty() ? "" : " · " + columns.get(columns.size() - 1));
    }
  }

  private static Map<String, Place> places(List<TableView> tables) {
    Map<String, Place> out = new LinkedHashMap<>();
    for (TableView t : tables) {
      Map<String, Cell> headers = new HashMap<>();
      for (Row row : allRows(t)) {
        for (Cell c : row.cells()) {
          if (!c.id().isEmpty()) {
            headers.put(c.id(), c);
          }
        }
      }
      for (Row row : allRows(t)) {
        for (Cell c : row.cells()) {
          String name = c.field().isEmpty() ? c.computed() : c.field();
          if (name.isEmpty()) {
            continue;
          }
          List<String> rows = new ArrayList<>();
          List<String> columns = new ArrayList<>();
          for (String id : c.headers().split(" ")) {
            Cell h = headers.get(id);
            if (h == null || h.text().isEmpty() || !h.tag().equals("th")) {
              continue;
            }
            List<String> side = h.scope().startsWith("row") ? rows : columns;
            if (!side.contains(h.text())) {
              side.add(h.text());
            }
          }
          out.put(name, new Place(rows, columns));
        }
      }
    }
    return out;
  }

  private static List<Cell> dataCells(List<TableView> tables) {
    List<Cell> out = new ArrayList<>();
    for (TableView t : tables) {
      for (Body b : t.bodies()) {
        b.rows().forEach(r -> out.addAll(r.cells()));
      }
    }
    return out;
  }

  private static List<Row> allRows(TableView t) {
    List<Row> rows = new ArrayList<>(t.head());
    t.bodies().forEach(b -> rows.addAll(b.rows()));
    return rows;
  }
}
