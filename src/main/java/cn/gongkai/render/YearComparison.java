package cn.gongkai.render;

import cn.gongkai.assets.Trend;
import cn.gongkai.assets.TrendPoint;
import cn.gongkai.assets.Trends;
import cn.gongkai.check.CopiedText;
import cn.gongkai.check.InForce;
import cn.gongkai.diag.Finding;
import cn.gongkai.diag.Level;
import cn.gongkai.diag.Rule;
import cn.gongkai.report.AnnualReport;
import cn.gongkai.report.AnnualReport.ActiveEntry;
import cn.gongkai.report.Narrative;
import cn.gongkai.report.ReportSchema;
import cn.gongkai.yaml.Num;
import cn.gongkai.yaml.ValueKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * “与上年对比” of a report page: the figures of {@link Trends} (the same that the reports index charts) for this
 * year and last, with the change, and what the cross-year rules found, said for a citizen. Whether to say
 * something is the rules' decision (their findings about this report, acknowledged ones included: they are
 * true of the report as published); the sentence gives the figures in the tables' own words.
 */
final class YearComparison {
  private YearComparison() {}

  static Views.Comparison of(AnnualReport now, AnnualReport last, List<Finding> findings, String lastHref) {
    List<Views.CompareRow> rows = new ArrayList<>();
    for (Trend t : Trends.of(List.of(last, now))) {
      TrendPoint before = t.points().get(0);
      TrendPoint after = t.points().get(1);
      rows.add(new Views.CompareRow(t.title(), shown(before), shown(after), change(before, after)));
    }
    List<Finding> own = findings.stream().filter(f -> f.pos().file().equals(now.files().yaml()) || f.pos().file().equals(now.narrative().file())).toList();
    List<String> said = new ArrayList<>();
    carryOver(now, last, own).ifPresent(said::add);
    inForce(now, last, own, said);
    copied(now, last, own, said);
    return new Views.Comparison(now.year(), last.year(), lastHref, rows, said);
  }

  private static String shown(TrendPoint p) {
    return p.value() == null ? TrendViews.gap(p) : Num.plain(p.value());
  }

  private static String change(TrendPoint before, TrendPoint after) {
    if (before.value() == null || after.value() == null) {
      return "—";
    }
    return ValueKind.SIGNED.format(after.value().subtract(before.value()));
  }

  private static boolean found(List<Finding> own, Rule rule) {
    return own.stream().anyMatch(f -> f.rule() == rule && (f.level() == Level.WARNING || f.level() == Level.ACKNOWLEDGED || f.level() == Level.ERROR));
  }

  /** this year's 上年结转 is last year's 结转下年度继续办理, the same applications counted twice. */
  private static Optional<String> carryOver(AnnualReport now, AnnualReport last, List<Finding> own) {
    BigDecimal carried = now.applications().carriedOver().total();
    BigDecimal forward = last.applications().carriedForward().total();
    if (found(own, Rule.X_01)) {
      return Optional.of(
          "本年度报告中“上年结转”的申请共 " + count(carried) + "，" + last.year() + " 年度报告中“结转下年度继续办理”的申请共 " + count(forward)
              + "。两者是同一批申请，本应逐项相等，这里有对不上的数字。");
    }
    if (own.stream().anyMatch(f -> f.rule() == Rule.X_01 && f.level() == Level.UNVERIFIED)) {
      return Optional.of("本年度“上年结转”与 " + last.year() + " 年度“结转下年度继续办理”无法逐项对照：其中有原表空白的数字。");
    }
    return Optional.empty();
  }

  /** T2-02: 现行有效件数 = last year's + 本年制发 − 本年废止 (2021 format, both years). */
  private static void inForce(AnnualReport now, AnnualReport last, List<Finding> own, List<String> said) {
    if (!found(own, Rule.T2_02)) {
      return;
    }
    for (ActiveEntry[] pair : InForce.rows(now, last)) {
      String label = pair[0].row().label();
      if (own.stream().noneMatch(f -> f.rule() == Rule.T2_02 && f.level() != Level.UNVERIFIED && label.equals(f.row()))) {
        continue;
      }
      Num inForce = pair[0].value(ReportSchema.IN_FORCE);
      Num issued = pair[0].value(ReportSchema.ISSUED);
      Num repealed = pair[0].value(ReportSchema.REPEALED);
      Num before = pair[1].value(ReportSchema.IN_FORCE);
      said.add(
          "“" + label + "”现行有效 " + inForce.plain() + " 件；按 " + last.year() + " 年度现行有效 " + before.plain() + " 件，加本年制发 " + issued.plain()
              + " 件、减本年废止 " + repealed.plain() + " 件，应为 " + Num.plain(InForce.expected(pair[0], pair[1]).orElseThrow()) + " 件。两个数字对不上。");
    }
  }

  /** SIM-01: section 一 or 五 largely last year's text. */
  private static void copied(AnnualReport now, AnnualReport last, List<Finding> own, List<String> said) {
    for (int number : new int[] {1, 5}) {
      String title = ReportSchema.SECTION_TITLES.get(number - 1);
      if (own.stream().noneMatch(f -> f.rule() == Rule.SIM_01 && f.level() != Level.UNVERIFIED && f.message().startsWith("“" + title + "”"))) {
        continue;
      }
      Optional<Narrative.Section> a = now.narrative().section(number);
      Optional<Narrative.Section> b = last.narrative().section(number);
      if (a.isEmpty() || b.isEmpty()) {
        continue;
      }
      CopiedText.Share share = CopiedText.measure(CopiedText.normalise(a.get().markdown()), CopiedText.normalise(b.get().markdown()));
      said.add(
          "“" + title + "”的 " + share.length() + " 个字中，有 " + share.copied() + " 个（" + share.percent() + "%）与 " + last.year()
              + " 年度报告的同一部分逐字相同，大部分是上年的原文。");
    }
  }

  private static String count(BigDecimal v) {
    return v == null ? "（原表空白）" : Num.plain(v) + " 件";
  }
}
