package cn.gongkai.assets;

import cn.gongkai.data.AnnualReport;
import cn.gongkai.data.AnnualReport.ActiveEntry;
import cn.gongkai.data.AnnualReport.ApplicationEntry;
import cn.gongkai.data.AnnualReport.ReviewEntry;
import cn.gongkai.data.ReportSchema;
import cn.gongkai.data.ReportSchema.ActiveGroup;
import cn.gongkai.data.ReportSchema.ApplicationRow;
import cn.gongkai.render.ReportTables;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each report's tables as open data: {@code reports/<year>.json} (every cell with its official row and
 * column labels, computed totals marked) and {@code reports/<year>.csv} (one line per table row, UTF-8
 * with BOM so spreadsheet programs detect the encoding).
 */
public final class OpenData {
  static final String TABLE2 = "表二 主动公开政府信息情况";
  static final String TABLE3 = "表三 收到和处理政府信息公开申请情况";
  static final String TABLE4 = "表四 政府信息公开行政复议、行政诉讼情况";
  private static final String APPLICANTS = "申请人情况";

  private static final ObjectWriter JSON =
      new ObjectMapper()
          .writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

  private OpenData() {}

  public static void write(List<AnnualReport> reports, Path out) throws IOException {
    Path folder = Files.createDirectories(out.resolve("reports"));
    for (AnnualReport r : reports) {
      Files.writeString(folder.resolve(r.year() + ".json"), JSON.writeValueAsString(json(r)) + "\n", StandardCharsets.UTF_8);
      Files.writeString(folder.resolve(r.year() + ".csv"), "\uFEFF" + csv(r), StandardCharsets.UTF_8);
    }
  }

  static Map<String, Object> json(AnnualReport r) {
    Map<String, Object> root = new LinkedHashMap<>();
    AnnualReport.Meta m = r.meta();
    root.put("year", r.year());
    root.put("format", r.format().id());
    root.put("format_document", r.format().document());
    root.put("title", m.title());
    root.put("organ", m.organ());
    root.put("publisher", m.publisher());
    root.put("index_no", m.indexNo());
    root.put("generated", String.valueOf(m.generated()));
    root.put("published", String.valueOf(m.published()));
    root.put("scope", m.scope());
    root.put("channel", m.channel());
    if (m.signedOn() != null) {
      root.put("signed_on", m.signedOn().toString());
    }
    List<Object> tables = new ArrayList<>();
    tables.add(table2(r));
    tables.add(table3(r));
    tables.add(table4(r));
    root.put("tables", tables);
    return root;
  }

  private static Map<String, Object> table2(AnnualReport r) {
    List<Object> groups = new ArrayList<>();
    for (ActiveGroup g : ReportSchema.activeGroups(r.format())) {
      List<Object> rows = new ArrayList<>();
      for (ActiveEntry e : r.active()) {
        if (e.group() != g) {
          continue;
        }
        List<Object> cells = new ArrayList<>();
        for (int i = 0; i < e.values().size(); i++) {
          cells.add(cell(List.of(g.columns().get(i).label()), e.values().get(i).value(), false));
        }
        Map<String, Object> row = ordered("label", e.row().label(), "key", e.row().key());
        row.put("cells", cells);
        rows.add(row);
      }
      groups.add(ordered("group", g.title(), "rows", rows));
    }
    return ordered("table", TABLE2, "groups", groups);
  }

  private static Map<String, Object> table3(AnnualReport r) {
    List<Object> rows = new ArrayList<>();
    for (ApplicationEntry e : r.applications()) {
      if (e.row().path().equals("carried_forward")) {
        rows.add(table3Row(List.of(ReportSchema.RESULTS, ReportSchema.RESULTS_TOTAL), "results.total", r.resultsTotal(), true));
      }
      rows.add(table3Row(e.row().labels(), e.row().path(), e.withTotal(), false));
    }
    Map<String, Object> t = ordered("table", TABLE3, "rows", rows);
    t.put("note", ReportSchema.TABLE3_NOTE);
    return t;
  }

