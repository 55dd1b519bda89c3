package cn.gongkai.check;

import cn.gongkai.report.AnnualReport;
import cn.gongkai.report.AnnualReport.ActiveEntry;
import cn.gongkai.report.ReportSchema;
import cn.gongkai.yaml.Num;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * T2-02's arithmetic (2021 format): a row's 现行有效件数 = last year's 现行有效件数 + 本年制发件数 − 本年废止件数.
 * The rule and the report page's “与上年对比” both take it from here.
 */
public final class InForce {
  private InForce() {}

  /** The rows it applies to, this year's beside last year's: 规章 and 行政规范性文件. */
  public static List<ActiveEntry[]> rows(AnnualReport now, AnnualReport last) {
    return List.of(
        new ActiveEntry[] {now.active().regulations(), last.active().regulations()},
        new ActiveEntry[] {now.active().normativeDocuments(), last.active().normativeDocuments()});
  }

  /** What {@code now}'s 现行有效件数 should be after {@code lastYear}'s; empty when a figure involved is blank. */
  public static Optional<BigDecimal> expected(ActiveEntry now, ActiveEntry lastYear) {
    Num inForce = now.value(ReportSchema.IN_FORCE);
    Num issued = now.value(ReportSchema.ISSUED);
    Num repealed = now.value(ReportSchema.REPEALED);
    Num before = lastYear.value(ReportSchema.IN_FORCE);
    if (inForce.isBlank() || issued.isBlank() || repealed.isBlank() || before.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(before.value().add(issued.value()).subtract(repealed.value()));
  }
}
