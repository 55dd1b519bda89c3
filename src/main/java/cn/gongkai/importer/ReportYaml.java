package cn.gongkai.importer;

import cn.gongkai.importer.Cells.Cell;
import cn.gongkai.importer.Cells.Kind;
import cn.gongkai.importer.Cells.Row;
import cn.gongkai.report.ReportFormat;
import cn.gongkai.report.ReportSchema;
import cn.gongkai.report.ReportSchema.ActiveGroup;
import cn.gongkai.report.ReportSchema.ActiveRow;
import cn.gongkai.report.ReportSchema.ApplicationRow;
import cn.gongkai.report.ReportSchema.Field;
import cn.gongkai.report.ReportSchema.ReviewGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code <year>.yaml} in the layout of content/reports/2022.yaml: flow lists and maps, one row
 * per line, a comment per row with its label, and for a cell not read with certainty the raw text.
 * Public for {@code edit}, whose report form writes the same layout (one layout, written once).
 */
public final class ReportYaml {
  private final StringBuilder out = new StringBuilder();
  private int read;
  private int blank;
  private int verify;

  /** Null {@code rows} is a table blank as published ({@code ~}), counted as blank cells. */
  public record Table(Map<String, Row> rows, Map<String, String> notes) {}

  public String text() {
    return out.toString();
  }

  public Tally tally() {
    return new Tally(read, blank, verify);
  }

  public void comment(String text) {
    out.append("# ").append(text).append('\n');
  }

  public void meta(Map<String, String> fields) {
    for (Map.Entry<String, String> e : fields.entrySet()) {
      out.append(e.getKey()).append(": ").append(e.getValue()).append('\n');
    }
  }

  public void blankLine() {
    out.append('\n');
  }

  public void active(ReportFormat format, Table t) {
    List<ActiveGroup> groups = ReportSchema.activeGroups(format);
    String title = "二、主动公开政府信息情况（" + (format == ReportFormat.F2019 ? "2019年试行版格式" : "2021年格式") + "）";
    if (t == null) {
      int cells = groups.stream().flatMap(g -> g.rows().stream()).mapToInt(r -> r.fields().size()).sum();
      blank += cells;
      out.append("# ").append(title).append("：原表未填写数字，按原文记为空白（~）。\n");
      out.append("active: ~\n");
      return;
    }
    out.append(pad("active:", 55)).append("# ").append(title).append('\n');
    int width = groups.stream().flatMap(g -> g.rows().stream()).mapToInt(r -> r.key().length()).max().orElse(0) + 2;
    for (ActiveGroup g : groups) {
      for (ActiveRow r : g.rows()) {
        Row row = t.rows().get(r.key());
        String value;
        if (r.scalar()) {
          value = cell(row.cells().get(0));
        } else if (row.allBlank()) {
          value = "~";
          blank += row.cells().size();
        } else {
          List<String> parts = new ArrayList<>();
          for (int i = 0; i < r.fields().size(); i++) {
            Field f = r.fields().get(i);
            parts.add(f.key() + ": " + cell(row.cells().get(i)));
          }
          value = "{" + String.join(", ", parts) + "}";
        }
        line("  " + pad(r.key() + ":", width) + value, 67, r.label(), t.notes().get(r.key()), row.note());
      }
    }
  }

