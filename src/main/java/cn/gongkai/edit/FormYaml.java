package cn.gongkai.edit;

import cn.gongkai.importer.Cells.Cell;
import cn.gongkai.importer.Cells.Kind;
import cn.gongkai.importer.Cells.Row;
import cn.gongkai.importer.ReportYaml;
import cn.gongkai.report.ReportFormat;
import cn.gongkai.report.ReportSchema;
import cn.gongkai.report.ReportSchema.ActiveGroup;
import cn.gongkai.report.ReportSchema.ActiveRow;
import cn.gongkai.report.ReportSchema.ApplicationRow;
import cn.gongkai.report.ReportSchema.ReviewGroup;
import cn.gongkai.yaml.MapReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The form's values in the layout of {@link ReportYaml} (that of content/reports/2022.yaml and of
 * {@code import}): the metadata block, then the three tables. A cell typed as a number is written as
 * that number, empty (or {@code ~}) as {@code ~}, {@code 待核对} as itself, anything else double-quoted
 * so that the loader names it (FMT-03). A row with every cell empty is {@code row: ~}, a table with
 * every cell empty {@code table: ~}.
 */
final class FormYaml {
  /** A number as YAML reads one; the loader then says whether this cell may hold it (negative, decimal). */
  private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private FormYaml() {}

  /** The metadata block: year, format, then each field typed (an empty one only where the file on disk has that key). */
  static String meta(ReportForm form, Set<String> keysOnDisk, String headerComment) {
    ReportYaml y = new ReportYaml();
    if (!headerComment.isEmpty()) {
      y.comment(headerComment);
    }
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put("year", String.valueOf(form.year()));
    meta.put("format", "\"" + form.format().id() + "\"");
    for (String key : ReportFields.META) {
      String v = form.value(key).replaceAll("[\\r\\n]+", " ").strip();
      if (!v.isEmpty() || keysOnDisk.contains(key)) {
        meta.put(key, v.isEmpty() ? "\"\"" : ReportFields.DATES.contains(key) && DATE.matcher(v).matches() ? v : ReportYaml.scalar(v));
      }
    }
    y.meta(meta);
    return y.text();
  }

  /** The three tables, a blank line between them. */
  static String tables(ReportForm form) {
    return tables(form.format(), form::value, form.fields().keySet());
  }

  /** The tables with every cell given by {@code cell} (the layout's stock comments are taken from these). */
  static String tables(ReportFormat format, Function<String, String> cell, Set<String> present) {
    ReportYaml y = new ReportYaml();
    y.active(format, active(format, cell));
    y.blankLine();
    y.applications(format, applications(format, cell, present));
    y.blankLine();
    y.reviews(reviews(cell, present));
    return y.text();
  }

  static Cell cell(String typed) {
    String t = typed.strip();
    if (t.isEmpty() || t.equals("~")) {
      return Cell.BLANK;
    }
    if (t.equals(MapReader.TO_VERIFY)) {
      return Cell.VERIFY;
    }
    if (NUMBER.matcher(t).matches()) {
      return new Cell(Kind.READ, t);
    }
    return new Cell(Kind.VERIFY, ReportYaml.quoted(t.replaceAll("[\\r\\n]+", " ")));
  }

  private static ReportYaml.Table active(ReportFormat format, Function<String, String> cell) {
    Map<String, Row> rows = new LinkedHashMap<>();
    for (ActiveGroup g : ReportSchema.activeGroups(format)) {
      for (ActiveRow r : g.rows()) {
        rows.put(r.key(), row(ReportFields.activeRow(r), cell));
      }
    }
    return table(rows);
  }

  private static ReportYaml.Table applications(ReportFormat format, Function<String, String> cell, Set<String> present) {
    Map<String, Row> rows = new LinkedHashMap<>();
    for (ApplicationRow r : ReportFields.applicationRows(format)) {
      List<String> names = ReportFields.row(r).stream().filter(n -> !ReportFields.optional(n) || present.contains(n)).toList();
      if (!names.isEmpty()) {
        rows.put(r.path(), row(names, cell));
      }
    }
    return table(rows);
  }

  /** Table 四 as one row of 3 × 5 cells; a group without a declared 总计 has null there (none written). */
  private static Row reviews(Function<String, String> cell, Set<String> present) {
    List<Cell> cells = new ArrayList<>();
    for (ReviewGroup g : ReportSchema.REVIEW_GROUPS) {
      for (String name : ReportFields.review(g)) {
        cells.add(ReportFields.optional(name) && !present.contains(name) ? null : cell(cell.apply(name)));
      }
    }
    return cells.stream().allMatch(c -> c == null || c.kind() == Kind.BLANK) ? null : new Row(cells, "");
  }

  private static Row row(List<String> names, Function<String, String> cell) {
    return new Row(names.stream().map(n -> cell(cell.apply(n))).toList(), "");
  }

  /** Null (written {@code ~}) when every cell of the table is blank. */
  private static ReportYaml.Table table(Map<String, Row> rows) {
    boolean allBlank = rows.values().stream().flatMap(r -> r.cells().stream()).allMatch(c -> c.kind() == Kind.BLANK);
    return allBlank ? null : new ReportYaml.Table(rows, Map.of());
  }
}
