package cn.gongkai.assets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A trend's note: which years are gaps and why, one clause per reason — blank cells first, then
 * unverified ones, then years whose format has no such figure — e.g. “2020年原表空白，未画出；2019、
 * 2020年采用2019年试行格式，没有此项。”; empty when there is no gap.
 */
final class TrendNote {
  private static final String THAT_YEAR = "该年";

  private TrendNote() {}

  static String of(List<TrendPoint> points) {
    Map<String, List<Integer>> byReason = new LinkedHashMap<>();
    byReason.put(TrendPoint.BLANK, new ArrayList<>());
    byReason.put(TrendPoint.TO_VERIFY, new ArrayList<>());
    for (TrendPoint p : points) {
      if (p.isGap()) {
        byReason.computeIfAbsent(p.gap(), k -> new ArrayList<>()).add(p.year());
      }
    }
    List<String> clauses = new ArrayList<>();
    byReason.forEach((reason, years) -> {
      if (!years.isEmpty()) {
        clauses.add(years(years) + clause(reason));
      }
    });
    return clauses.isEmpty() ? "" : String.join("；", clauses) + "。";
  }

  /** “2019、2020年” */
  static String years(List<Integer> years) {
    return years.stream().map(String::valueOf).collect(Collectors.joining("、")) + "年";
  }

  private static String clause(String reason) {
    if (reason.equals(TrendPoint.BLANK)) {
      return "原表空白，未画出";
    }
    if (reason.equals(TrendPoint.TO_VERIFY)) {
      return "的数字待核对，未画出";
    }
    return reason.startsWith(THAT_YEAR) ? reason.substring(THAT_YEAR.length()) : "：" + reason;
  }
}