  public void applications(ReportFormat format, Table t) {
    List<ApplicationRow> rows = new ArrayList<>(ReportSchema.applicationRows(format));
    rows.add(rows.size() - 1, ReportSchema.RESULTS_TOTAL_ROW);
    if (t == null) {
      blank += rows.size() * ReportSchema.COLUMNS_WITH_TOTAL.size();
      out.append("# 三、收到和处理政府信息公开申请情况：原表各行各列（含总计）均未填写数字，按原文记为空白（~），不按 0 录入。\n");
      out.append("applications: ~\n");
      return;
    }
    out.append(pad("applications:", 55)).append("# 三、收到和处理政府信息公开申请情况\n");
    String openGroup = null;
    boolean resultsOpen = false;
    for (ApplicationRow r : rows) {
      Row row = t.rows().get(r.path());
      if (row == null) {
        continue; // （七）总计 not in the original: not written
      }
      String[] parts = r.path().split("\\.");
      String indent;
      String key;
      if (parts.length == 1) {
        indent = "  ";
        key = parts[0];
        openGroup = null;
      } else {
        if (!resultsOpen) {
          out.append("  results:\n");
          resultsOpen = true;
        }
        if (parts.length == 2) {
          indent = "    ";
          key = parts[1];
          openGroup = null;
        } else {
          if (!parts[1].equals(openGroup)) {
            out.append(pad("    " + parts[1] + ":", 55)).append("# ").append(r.labels().get(1)).append('\n');
            openGroup = parts[1];
          }
          indent = "      ";
          key = parts[2];
        }
      }
      String value;
      if (row.allBlank()) {
        value = "~";
        blank += row.cells().size();
      } else {
        List<String> cells = new ArrayList<>();
        row.cells().forEach(c -> cells.add(cell(c)));
        value = "[" + String.join(", ", cells) + "]";
      }
      line(indent + pad(key + ":", 24 - indent.length() + 6) + value, 55, r.label(), t.notes().get(r.path()), row.note());
    }
  }

  public void reviews(Row row) {
    if (row == null) {
      blank += ReportSchema.REVIEW_GROUPS.size() * ReportSchema.REVIEW_COLUMN_LABELS.size();
      out.append("# 四、政府信息公开行政复议、行政诉讼情况：原表各格（含总计）均未填写数字，按原文记为空白（~）。\n");
      out.append("reviews: ~\n");
      return;
    }
    out.append(pad("reviews:", 55)).append("# 四、政府信息公开行政复议、行政诉讼情况").append(row.note().isEmpty() ? "" : "；" + row.note()).append('\n');
    int per = ReportSchema.REVIEW_COLUMN_LABELS.size();
    for (int g = 0; g < ReportSchema.REVIEW_GROUPS.size(); g++) {
      ReviewGroup group = ReportSchema.REVIEW_GROUPS.get(g);
      List<Cell> cells = row.cells().subList(g * per, (g + 1) * per);
      String value;
      if (cells.stream().allMatch(c -> c == null || c.kind() == Kind.BLANK)) {
        value = "~";
        blank += (int) cells.stream().filter(c -> c != null).count();
      } else {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < ReportSchema.REVIEW_COLUMNS.size(); i++) {
          parts.add(ReportSchema.REVIEW_COLUMNS.get(i).key() + ": " + cell(cells.get(i)));
        }
        if (cells.get(per - 1) != null) { // null: no 总计 declared (a form's group), none written
          parts.add("total: " + cell(cells.get(per - 1)));
        }
        value = "{" + String.join(", ", parts) + "}";
      }
      String label = (group.parent().isEmpty() ? "" : group.parent() + "—") + group.label();
      line("  " + pad(group.key() + ":", 25) + value, 90, label, null, "");
    }
  }

  private String cell(Cell c) {
    switch (c.kind()) {
      case READ -> read++;
      case BLANK -> blank++;
      default -> verify++;
    }
    return c.yaml();
  }

  private void line(String code, int column, String label, String note, String rowNote) {
    StringBuilder comment = new StringBuilder(label);
    if (note != null && !note.isEmpty()) {
      comment.append("；").append(note);
    }
    if (!rowNote.isEmpty()) {
      comment.append("；").append(rowNote);
    }
    out.append(pad(code, column)).append(" # ").append(comment.toString().replace('\n', ' ')).append('\n');
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
  }

  /** A YAML scalar for metadata text: plain when safe, double-quoted otherwise. */
  public static String scalar(String s) {
    if (s.matches("[\\p{IsHan}A-Za-z0-9（）()、·_/.\\-]+") && !s.matches("[-.0-9].*|true|false|null|yes|no|on|off|~") ) {
      return s;
    }
    if (s.matches("[0-9A-Za-z][0-9A-Za-z/.\\-]*") && s.matches(".*[A-Za-z/].*") && !s.matches("(?i)true|false|null|yes|no|on|off")) {
      return s; // an 索引号 such as 006383401N/2023-2030837
    }
    return quoted(s);
  }

  /** A double-quoted YAML scalar: the loader reads it back as the very text (a form cell typed as words). */
  public static String quoted(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\');
      }
      b.append(c);
    }
    return b.append('"').toString();
  }
}
