package cn.gongkai.render;

import cn.gongkai.render.TableView.Body;
import cn.gongkai.render.TableView.Cell;
import cn.gongkai.render.TableView.Row;
import cn.gongkai.report.AnnualReport.ActiveEntry;
import cn.gongkai.report.AnnualReport.ApplicationEntry;
import cn.gongkai.report.AnnualReport.ReviewEntry;
import cn.gongkai.report.AnnualReport;
import cn.gongkai.report.ReportSchema.ActiveGroup;
import cn.gongkai.report.ReportSchema.Field;
import cn.gongkai.report.ReportSchema;
import cn.gongkai.yaml.Num;
import cn.gongkai.yaml.ValueKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds tables 二, 三 and 四 in the layout of the official formats: labels, merged cells, header scopes. */
final class ReportTables {
  private static final int TABLE2_VALUE_COLUMNS = 3;
  /** Under a table with a cell blank as published (after “编者注：”). */
  static final String BLANK_NOTE = "原表此处未填写数字。";

  private ReportTables() {}

  /** Column spans of a group with n value columns in the 3-value-column table: the last one fills. */
  static int[] spans(int n) {
    int[] spans = new int[n];
    Arrays.fill(spans, 1);
    spans[n - 1] = TABLE2_VALUE_COLUMNS - (n - 1);
    return spans;
  }

  static TableView active(AnnualReport r) {
    List<Body> bodies = new ArrayList<>();
    for (ActiveGroup group : ReportSchema.activeGroups(r.format())) {
      List<Row> rows = new ArrayList<>();
      rows.add(new Row(List.of(Cell.th(group.title(), "rowgroup").span(1 + TABLE2_VALUE_COLUMNS, 1).css("group"))));
      List<Field> columns = group.columns();
      int[] spans = spans(columns.size());
      List<Cell> header = new ArrayList<>();
      header.add(Cell.th("信息内容", "col"));
      for (int i = 0; i < columns.size(); i++) {
        header.add(Cell.th(columns.get(i).label(), "col").span(spans[i], 1));
      }
      rows.add(new Row(header));
      for (ActiveEntry e : r.active().of(group)) {
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.th(e.row().label(), "row"));
        for (int i = 0; i < e.values().size(); i++) {
          cells.add(value(columns.get(i).kind(), e.values().get(i).value()).span(spans[i], 1));
        }
        rows.add(new Row(cells));
      }
      bodies.add(new Body(rows));
    }
    boolean blank = r.active().rows().stream().anyMatch(e -> e.values().stream().anyMatch(Num::isBlank));
    return new TableView("table-2", "主动公开政府信息情况", List.of(), bodies, note(blank));
  }

  static TableView applications(AnnualReport r) {
    List<Row> head = new ArrayList<>();
    head.add(
        new Row(
            List.of(
                new Cell("td", ReportSchema.TABLE3_NOTE, "", 3, 3, "note"),
                Cell.th("申请人情况", "colgroup").span(7, 1))));
    head.add(
        new Row(
            List.of(
                Cell.th(ReportSchema.APPLICANT_COLUMNS.get(0), "col").span(1, 2),
                Cell.th(ReportSchema.LEGAL_PERSONS, "colgroup").span(5, 1),
                Cell.th(ReportSchema.TOTAL, "col").span(1, 2))));
    List<Cell> legal = new ArrayList<>();
    for (String col : ReportSchema.APPLICANT_COLUMNS.subList(1, 6)) {
      legal.add(Cell.th(col, "col"));
    }
    head.add(new Row(legal));

    List<Row> rows = new ArrayList<>();
    int resultRows = ReportSchema.resultRowCount(r.format());
    boolean resultsOpened = false;
    String openGroup = null;
    List<ApplicationEntry> table = r.applications().rows();
    for (ApplicationEntry e : table) {
      List<String> labels = e.row().labels();
      if (e.row().equals(ReportSchema.CARRIED_FORWARD_ROW)) {
        rows.add(resultsTotalRow(r));
      }
      List<Cell> cells = new ArrayList<>();
      if (labels.size() == 1) {
        cells.add(Cell.th(labels.get(0), "row").span(3, 1));
      } else {
        if (!resultsOpened) {
          cells.add(Cell.th(ReportSchema.RESULTS, "rowgroup").span(1, resultRows).css("vertical"));
          resultsOpened = true;
        }
        if (labels.size() == 2) {
          cells.add(Cell.th(labels.get(1), "row").span(2, 1));
          openGroup = null;
        } else {
          if (!labels.get(1).equals(openGroup)) {
            long size = table.stream().filter(x -> x.row().labels().size() == 3 && x.row().labels().get(1).equals(labels.get(1))).count();
            cells.add(Cell.th(labels.get(1), "rowgroup").span(1, (int) size));
            openGroup = labels.get(1);
          }
          cells.add(Cell.th(labels.get(2), "row"));
        }
      }
      for (BigDecimal v : e.withTotal()) {
        cells.add(value(ValueKind.COUNT, v));
      }
      rows.add(new Row(cells));
    }
    boolean blank = table.stream().anyMatch(ApplicationEntry::hasBlank);
    return new TableView("table-3", "收到和处理政府信息公开申请情况", head, List.of(new Body(rows)), note(blank));
  }

  private static Row resultsTotalRow(AnnualReport r) {
    List<Cell> cells = new ArrayList<>();
    cells.add(Cell.th(ReportSchema.RESULTS_TOTAL, "row").span(2, 1));
    for (BigDecimal v : r.applications().resultsTotal()) {
      cells.add(value(ValueKind.COUNT, v));
    }
    return new Row(cells);
  }

  static TableView reviews(AnnualReport r) {
    List<Row> head = new ArrayList<>();
    head.add(new Row(List.of(Cell.th("行政复议", "colgroup").span(5, 1), Cell.th("行政诉讼", "colgroup").span(10, 1))));
    List<Cell> second = new ArrayList<>();
    for (String label : ReportSchema.REVIEW_COLUMN_LABELS) {
      second.add(Cell.th(label, "col").span(1, 2));
    }
    second.add(Cell.th(ReportSchema.REVIEW_GROUPS.get(1).label(), "colgroup").span(5, 1));
    second.add(Cell.th(ReportSchema.REVIEW_GROUPS.get(2).label(), "colgroup").span(5, 1));
    head.add(new Row(second));
    List<Cell> third = new ArrayList<>();
    for (int g = 0; g < 2; g++) {
      for (String label : ReportSchema.REVIEW_COLUMN_LABELS) {
        third.add(Cell.th(label, "col"));
      }
    }
    head.add(new Row(third));
    List<Cell> data = new ArrayList<>();
    for (ReviewEntry e : r.reviews().groups()) {
      for (Num n : e.values()) {
        data.add(value(ValueKind.COUNT, n.value()));
      }
      data.add(value(ValueKind.COUNT, e.total()));
    }
    boolean blank = r.reviews().groups().stream().anyMatch(ReviewEntry::hasBlank);
    return new TableView("table-4", "政府信息公开行政复议、行政诉讼情况", head, List.of(new Body(List.of(new Row(data)))), note(blank));
  }

  /** A value cell: the number as its kind shows it, or an empty cell when blank as published (or computed from a blank). */
  private static Cell value(ValueKind kind, BigDecimal v) {
    return v == null ? Cell.blank() : Cell.number(kind.format(v));
  }

  private static String note(boolean blank) {
    return blank ? BLANK_NOTE : "";
  }
}
