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
   * For each typed cell, how a reader names it: its row and column headers in order, e.g. “三、本年度办理结果 ›
   * （三）不予公开 › 1.属于国家秘密 › 申请人情况 › 法人或其他组织 › 商业企业”. The same for computed cells.
   */
  public static Map<String, String> labels(List<TableView> tables) {
    Map<String, String> out = new LinkedHashMap<>();
    for (TableView t : tables) {
      Map<String, String> headerText = new HashMap<>();
      for (Row row : allRows(t)) {
        for (Cell c : row.cells()) {
          if (!c.id().isEmpty()) {
            headerText.put(c.id(), c.text());
          }
        }
      }
      for (Row row : allRows(t)) {
        for (Cell c : row.cells()) {
          String name = c.field().isEmpty() ? c.computed() : c.field();
          if (name.isEmpty()) {
            continue;
          }
          List<String> parts = new ArrayList<>();
          for (String id : c.headers().split(" ")) {
            String text = headerText.getOrDefault(id, "");
            if (!text.isEmpty() && !parts.contains(text)) {
              parts.add(text);
            }
          }
          out.put(name, String.join(" › ", parts));
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
