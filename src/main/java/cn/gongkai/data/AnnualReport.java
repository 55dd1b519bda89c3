package cn.gongkai.data;

import cn.gongkai.content.Narrative;
import cn.gongkai.data.ReportSchema.ActiveGroup;
import cn.gongkai.data.ReportSchema.ActiveRow;
import cn.gongkai.data.ReportSchema.ApplicationRow;
import cn.gongkai.data.ReportSchema.ReviewGroup;
import cn.gongkai.diag.SourcePos;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One annual report as loaded from {@code <year>.yaml} and {@code <year>.md}. Totals are never stored:
 * they are computed here from the rows; declared totals are kept only to be compared.
 */
public record AnnualReport(
    Files files,
    int year,
    ReportFormat format,
    boolean formatDeclared,
    Meta meta,
    List<Acknowledgement> acknowledged,
    List<ActiveEntry> active,
    List<ApplicationEntry> applications,
    ApplicationEntry declaredResultsTotal,
    List<ReviewEntry> reviews,
    Narrative narrative,
    boolean complete) {

  /** Source files, as shown in messages. */
  public record Files(String yaml, String markdown) {}

  public record Meta(
      String title,
      String organ,
      String publisher,
      String indexNo,
      LocalDate generated,
      LocalDate published,
      String scope,
      String channel,
      LocalDate signedOn,
      Positions positions) {}

  /** Where the metadata keys were written, for messages about them. */
  public record Positions(SourcePos format, SourcePos organ, SourcePos publisher, SourcePos indexNo, SourcePos published) {}

  public record Acknowledgement(String rule, String row, String reason, SourcePos pos) {}

  public record ActiveEntry(ActiveGroup group, ActiveRow row, List<Num> values, SourcePos pos) {}

  /** A table-三 row: six applicant columns, and the 总计 the webmaster declared (null when not given). */
  public record ApplicationEntry(ApplicationRow row, List<Num> cells, Num declaredTotal, SourcePos pos) {
    public BigDecimal total() {
      return cells.stream().map(Num::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The seven numbers as rendered: six columns, then the computed 总计. */
    public List<BigDecimal> withTotal() {
      List<BigDecimal> out = new java.util.ArrayList<>(cells.stream().map(Num::value).toList());
      out.add(total());
      return out;
    }
  }

  public record ReviewEntry(ReviewGroup group, List<Num> values, Num declaredTotal, SourcePos pos) {
    public BigDecimal total() {
      return values.stream().map(Num::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }

  public String title() {
    return meta.title();
  }

  public Optional<ApplicationEntry> application(String path) {
    return applications.stream().filter(a -> a.row().path().equals(path)).findFirst();
  }

  public Optional<ActiveEntry> activeRow(String key) {
    return active.stream().filter(a -> a.row().key().equals(key)).findFirst();
  }

  /** （七）总计 computed: per applicant column and 总计, the sum of every 办理结果 row. */
  public List<BigDecimal> resultsTotal() {
    BigDecimal[] sums = new BigDecimal[7];
    java.util.Arrays.fill(sums, BigDecimal.ZERO);
    for (ApplicationEntry e : applications) {
      if (e.row().isResult()) {
        List<BigDecimal> values = e.withTotal();
        for (int i = 0; i < 7; i++) {
          sums[i] = sums[i].add(values.get(i));
        }
      }
    }
    return List.of(sums);
  }
}
