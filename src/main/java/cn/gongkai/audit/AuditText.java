package cn.gongkai.audit;

import cn.gongkai.diag.TerminalWidth;
import cn.gongkai.diag.Level;
import cn.gongkai.diag.Report;
import java.util.ArrayList;
import java.util.List;

/**
 * What audit prints: the summary table (one row per file: 报告（文件）, 报告主体, 年度, 格式, 错误, 警告, 待核对),
 * then each report's findings under its file name, then one closing line. Columns are aligned for a
 * terminal that shows a Chinese character two columns wide.
 */
public final class AuditText {
  static final List<String> HEADERS = List.of("报告（文件）", "报告主体", "年度", "格式", "错误", "警告", "待核对");
  static final String NOT_IMPORTED = "（无法导入）";
  static final String NONE = "—";

  private AuditText() {}

  /** The cells of one summary row, as text, in {@link #HEADERS} order. */
  static List<String> cells(Audited a) {
    if (!a.imported()) {
      return List.of(a.file(), NOT_IMPORTED, NONE, NONE, NONE, NONE, NONE);
    }
    return List.of(
        a.file(), a.organ().isEmpty() ? NONE : a.organ(), a.year() == 0 ? NONE : String.valueOf(a.year()),
        a.format().isEmpty() ? NONE : a.format(), String.valueOf(a.errors()), String.valueOf(a.warnings()), String.valueOf(a.toVerify()));
  }

  /** Every line; acknowledged and 无法核对 findings one line each only {@code verbose}, otherwise counted. */
  public static List<String> lines(List<Audited> audited, boolean verbose) {
    List<String> lines = new ArrayList<>();
    lines.add(heading(audited));
    lines.add("");
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADERS);
    audited.forEach(a -> rows.add(cells(a)));
    int[] widths = new int[HEADERS.size()];
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], width(row.get(i)));
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        String cell = row.get(i);
        String pad = " ".repeat(widths[i] - width(cell));
        // figures right-aligned, words left-aligned
        line.append(i >= 2 && row != HEADERS ? pad + cell : cell + pad);
        if (i + 1 < row.size()) {
          line.append("  ");
        }
      }
      lines.add(line.toString().stripTrailing());
    }
    List<String> twice = duplicates(audited);
    if (!twice.isEmpty()) {
      lines.add("");
      lines.addAll(twice);
    }
    for (Audited a : audited) {
      lines.add("");
      if (!a.imported()) {
        lines.add("== " + a.file() + "：无法导入 ==");
        lines.add(a.failure());
        continue;
      }
      lines.add("== " + a.file() + "（" + describe(a) + "）：" + a.errors() + " 个错误，" + a.warnings() + " 个警告，待核对 " + a.toVerify() + " 格 ==");
      List<String> findings = Report.findingLines(a.findings(), verbose);
      lines.addAll(findings.isEmpty() ? List.of("未发现问题。") : findings);
    }
    lines.add("");
    lines.add(closing(audited));
    return lines;
  }

  /**
   * One line per organ and year found in more than one file (the same report saved as web page and
   * PDF, or a file sent twice): the year-to-year rules compare with the first of them only.
   */
  static List<String> duplicates(List<Audited> audited) {
    java.util.Map<String, List<String>> files = new java.util.LinkedHashMap<>();
    for (Audited a : audited) {
      if (a.imported() && !a.organ().isBlank() && a.year() > 0) {
        files.computeIfAbsent(a.organ() + " " + a.year() + " 年度", k -> new ArrayList<>()).add(a.file());
      }
    }
    List<String> lines = new ArrayList<>();
    files.forEach((organYear, names) -> {
      if (names.size() > 1) {
        lines.add("注意：" + organYear + "的年报有 " + names.size() + " 个文件（" + String.join("、", names) + "），请确认是否重复；与相邻年度比对时只用第一个。");
      }
    });
    return lines;
  }

  static String heading(List<Audited> audited) {
    long imported = audited.stream().filter(Audited::imported).count();
    long failed = audited.size() - imported;
    return "年报体检：共 " + audited.size() + " 个文件，读入 " + imported + " 份年报" + (failed > 0 ? "，" + failed + " 个文件无法导入" : "") + "。";
  }

  static String describe(Audited a) {
    return (a.organ().isEmpty() ? "报告主体未写明" : a.organ()) + " " + (a.year() == 0 ? "年度不明" : a.year() + " 年度")
        + (a.format().isEmpty() ? "" : "，" + a.format() + " 年格式");
  }

  /** “体检完成：2 份年报有错误，1 个文件无法导入。” or “体检完成：没有发现错误（3 个警告）。” */
  static String closing(List<Audited> audited) {
    long withErrors = audited.stream().filter(a -> a.imported() && a.errors() > 0).count();
    long failed = audited.stream().filter(a -> !a.imported()).count();
    long warnings = audited.stream().mapToLong(Audited::warnings).sum();
    long unverified = audited.stream().mapToLong(a -> a.count(Level.UNVERIFIED)).sum();
    String tail = "（共 " + warnings + " 个警告" + (unverified > 0 ? "，" + unverified + " 项无法核对" : "") + "）";
    if (withErrors == 0 && failed == 0) {
      return "体检完成：没有发现错误" + tail + "。";
    }
    List<String> parts = new ArrayList<>();
    if (withErrors > 0) {
      parts.add(withErrors + " 份年报有错误");
    }
    if (failed > 0) {
      parts.add(failed + " 个文件无法导入");
    }
    return "体检完成：" + String.join("，", parts) + tail + "。";
  }

  /** Columns the text takes in a terminal: two for a Chinese character or full-width sign. */
  static int width(String s) {
    return TerminalWidth.of(s);
  }
}