  private static Map<String, Object> table3Row(List<String> labels, String key, List<BigDecimal> values, boolean computedRow) {
    List<Object> cells = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      cells.add(cell(applicantColumn(i), values.get(i), computedRow || i == 6));
    }
    Map<String, Object> row = ordered("labels", labels, "key", key);
    row.put("cells", cells);
    return row;
  }

  static List<String> applicantColumn(int i) {
    if (i == 0) {
      return List.of(APPLICANTS, ReportSchema.APPLICANT_COLUMNS.get(0));
    }
    if (i == 6) {
      return List.of(APPLICANTS, ReportSchema.TOTAL);
    }
    return List.of(APPLICANTS, ReportSchema.LEGAL_PERSONS, ReportSchema.APPLICANT_COLUMNS.get(i));
  }

  private static Map<String, Object> table4(AnnualReport r) {
    List<Object> cells = new ArrayList<>();
    List<String> labels = ReportTables.reviewColumnLabels();
    for (ReviewEntry e : r.reviews()) {
      List<String> prefix = e.group().parent().isEmpty() ? List.of(e.group().label()) : List.of(e.group().parent(), e.group().label());
      for (int i = 0; i < 5; i++) {
        List<String> column = new ArrayList<>(prefix);
        column.add(labels.get(i));
        BigDecimal v = i < 4 ? e.values().get(i).value() : e.total();
        cells.add(cell(column, v, i == 4));
      }
    }
    return ordered("table", TABLE4, "cells", cells);
  }

  private static Map<String, Object> cell(List<String> column, BigDecimal value, boolean computed) {
    Map<String, Object> c = ordered("column", column, "value", value.stripTrailingZeros().scale() <= 0 ? value.toBigInteger() : value.stripTrailingZeros());
    if (computed) {
      c.put("computed", true);
    }
    return c;
  }

  private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(k1, v1);
    m.put(k2, v2);
    return m;
  }

  static String csv(AnnualReport r) {
    Csv out = new Csv();
    for (ActiveGroup g : ReportSchema.activeGroups(r.format())) {
      List<String> header = new ArrayList<>(List.of(TABLE2, g.title(), "信息内容"));
      g.columns().forEach(c -> header.add(c.label()));
      out.row(header);
      for (ActiveEntry e : r.active()) {
        if (e.group() == g) {
          List<String> row = new ArrayList<>(List.of(TABLE2, g.title(), e.row().label()));
          for (int i = 0; i < e.values().size(); i++) {
            row.add(ReportTables.format(e.values().get(i).value(), g.columns().get(i).kind()));
          }
          out.row(row);
        }
      }
    }
    List<String> header3 = new ArrayList<>(List.of(TABLE3, "", ReportSchema.TABLE3_NOTE));
    for (int i = 0; i < 7; i++) {
      header3.add(String.join("—", applicantColumn(i).subList(1, applicantColumn(i).size())));
    }
    out.row(header3);
    for (ApplicationEntry e : r.applications()) {
      if (e.row().path().equals("carried_forward")) {
        out.row(table3CsvRow(List.of(ReportSchema.RESULTS, ReportSchema.RESULTS_TOTAL), r.resultsTotal()));
      }
      out.row(table3CsvRow(e.row().labels(), e.withTotal()));
    }
    List<String> header4 = new ArrayList<>(List.of(TABLE4, "", ""));
    List<String> row4 = new ArrayList<>(List.of(TABLE4, "", "本年度"));
    List<String> labels = ReportTables.reviewColumnLabels();
    for (ReviewEntry e : r.reviews()) {
      String prefix = (e.group().parent().isEmpty() ? "" : e.group().parent() + "—") + e.group().label();
      for (int i = 0; i < 5; i++) {
        header4.add(prefix + "—" + labels.get(i));
        row4.add(plain(i < 4 ? e.values().get(i).value() : e.total()));
      }
    }
    out.row(header4);
    out.row(row4);
    return out.toString();
  }

  private static List<String> table3CsvRow(List<String> labels, List<BigDecimal> values) {
    String group = labels.size() == 1 ? "" : String.join("—", labels.subList(0, labels.size() - 1));
    List<String> row = new ArrayList<>(List.of(TABLE3, group, labels.get(labels.size() - 1)));
    values.forEach(v -> row.add(plain(v)));
    return row;
  }

  private static String plain(BigDecimal v) {
    return cn.gongkai.data.Num.plain(v);
  }

  /** RFC 4180: CRLF line ends, fields with comma, quote or line break quoted. */
  private static final class Csv {
    private final StringBuilder sb = new StringBuilder();

    void row(List<String> fields) {
      for (int i = 0; i < fields.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        String f = fields.get(i);
        if (f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r")) {
          sb.append('"').append(f.replace("\"", "\"\"")).append('"');
        } else {
          sb.append(f);
        }
      }
      sb.append("\r\n");
    }

    @Override
    public String toString() {
      return sb.toString();
    }
  }
}
