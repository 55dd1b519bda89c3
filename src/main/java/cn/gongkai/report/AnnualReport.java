package cn.gongkai.report;

import cn.gongkai.diag.SourcePos;
import cn.gongkai.meta.DisclosureMeta;
import cn.gongkai.report.ReportSchema.ActiveGroup;
import cn.gongkai.report.ReportSchema.ActiveRow;
import cn.gongkai.report.ReportSchema.ApplicationRow;
import cn.gongkai.report.ReportSchema.Field;
import cn.gongkai.report.ReportSchema.ReviewGroup;
import cn.gongkai.yaml.Num;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One annual report as loaded from {@code <year>.yaml} and {@code <year>.md}. Totals are never stored:
 * they are computed here from the rows; declared totals are kept only to be compared. A cell blank as
 * published is a {@link Num#blank}, and every total that depends on it is {@code null} (blank), never a
 * partial sum. {@code complete} is false when loading found errors in its tables other than blanks
 * (they then hold zeros where data was missing, and the arithmetic rules leave it alone); errors in its
 * metadata (a missing 索引号 or date) leave the tables to be checked.
 */
public record AnnualReport(
    Files files,
    int year,
    ReportFormat format,
    boolean formatDeclared,
    SourcePos formatPos,
    String title,
    String organ,
    DisclosureMeta meta,
    LocalDate signedOn,
    List<Acknowledgement> acknowledged,
    Active active,
    Applications applications,
    Reviews reviews,
    Narrative narrative,
    boolean complete) {

  /** Whether any cell is {@code 待核对} (an import not yet checked against the original). */
  public boolean hasToVerify() {
    List<Num> all = new ArrayList<>();
    active.rows().forEach(e -> all.addAll(e.values()));
    for (ApplicationEntry e : applications.rows()) {
      all.addAll(e.cells());
      all.add(e.declaredTotal());
    }
    if (applications.declaredResultsTotal() != null) {
      all.addAll(applications.declaredResultsTotal().cells());
      all.add(applications.declaredResultsTotal().declaredTotal());
    }
    for (ReviewEntry e : reviews.groups()) {
      all.addAll(e.values());
      all.add(e.declaredTotal());
    }
    return all.stream().anyMatch(n -> n != null && n.toVerify());
  }

  /** Source files, as shown in messages. */
  public record Files(String yaml, String markdown) {}

  public record Acknowledgement(String rule, String row, String reason, SourcePos pos) {}

  /** Table 二: one entry per row of the report's format, in the format's order. */
  public record Active(List<ActiveEntry> rows) {
    public ActiveEntry regulations() {
      return row(ReportSchema.REGULATIONS);
    }

    public ActiveEntry normativeDocuments() {
      return row(ReportSchema.NORMATIVE_DOCUMENTS);
    }

    /** The rows of one “第二十条第（X）项” group. */
    public List<ActiveEntry> of(ActiveGroup group) {
      return rows.stream().filter(e -> e.group() == group).toList();
    }

    private ActiveEntry row(String key) {
      return rows.stream().filter(e -> e.row().key().equals(key)).findFirst().orElseThrow();
    }
  }

  /** A table-二 row: one value per column of its group. */
  public record ActiveEntry(ActiveGroup group, ActiveRow row, List<Num> values, SourcePos pos) {
    /** The value of {@code field}, one of this row's columns (e.g. {@link ReportSchema#IN_FORCE}). */
    public Num value(Field field) {
      int i = row.fields().indexOf(field);
      if (i < 0) {
        throw new IllegalArgumentException(row.key() + " has no column " + field.key());
      }
      return values.get(i);
    }
  }

  /** Table 三: every row in the format's order, and the （七）总计 the webmaster declared (null when not given). */
  public record Applications(List<ApplicationEntry> rows, ApplicationEntry declaredResultsTotal) {
    public ApplicationEntry received() {
      return row(ReportSchema.RECEIVED_ROW);
    }

    public ApplicationEntry carriedOver() {
      return row(ReportSchema.CARRIED_OVER_ROW);
    }

    public ApplicationEntry disclosed() {
      return row(ReportSchema.DISCLOSED_ROW);
    }

    public ApplicationEntry partiallyDisclosed() {
      return row(ReportSchema.PARTIALLY_DISCLOSED_ROW);
    }

    public ApplicationEntry carriedForward() {
      return row(ReportSchema.CARRIED_FORWARD_ROW);
    }

    /**
     * （七）总计 computed: per applicant column and 总计, the sum of every 办理结果 row; an element is
     * null (blank) when a result row is blank in that column.
     */
    public List<BigDecimal> resultsTotal() {
      BigDecimal[] sums = new BigDecimal[ReportSchema.COLUMNS_WITH_TOTAL.size()];
      Arrays.fill(sums, BigDecimal.ZERO);
      for (ApplicationEntry e : rows) {
        if (e.row().isResult()) {
          List<BigDecimal> values = e.withTotal();
          for (int i = 0; i < sums.length; i++) {
            sums[i] = add(sums[i], values.get(i));
          }
        }
      }
      return Collections.unmodifiableList(Arrays.asList(sums));
    }

    private ApplicationEntry row(ApplicationRow row) {
      return rows.stream().filter(e -> e.row().equals(row)).findFirst().orElseThrow();
    }
  }

  /** A table-三 row: six applicant columns, and the 总计 the webmaster declared (null when not given). */
  public record ApplicationEntry(ApplicationRow row, List<Num> cells, Num declaredTotal, SourcePos pos) {
    /** The sum of the six columns; null (blank) when any of them is blank. */
    public BigDecimal total() {
      return sum(cells);
    }

    /** The seven numbers as rendered: six columns, then the computed 总计; blanks are null. */
    public List<BigDecimal> withTotal() {
      List<BigDecimal> out = new ArrayList<>();
      cells.forEach(n -> out.add(n.value()));
      out.add(total());
      return Collections.unmodifiableList(out);
    }

    /** Whether any of the six columns is blank. */
    public boolean hasBlank() {
      return cells.stream().anyMatch(Num::isBlank);
    }
  }

  /** Table 四: the three groups in the format's order. */
  public record Reviews(List<ReviewEntry> groups) {
    /** 行政复议 总计; null when blank. */
    public BigDecimal reviewTotal() {
      return sum(true);
    }

    /** 行政诉讼 总计: 未经复议直接起诉 and 复议后起诉 together; null when either has a blank. */
    public BigDecimal litigationTotal() {
      return sum(false);
    }

    private BigDecimal sum(boolean review) {
      BigDecimal sum = BigDecimal.ZERO;
      for (ReviewEntry e : groups) {
        if (review == (e.group() == ReportSchema.REVIEW)) {
          sum = add(sum, e.total());
        }
      }
      return sum;
    }
  }

  public record ReviewEntry(ReviewGroup group, List<Num> values, Num declaredTotal, SourcePos pos) {
    /** 维持 + 纠正 + 其他 + 尚未审结; null (blank) when any of them is blank. */
    public BigDecimal total() {
      return sum(values);
    }

    public boolean hasBlank() {
      return values.stream().anyMatch(Num::isBlank);
    }
  }

  /** The sum of {@code nums}, or null when any is blank. */
  static BigDecimal sum(List<Num> nums) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Num n : nums) {
      sum = add(sum, n.value());
    }
    return sum;
  }

  /** {@code a + b}, null (blank) when either is. */
  public static BigDecimal add(BigDecimal a, BigDecimal b) {
    return a == null || b == null ? null : a.add(b);
  }
}
