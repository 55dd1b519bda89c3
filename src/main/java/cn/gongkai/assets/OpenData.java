package cn.gongkai.assets;

import cn.gongkai.plan.OutputSink;
import cn.gongkai.plan.UrlScheme;
import cn.gongkai.report.AnnualReport.ActiveEntry;
import cn.gongkai.report.AnnualReport.ApplicationEntry;
import cn.gongkai.report.AnnualReport.ReviewEntry;
import cn.gongkai.report.AnnualReport;
import cn.gongkai.report.ReportSchema.ActiveGroup;
import cn.gongkai.report.ReportSchema;
import cn.gongkai.yaml.Num;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
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
import java.util.Comparator;
import java.util.List;

/**
 * Each report's tables as open data: {@code reports/<year>.json} (every cell with its official row and
 * column labels, computed totals marked) and {@code reports/<year>.csv} (one tidy table: one header
 * line, then one line per cell, {@code 表,分组,行,列,数值,是否计算}; UTF-8 with BOM so spreadsheet programs
 * detect the encoding, CRLF, RFC 4180 quoting). A cell blank as published, and a total that depends on
 * one, is {@code null} in JSON and an empty field in CSV, never 0. Numbers are plain in both (本年增/减
 * 97 and -2, not “+97”).
 *
 * <p>All years together, for comparing: {@code reports/all.csv} is the yearly CSVs' data lines, years
 * ascending, each with {@code 年度,格式} put in front, under one header line; {@code reports/all.json} is
 * {@code {"reports": [...]}} with each year's object exactly as in its {@code <year>.json}, years
 * ascending. An object around the array rather than a bare array, so a field about the whole set can be
 * added later without breaking a program that reads {@code reports}; elements unchanged, so code that
 * reads one year's file reads each element. Both are written only when the site has a report.
 */
public final class OpenData {
  static final String TABLE2 = "表二 主动公开政府信息情况";
  static final String TABLE3 = "表三 收到和处理政府信息公开申请情况";
  static final String TABLE4 = "表四 政府信息公开行政复议、行政诉讼情况";
  private static final String APPLICANTS = "申请人情况";

  /** Made on first use: an ObjectMapper takes tens of milliseconds to start, and a rebuild that keeps the open data never needs one. */
  private static final class Json {
    static final ObjectWriter WRITER =
        new ObjectMapper().writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
  }

  private OpenData() {}

  public static void write(List<AnnualReport> reports, Path out) throws IOException {
    write(reports, out, OutputSink.DIRECT);
  }

  /** The files {@link #write} makes, below the output root. */
  public static List<String> outputs(List<AnnualReport> reports) {
    return UrlScheme.openData(reports.stream().map(AnnualReport::year).toList());
  }

  public static void write(List<AnnualReport> reports, Path out, OutputSink sink) throws IOException {
    Files.createDirectories(out.resolve("reports"));
    for (AnnualReport r : reports) {
      sink.writeString(out.resolve(UrlScheme.reportData(r.year(), "json")), Json.WRITER.writeValueAsString(json(r)) + "\n");
      sink.writeString(out.resolve(UrlScheme.reportData(r.year(), "csv")), "\uFEFF" + csv(r));
    }
    if (!reports.isEmpty()) {
      List<AnnualReport> ascending = ascending(reports);
      sink.writeString(out.resolve(UrlScheme.REPORTS_ALL_JSON), Json.WRITER.writeValueAsString(allJson(ascending)) + "\n");
      sink.writeString(out.resolve(UrlScheme.REPORTS_ALL_CSV), "\uFEFF" + allCsv(ascending));
    }
  }

  /** Years ascending, whatever order the content has them in. */
  static List<AnnualReport> ascending(List<AnnualReport> reports) {
    return reports.stream().sorted(Comparator.comparingInt(AnnualReport::year)).toList();
  }

  // ---- JSON: the document's shape, field by field

  @JsonPropertyOrder({"year", "format", "format_document", "title", "organ", "publisher", "index_no", "generated", "published", "scope", "channel", "signed_on", "tables"})
  record ReportJson(
      int year,
      String format,
      @JsonProperty("format_document") String formatDocument,
      String title,
      String organ,
      String publisher,
      @JsonProperty("index_no") String indexNo,
      String generated,
      String published,
      String scope,
      String channel,
      @JsonProperty("signed_on") @JsonInclude(JsonInclude.Include.NON_NULL) String signedOn,
      List<Object> tables) {}

