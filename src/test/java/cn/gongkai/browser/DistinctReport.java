package cn.gongkai.browser;

import cn.gongkai.report.ReportFormat;
import cn.gongkai.report.ReportSchema;
import cn.gongkai.report.ReportSchema.ActiveGroup;
import cn.gongkai.report.ReportSchema.ActiveRow;
import cn.gongkai.report.ReportSchema.ApplicationRow;
import cn.gongkai.report.ReportSchema.Field;
import cn.gongkai.report.ReportSchema.ReviewGroup;
import cn.gongkai.yaml.ValueKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A consistent report (it passes every error rule) whose every cell of tables 二, 三 and 四, computed totals
 * included, holds a number found nowhere else on the page, so a number on screen names its cell. Alongside
 * the YAML it lists each cell with the labels a reader must see with it.
 */
final class DistinctReport {
  /** One cell: its table (2, 3, 4), the number as printed, its row label, column label and column group. */
  record Cell(int table, String value, String row, String column, String group) {}

  final String yaml;
  final List<Cell> cells = new ArrayList<>();
  private int next;

  DistinctReport(int year, ReportFormat format) {
    StringBuilder y = new StringBuilder();
    String organ = "示例县农业农村局";
    y.append("# 测试用虚构数据：每一格的数字都不相同。\n")
        .append("year: ").append(year).append("\nformat: \"").append(format == ReportFormat.F2021 ? "2021" : "2019").append("\"\n")
        .append("organ: ").append(organ).append("\npublisher: 示例县农业农村局\n")
        .append("index_no: 123456789X/").append(year + 1).append("-0001\n")
        .append("generated: ").append(year + 1).append("-01-20\npublished: ").append(year + 1).append("-01-20\n")
        .append("scope: 全部公开\nchannel: 政府网站\n");
    if (format != (year >= 2021 ? ReportFormat.F2021 : ReportFormat.F2019)) {
      y.append("acknowledged:\n  - rule: FMT-01\n    reason: 测试用\n");
    }
    next = 301;
    y.append("active:\n");
    for (ActiveGroup group : ReportSchema.activeGroups(format)) {
      for (ActiveRow row : group.rows()) {
        List<String> parts = new ArrayList<>();
        for (Field f : row.fields()) {
          String v = f.kind() == ValueKind.AMOUNT ? (next++) + ".25" : Integer.toString(next++);
          parts.add(f.key() + ": " + v);
          String shown = f.kind() == ValueKind.SIGNED ? "+" + v : v;
          cells.add(new Cell(2, shown, row.label(), f.label(), group.title()));
        }
        y.append("  ").append(row.key()).append(": ");
        y.append(row.scalar() ? parts.get(0).substring(parts.get(0).indexOf(": ") + 2) : "{" + String.join(", ", parts) + "}");
        y.append('\n');
      }
    }

    // 三: result rows, 上年结转 and 结转下年度 distinct; 本年新收 made so that 一 + 二 = （七）总计 + 四.
    next = 501;
    List<ApplicationRow> rows = ReportSchema.applicationRows(format);
    Map<ApplicationRow, long[]> values = new LinkedHashMap<>();
    for (ApplicationRow row : rows) {
      if (!row.equals(ReportSchema.RECEIVED_ROW)) {
        long[] v = new long[6];
        for (int c = 0; c < 6; c++) {
          v[c] = next++;
        }
        values.put(row, v);
      }
    }
    long[] resultsTotal = new long[6];
    for (ApplicationRow row : rows) {
      if (row.isResult()) {
        for (int c = 0; c < 6; c++) {
          resultsTotal[c] += values.get(row)[c];
        }
      }
    }
    long[] received = new long[6];
    for (int c = 0; c < 6; c++) {
      received[c] = resultsTotal[c] + values.get(ReportSchema.CARRIED_FORWARD_ROW)[c] - values.get(ReportSchema.CARRIED_OVER_ROW)[c];
    }
    values.put(ReportSchema.RECEIVED_ROW, received);
    y.append("applications:\n");
    String openGroup = null;
    boolean resultsOpen = false;
    for (ApplicationRow row : rows) {
      String[] path = row.path().split("\\.");
      if (path.length > 1 && !resultsOpen) {
        y.append("  results:\n");
        resultsOpen = true;
      }
      if (path.length == 3 && !path[1].equals(openGroup)) {
        y.append("    ").append(path[1]).append(":\n");
        openGroup = path[1];
      }
      y.append("  ".repeat(path.length)).append(path[path.length - 1]).append(": ").append(list(values.get(row))).append('\n');
      if (row.equals(ReportSchema.CARRIED_FORWARD_ROW)) {
        addRow(ReportSchema.RESULTS_TOTAL, resultsTotal);
      }
      addRow(row.label(), values.get(row));
    }

    next = 901;
    y.append("reviews:\n");
    for (ReviewGroup g : ReportSchema.REVIEW_GROUPS) {
      List<String> parts = new ArrayList<>();
      long sum = 0;
      for (Field f : ReportSchema.REVIEW_COLUMNS) {
        int v = next++;
        sum += v;
        parts.add(f.key() + ": " + v);
        cells.add(new Cell(4, Integer.toString(v), "", f.label(), g.label()));
      }
      cells.add(new Cell(4, Long.toString(sum), "", ReportSchema.TOTAL, g.label()));
      y.append("  ").append(g.key()).append(": {").append(String.join(", ", parts)).append("}\n");
    }
    yaml = y.toString();

    Set<String> seen = new HashSet<>();
    for (Cell c : cells) {
      if (!seen.add(c.value())) {
        throw new IllegalStateException("fixture number " + c.value() + " is not unique: " + c);
      }
    }
  }

  private void addRow(String label, long[] v) {
    long sum = 0;
    for (int c = 0; c < 6; c++) {
      sum += v[c];
      cells.add(new Cell(3, Long.toString(v[c]), label, ReportSchema.APPLICANT_COLUMNS.get(c), ""));
    }
    cells.add(new Cell(3, Long.toString(sum), label, ReportSchema.TOTAL, ""));
  }

  private static String list(long[] v) {
    StringBuilder s = new StringBuilder("[");
    for (int i = 0; i < v.length; i++) {
      s.append(i > 0 ? ", " : "").append(v[i]);
    }
    return s.append(']').toString();
  }

  /** The narrative: the three narrative sections, nothing else. */
  static String markdown(int year) {
    return "## 一、总体情况\n\n本段为测试用虚构文字，" + year + "年度工作按要求开展。\n\n"
        + "## 五、存在的主要问题及改进情况\n\n测试用虚构文字：公开内容还不够全面，下一步将逐项梳理并按期补充完善各栏目内容。\n\n"
        + "## 六、其他需要报告的事项\n\n本年度未收取信息处理费。\n";
  }
}
