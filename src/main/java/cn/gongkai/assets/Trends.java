package cn.gongkai.assets;

import cn.gongkai.report.AnnualReport;
import cn.gongkai.report.AnnualReport.ActiveEntry;
import cn.gongkai.report.AnnualReport.ApplicationEntry;
import cn.gongkai.report.AnnualReport.ReviewEntry;
import cn.gongkai.report.ReportFormat;
import cn.gongkai.report.ReportSchema;
import cn.gongkai.report.ReportSchema.Field;
import cn.gongkai.yaml.Num;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The figures the reports index charts across the years: only those that mean the same in both
 * formats (国办公开办函〔2019〕60号 and 〔2021〕30号). A year whose cells are blank as published or
 * {@code 待核对}, or whose format has no such figure, is a gap with its reason, never 0.
 */
public final class Trends {
  static final String UNIT = "件";
  static final String APPLICATIONS = "依申请公开";
  static final String RESULTS = "办理结果";
  static final String REVIEWS = "复议诉讼";
  static final String ACTIVE = "主动公开";
  /** Why 现行有效件数 has no 2019-format value: 对外公开总数量 counts what is published, not what is in force. */
  static final String NOT_IN_FORCE = "（其“对外公开总数量”含义不同）";

  private static final List<Figure> FIGURES =
      List.of(
          new Figure("received", APPLICATIONS, "本年新收政府信息公开申请数量", r -> applications(r, "received")),
          new Figure("disclosed", RESULTS, "办理结果：予以公开", r -> applications(r, "results.disclosed")),
          new Figure("partially_disclosed", RESULTS, "办理结果：部分公开", r -> applications(r, "results.partially_disclosed")),
          new Figure("withheld", RESULTS, "办理结果：不予公开", r -> applications(r, "results.withheld")),
          new Figure("unavailable", RESULTS, "办理结果：无法提供", r -> applications(r, "results.unavailable")),
          new Figure("not_handled", RESULTS, "办理结果：不予处理", r -> applications(r, "results.not_handled")),
          new Figure("other", RESULTS, "办理结果：其他处理", r -> applications(r, "results.other")),
          new Figure("carried_forward", APPLICATIONS, "结转下年度继续办理", r -> applications(r, "carried_forward")),
          new Figure("review", REVIEWS, "行政复议（总计）", r -> reviews(r, true)),
          new Figure("litigation", REVIEWS, "行政诉讼（总计）", r -> reviews(r, false)),
          new Figure("regulations_issued", ACTIVE, "规章：本年制发件数", r -> active(r, ReportSchema.REGULATIONS, "issued", "created")),
          new Figure(
              "normative_documents_issued", ACTIVE, "规范性文件：本年制发件数",
              r -> active(r, ReportSchema.NORMATIVE_DOCUMENTS, "issued", "created")),
          new Figure("licensing", ACTIVE, "行政许可：处理决定数量", r -> active(r, "licensing", "value", "decisions")),
          new Figure("penalty", ACTIVE, "行政处罚：处理决定数量", r -> active(r, "penalty", "value", "decisions")),
          new Figure("coercion", ACTIVE, "行政强制：处理决定数量", r -> active(r, "coercion", "value", "decisions")),
          new Figure("regulations_in_force", ACTIVE, "规章：现行有效件数", r -> inForce(r, ReportSchema.REGULATIONS)),
          new Figure(
              "normative_documents_in_force", ACTIVE, "规范性文件：现行有效件数",
              r -> inForce(r, ReportSchema.NORMATIVE_DOCUMENTS)));

  private Trends() {}

  /** Every figure, in the index's order, over {@code reports} (of one site, in any order). */
  public static List<Trend> of(List<AnnualReport> reports) {
    List<AnnualReport> byYear = reports.stream().sorted(Comparator.comparingInt(AnnualReport::year)).toList();
    List<Trend> out = new ArrayList<>();
    for (Figure f : FIGURES) {
      List<TrendPoint> points = byYear.stream().map(r -> f.source().apply(r).point(r.year())).toList();
      out.add(new Trend(f.id(), f.group(), f.title(), UNIT, points, TrendNote.of(points)));
    }
    return List.copyOf(out);
  }

  /** One figure: how to find its cells in a report. */
  private record Figure(String id, String group, String title, Function<AnnualReport, Cells> source) {}

  /** What one report holds for a figure: the cells to add up, or why its format has none. */
  private record Cells(List<Num> nums, String absent) {
    static Cells of(List<Num> nums) {
      return new Cells(List.copyOf(nums), "");
    }

    static Cells absent(ReportFormat format, String detail) {
      String name = format == ReportFormat.F2019 ? "2019年试行格式" : "2021年格式";
      return new Cells(List.of(), "该年采用" + name + "，没有此项" + detail);
    }

    /** The sum; 待核对 wins over blank, since the number exists but was not read with certainty. */
    TrendPoint point(int year) {
      if (!absent.isEmpty()) {
        return new TrendPoint(year, null, absent);
      }
      if (nums.stream().anyMatch(Num::toVerify)) {
        return new TrendPoint(year, null, TrendPoint.TO_VERIFY);
      }
      if (nums.stream().anyMatch(Num::isBlank)) {
        return new TrendPoint(year, null, TrendPoint.BLANK);
      }
      return new TrendPoint(year, nums.stream().map(Num::value).reduce(BigDecimal.ZERO, BigDecimal::add), "");
    }
  }

  /** Table 三: the six applicant columns of the row at {@code path} and of every row under it (其 总计). */
  private static Cells applications(AnnualReport r, String path) {
    List<Num> nums = new ArrayList<>();
    for (ApplicationEntry e : r.applications().rows()) {
      String p = e.row().path();
      if (p.equals(path) || p.startsWith(path + ".")) {
        nums.addAll(e.cells());
      }
    }
    return Cells.of(nums);
  }

  /** Table 四: 行政复议's four columns, or those of both 行政诉讼 groups. */
  private static Cells reviews(AnnualReport r, boolean review) {
    List<Num> nums = new ArrayList<>();
    for (ReviewEntry e : r.reviews().groups()) {
      if (review == (e.group() == ReportSchema.REVIEW)) {
        nums.addAll(e.values());
      }
    }
    return Cells.of(nums);
  }

  /** Table 二: one column of one row, named by its key in each format. */
  private static Cells active(AnnualReport r, String rowKey, String key2021, String key2019) {
    ActiveEntry row = r.active().rows().stream().filter(e -> e.row().key().equals(rowKey)).findFirst().orElseThrow();
    String key = r.format() == ReportFormat.F2021 ? key2021 : key2019;
    Field field = row.row().fields().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    return Cells.of(List.of(row.value(field)));
  }

  /** 现行有效件数: only the 2021 format has it. */
  private static Cells inForce(AnnualReport r, String rowKey) {
    if (r.format() != ReportFormat.F2021) {
      return Cells.absent(r.format(), NOT_IN_FORCE);
    }
    return active(r, rowKey, ReportSchema.IN_FORCE.key(), null);
  }
}