  @JsonPropertyOrder({"table", "groups"})
  record Table2(String table, List<Group> groups) {}

  @JsonPropertyOrder({"group", "rows"})
  record Group(String group, List<Table2Row> rows) {}

  @JsonPropertyOrder({"label", "key", "cells"})
  record Table2Row(String label, String key, List<CellJson> cells) {}

  @JsonPropertyOrder({"table", "rows", "note"})
  record Table3(String table, List<Table3Row> rows, String note) {}

  @JsonPropertyOrder({"labels", "key", "cells"})
  record Table3Row(List<String> labels, String key, List<CellJson> cells) {}

  @JsonPropertyOrder({"table", "cells"})
  record Table4(String table, List<CellJson> cells) {}

  /**
   * One cell: its column labels from the outermost, its value ({@code null} when blank as published, or
   * computed from a blank), and {@code computed: true} for totals we computed.
   */
  @JsonPropertyOrder({"column", "value", "computed"})
  record CellJson(List<String> column, Number value, @JsonInclude(JsonInclude.Include.NON_NULL) Boolean computed) {
    static CellJson of(List<String> column, BigDecimal value, boolean computed) {
      return new CellJson(column, number(value), computed ? Boolean.TRUE : null);
    }
  }

  /** A whole number as an integer, a decimal without trailing zeros, a blank as null. */
  static Number number(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal v = value.stripTrailingZeros();
    return v.scale() <= 0 ? value.toBigInteger() : v;
  }

  record AllJson(List<ReportJson> reports) {}

  static AllJson allJson(List<AnnualReport> ascending) {
    return new AllJson(ascending.stream().map(OpenData::json).toList());
  }

  static ReportJson json(AnnualReport r) {
    var m = r.meta();
    return new ReportJson(
        r.year(), r.format().id(), r.format().document(), r.title(), r.organ(), m.publisher(), m.indexNo(), String.valueOf(m.generated()),
        String.valueOf(m.published()), m.scope(), m.channel(), r.signedOn() == null ? null : r.signedOn().toString(),
        List.of(table2(r), table3(r), table4(r)));
  }

  private static Table2 table2(AnnualReport r) {
    List<Group> groups = new ArrayList<>();
    for (ActiveGroup g : ReportSchema.activeGroups(r.format())) {
      List<Table2Row> rows = new ArrayList<>();
      for (ActiveEntry e : r.active().of(g)) {
        List<CellJson> cells = new ArrayList<>();
        for (int i = 0; i < e.values().size(); i++) {
          cells.add(CellJson.of(List.of(g.columns().get(i).label()), e.values().get(i).value(), false));
        }
        rows.add(new Table2Row(e.row().label(), e.row().key(), cells));
      }
      groups.add(new Group(g.title(), rows));
    }
    return new Table2(TABLE2, groups);
  }

  private static Table3 table3(AnnualReport r) {
    List<Table3Row> rows = new ArrayList<>();
    for (ApplicationEntry e : r.applications().rows()) {
      if (e.row().equals(ReportSchema.CARRIED_FORWARD_ROW)) {
        rows.add(table3Row(ReportSchema.RESULTS_TOTAL_ROW.labels(), ReportSchema.RESULTS_TOTAL_ROW.path(), r.applications().resultsTotal(), true));
      }
      rows.add(table3Row(e.row().labels(), e.row().path(), e.withTotal(), false));
    }
    return new Table3(TABLE3, rows, ReportSchema.TABLE3_NOTE);
  }

