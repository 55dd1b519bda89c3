package cn.gongkai.render;

import cn.gongkai.render.TableView.Body;
import cn.gongkai.render.TableView.Card;
import cn.gongkai.render.TableView.CardValue;
import cn.gongkai.render.TableView.Cell;
import cn.gongkai.render.TableView.Row;
import cn.gongkai.report.AnnualReport.ActiveEntry;
import cn.gongkai.report.AnnualReport.ApplicationEntry;
import cn.gongkai.report.AnnualReport.ReviewEntry;
import cn.gongkai.report.AnnualReport;
import cn.gongkai.report.ReportSchema.ActiveGroup;
import cn.gongkai.report.ReportSchema.Field;
import cn.gongkai.report.ReportSchema.ReviewGroup;
import cn.gongkai.report.ReportSchema;
import cn.gongkai.yaml.Num;
import cn.gongkai.yaml.ValueKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds tables 二, 三 and 四 in the layout of the official formats (labels, merged cells, header scopes,
 * each data cell's {@code headers}), and the same numbers as cards for narrow screens.
 */
final class ReportTables {
  private static final int TABLE2_VALUE_COLUMNS = 3;
  private static final String CONTEXT_SEPARATOR = " › ";
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
    List<Card> cards = new ArrayList<>();
    List<ActiveGroup> groups = ReportSchema.activeGroups(r.format());
    for (int g = 0; g < groups.size(); g++) {
      ActiveGroup group = groups.get(g);
      String groupId = "t2-g" + (g + 1);
      List<Row> rows = new ArrayList<>();
      // The group title looks like one full-width row, as in the official table; it is a row-group header
      // over the first column with an empty cell beside it, so the table's first row is not a fake caption.
      rows.add(new Row(List.of(Cell.th(group.title(), "rowgroup").id(groupId).css("group"), Cell.filler(TABLE2_VALUE_COLUMNS))));
      List<Field> columns = group.columns();
      int[] spans = spans(columns.size());
      List<Cell> header = new ArrayList<>();
      header.add(Cell.th("信息内容", "col").id(groupId + "-label"));
      for (int i = 0; i < columns.size(); i++) {
        header.add(Cell.th(columns.get(i).label(), "col").span(spans[i], 1).id(groupId + "-c" + (i + 1)));
      }
      rows.add(new Row(header));
      List<ActiveEntry> entries = r.active().of(group);
      for (int j = 0; j < entries.size(); j++) {
        ActiveEntry e = entries.get(j);
        String rowId = groupId + "-r" + (j + 1);
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.th(e.row().label(), "row").id(rowId));
        List<CardValue> values = new ArrayList<>();
        for (int i = 0; i < e.values().size(); i++) {
          String text = text(columns.get(i).kind(), e.values().get(i).value());
          String field = "active." + e.row().key() + (e.row().scalar() ? "" : "." + columns.get(i).key());
          cells.add(value(text, groupId + " " + rowId + " " + groupId + "-c" + (i + 1)).span(spans[i], 1).field(field));
          values.add(new CardValue(columns.get(i).label(), text));
        }
        rows.add(new Row(cells));
        cards.add(new Card(group.title(), e.row().label(), values));
      }
      bodies.add(new Body(rows));
    }
    boolean blank = r.active().rows().stream().anyMatch(e -> e.values().stream().anyMatch(Num::isBlank));
    return new TableView("table-2", "主动公开政府信息情况", List.of(), bodies, "", cards, note(blank));
  }

  static TableView applications(AnnualReport r) {
    List<String> columns = ReportSchema.COLUMNS_WITH_TOTAL;
    List<Row> head = new ArrayList<>();
    head.add(
        new Row(
            List.of(
                new Cell("td", List.of(ReportSchema.TABLE3_NOTE), "", 3, 3, "note", "", "t3-applicant", "", ""),
                Cell.th("申请人情况", "colgroup").span(7, 1).id("t3-applicant"))));
    head.add(
        new Row(
            List.of(
                Cell.th(columns.get(0), "col").span(1, 2).id("t3-c1"),
                Cell.th(ReportSchema.LEGAL_PERSONS, "colgroup").span(5, 1).id("t3-legal"),
                Cell.th(ReportSchema.TOTAL, "col").span(1, 2).id("t3-c7"))));
    List<Cell> legal = new ArrayList<>();
    for (int c = 1; c < 6; c++) {
      legal.add(Cell.th(columns.get(c), "col").id("t3-c" + (c + 1)));
    }
    head.add(new Row(legal));

    List<Row> rows = new ArrayList<>();
    List<Card> cards = new ArrayList<>();
    int resultRows = ReportSchema.resultRowCount(r.format());
    boolean resultsOpened = false;
    String openGroup = null;
    String openGroupId = "";
    int groupCount = 0;
    List<ApplicationEntry> table = r.applications().rows();
    for (int k = 0; k < table.size(); k++) {
      ApplicationEntry e = table.get(k);
      List<String> labels = e.row().labels();
      if (e.row().equals(ReportSchema.CARRIED_FORWARD_ROW)) {
        String rowId = "t3-results-total";
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.th(ReportSchema.RESULTS_TOTAL, "row").span(2, 1).id(rowId));
        addNumbers(cells, cards, r.applications().resultsTotal(), "t3-results " + rowId, ReportSchema.RESULTS, ReportSchema.RESULTS_TOTAL, "");
        rows.add(new Row(cells));
      }
      String rowId = "t3-r" + (k + 1);
      List<Cell> cells = new ArrayList<>();
      String rowHeaders;
      String context;
      if (labels.size() == 1) {
        cells.add(Cell.th(labels.get(0), "row").span(3, 1).id(rowId));
        rowHeaders = rowId;
        context = "";
      } else {
        if (!resultsOpened) {
          cells.add(Cell.th(ReportSchema.RESULTS, "rowgroup").span(1, resultRows).css("vertical").id("t3-results"));
          resultsOpened = true;
        }
        if (labels.size() == 2) {
          cells.add(Cell.th(labels.get(1), "row").span(2, 1).id(rowId));
          openGroup = null;
          rowHeaders = "t3-results " + rowId;
          context = ReportSchema.RESULTS;
        } else {
          if (!labels.get(1).equals(openGroup)) {
            long size = table.stream().filter(x -> x.row().labels().size() == 3 && x.row().labels().get(1).equals(labels.get(1))).count();
            openGroupId = "t3-g" + (++groupCount);
            cells.add(Cell.th(labels.get(1), "rowgroup").span(1, (int) size).id(openGroupId));
            openGroup = labels.get(1);
          }
          cells.add(Cell.th(labels.get(2), "row").id(rowId));
          rowHeaders = "t3-results " + openGroupId + " " + rowId;
          context = ReportSchema.RESULTS + CONTEXT_SEPARATOR + labels.get(1);
        }
      }
      addNumbers(cells, cards, e.withTotal(), rowHeaders, context, labels.get(labels.size() - 1), e.row().path());
      rows.add(new Row(cells));
    }
    String lead =
        "下面每一块是表中的一行，列出这一行自然人、法人或其他组织（商业企业、科研机构、社会公益组织、法律服务机构、其他）"
            + "和总计的数字。每一列的勾稽关系：第一项加第二项之和，等于第三项加第四项之和。";
    boolean blank = table.stream().anyMatch(ApplicationEntry::hasBlank);
    return new TableView("table-3", "收到和处理政府信息公开申请情况", head, List.of(new Body(rows)), lead, cards, note(blank));
  }

  /**
   * The seven numbers of a table-三 row, in the table and as one card. {@code path} is the row's path in
   * the data (its six cells are typed; the 总计 is computed), empty for the computed （七）总计 row.
   */
  private static void addNumbers(
      List<Cell> cells, List<Card> cards, List<BigDecimal> values, String rowHeaders, String context, String label, String path) {
    List<String> columns = ReportSchema.COLUMNS_WITH_TOTAL;
    List<CardValue> cardValues = new ArrayList<>();
    for (int c = 0; c < values.size(); c++) {
      String text = text(ValueKind.COUNT, values.get(c));
      String columnHeaders = "t3-applicant " + (c >= 1 && c <= 5 ? "t3-legal " : "") + "t3-c" + (c + 1);
      Cell cell = value(text, rowHeaders + " " + columnHeaders);
      if (path.isEmpty()) {
        cell = cell.computed("sum:applications.results.total." + c);
      } else if (c == values.size() - 1) {
        cell = cell.computed("sum:applications." + path);
      } else {
        cell = cell.field("applications." + path + "." + c);
      }
      cells.add(cell);
      cardValues.add(new CardValue(columns.get(c), text));
    }
    cards.add(new Card(context, label, cardValues));
  }

  static TableView reviews(AnnualReport r) {
    List<String> labels = ReportSchema.REVIEW_COLUMN_LABELS;
    List<ReviewGroup> groups = ReportSchema.REVIEW_GROUPS;
    String[] groupIds = {"t4-review", "t4-direct", "t4-after"};
    List<Row> head = new ArrayList<>();
    head.add(
        new Row(
            List.of(
                Cell.th(groups.get(0).label(), "colgroup").span(5, 1).id("t4-review"),
                Cell.th(groups.get(1).parent(), "colgroup").span(10, 1).id("t4-litigation"))));
    List<Cell> second = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      second.add(Cell.th(labels.get(i), "col").span(1, 2).id("t4-review-c" + (i + 1)));
    }
    second.add(Cell.th(groups.get(1).label(), "colgroup").span(5, 1).id("t4-direct"));
    second.add(Cell.th(groups.get(2).label(), "colgroup").span(5, 1).id("t4-after"));
    head.add(new Row(second));
    List<Cell> third = new ArrayList<>();
    for (int g = 1; g < 3; g++) {
      for (int i = 0; i < labels.size(); i++) {
        third.add(Cell.th(labels.get(i), "col").id(groupIds[g] + "-c" + (i + 1)));
      }
    }
    head.add(new Row(third));
    List<Cell> data = new ArrayList<>();
    List<Card> cards = new ArrayList<>();
    List<ReviewEntry> entries = r.reviews().groups();
    for (int g = 0; g < entries.size(); g++) {
      ReviewEntry e = entries.get(g);
      List<BigDecimal> values = new ArrayList<>(e.values().stream().map(Num::value).toList());
      values.add(e.total());
      String groupHeaders = g == 0 ? groupIds[0] : "t4-litigation " + groupIds[g];
      List<CardValue> cardValues = new ArrayList<>();
      for (int i = 0; i < values.size(); i++) {
        String text = text(ValueKind.COUNT, values.get(i));
        Cell cell = value(text, groupHeaders + " " + groupIds[g] + "-c" + (i + 1));
        String name = "reviews." + e.group().key() + ".";
        data.add(i < ReportSchema.REVIEW_COLUMNS.size() ? cell.field(name + ReportSchema.REVIEW_COLUMNS.get(i).key()) : cell.computed("sum:reviews." + e.group().key()));
        cardValues.add(new CardValue(labels.get(i), text));
      }
      cards.add(new Card(e.group().parent(), e.group().label(), cardValues));
    }
    boolean blank = entries.stream().anyMatch(ReviewEntry::hasBlank);
    return new TableView(
        "table-4", "政府信息公开行政复议、行政诉讼情况", head, List.of(new Body(List.of(new Row(data)))), "", cards, note(blank));
  }

  /** A number as its kind shows it; empty when blank as published (or computed from a blank). */
  private static String text(ValueKind kind, BigDecimal v) {
    return v == null ? "" : kind.format(v);
  }

  private static Cell value(String text, String headers) {
    return text.isEmpty() ? Cell.blank(headers) : Cell.number(text, headers);
  }

  private static String note(boolean blank) {
    return blank ? BLANK_NOTE : "";
  }
}