  private static Table3Row table3Row(List<String> labels, String key, List<BigDecimal> values, boolean computedRow) {
    List<CellJson> cells = new ArrayList<>();
    for (int i = 0; i < ReportSchema.COLUMNS_WITH_TOTAL.size(); i++) {
      cells.add(CellJson.of(applicantColumn(i), values.get(i), computedRow || i == 6));
    }
    return new Table3Row(labels, key, cells);
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

  private static Table4 table4(AnnualReport r) {
    List<CellJson> cells = new ArrayList<>();
    List<String> labels = ReportSchema.REVIEW_COLUMN_LABELS;
    for (ReviewEntry e : r.reviews().groups()) {
      List<String> prefix = e.group().parent().isEmpty() ? List.of(e.group().label()) : List.of(e.group().parent(), e.group().label());
      for (int i = 0; i < labels.size(); i++) {
        List<String> column = new ArrayList<>(prefix);
        column.add(labels.get(i));
        BigDecimal v = i < 4 ? e.values().get(i).value() : e.total();
        cells.add(CellJson.of(column, v, i == 4));
      }
    }
    return new Table4(TABLE4, cells);
  }

  /** The CSV's one header line. */
  static final List<String> CSV_HEADER = List.of("表", "分组", "行", "列", "数值", "是否计算");

  /**
   * The all-years CSV's header: {@code 年度}, then {@code 格式} (2019 or 2021), then the yearly header. 格式
   * is there because the two official forms are different tables under partly the same labels (表二's
   * columns are 本年新制作数量/本年新公开数量/对外公开总数量 in 2019 and 本年制发件数/本年废止件数/现行有效件数 in
   * 2021, under other groups; 表三's （六）其他处理 is one row in 2019 and three in 2021): filtering on 表, 行
   * and 列 alone could put numbers that mean different things side by side, or leave a year out without
   * saying why; filtering on 格式 as well keeps to years whose tables are the same.
   */
  static final List<String> ALL_CSV_HEADER = concat(List.of("年度", "格式"), CSV_HEADER);

  static String csv(AnnualReport r) {
    Csv out = new Csv();
    out.row(CSV_HEADER);
    cells(r, out);
    return out.toString();
  }

  /** One header line, then each year's data lines (as in its own CSV) with its year and format in front. */
  static String allCsv(List<AnnualReport> ascending) {
    Csv out = new Csv();
    out.row(ALL_CSV_HEADER);
    for (AnnualReport r : ascending) {
      out.prefix = List.of(String.valueOf(r.year()), r.format().id());
      cells(r, out);
    }
    return out.toString();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  /** Every cell of the report, one line each, in the yearly CSV's order. */
  private static void cells(AnnualReport r, Csv out) {
    for (ActiveGroup g : ReportSchema.activeGroups(r.format())) {
      for (ActiveEntry e : r.active().of(g)) {
        for (int i = 0; i < e.values().size(); i++) {
          out.cell(TABLE2, g.title(), e.row().label(), g.columns().get(i).label(), e.values().get(i).value(), false);
        }
      }
    }
    for (ApplicationEntry e : r.applications().rows()) {
      if (e.row().equals(ReportSchema.CARRIED_FORWARD_ROW)) {
        table3Csv(out, ReportSchema.RESULTS_TOTAL_ROW.labels(), r.applications().resultsTotal(), true);
      }
      table3Csv(out, e.row().labels(), e.withTotal(), false);
    }
    List<String> labels = ReportSchema.REVIEW_COLUMN_LABELS;
    for (ReviewEntry e : r.reviews().groups()) {
      String group = e.group().parent().isEmpty() ? e.group().label() : e.group().parent();
      for (int i = 0; i < labels.size(); i++) {
        out.cell(TABLE4, group, e.group().label(), labels.get(i), i < 4 ? e.values().get(i).value() : e.total(), i == 4);
      }
    }
  }

  private static void table3Csv(Csv out, List<String> labels, List<BigDecimal> values, boolean computedRow) {
    String group = labels.size() == 1 ? "" : String.join("—", labels.subList(0, labels.size() - 1));
    for (int i = 0; i < values.size(); i++) {
      List<String> column = applicantColumn(i);
      out.cell(TABLE3, group, labels.get(labels.size() - 1), String.join("—", column.subList(1, column.size())), values.get(i), computedRow || i == 6);
    }
  }

  /** RFC 4180: CRLF line ends, fields with comma, quote or line break quoted. */
  private static final class Csv {
    private final StringBuilder sb = new StringBuilder();
    /** Fields put in front of every cell's line (the all-years file's 年度 and 格式). */
    private List<String> prefix = List.of();

    /** One line per cell: a blank value is an empty field; 是否计算 是 for totals the generator computed. */
    void cell(String table, String group, String row, String column, BigDecimal value, boolean computed) {
      row(concat(prefix, List.of(table, group, row, column, value == null ? "" : Num.plain(value), computed ? "是" : "否")));
    }

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
