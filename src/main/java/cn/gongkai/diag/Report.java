package cn.gongkai.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * The one way findings and user errors become the lines a webmaster reads: each finding as {@code
 * file:line:col: 级别 规则 说明}, and always a last line with the summary (“共 1 个错误，0 个警告，6 项已确认。”).
 */
public final class Report {
  static final String STRICT_NOTE = "（--strict 模式下警告也视为失败）";

  private Report() {}

  /** Each finding's line, in the order given. */
  public static List<String> findingLines(List<Finding> findings) {
    return findings.stream().map(Finding::format).toList();
  }

  /**
   * The lines a command prints before its summary. Verbose: every finding ({@link
   * #findingLines(List)}). Otherwise errors and warnings in full, and the acknowledged findings and
   * the 无法核对 notes (neither a problem to fix) one line each, with their count: “6 项已确认（按原文存档），用
   * --verbose 查看。”.
   */
  public static List<String> findingLines(List<Finding> findings, boolean verbose) {
    if (verbose) {
      return findingLines(findings);
    }
    List<String> lines = new ArrayList<>();
    findings.stream().filter(Report::isProblem).map(Finding::format).forEach(lines::add);
    long acknowledged = findings.stream().filter(f -> f.level() == Level.ACKNOWLEDGED).count();
    long unverified = findings.stream().filter(f -> f.level() == Level.UNVERIFIED).count();
    if (acknowledged > 0) {
      lines.add(acknowledged + " 项已确认（按原文存档），用 --verbose 查看。");
    }
    if (unverified > 0) {
      boolean toVerify = findings.stream().anyMatch(Finding::toVerify);
      lines.add(unverified + " 项无法核对（原表空白" + (toVerify ? "或待核对" : "") + "），用 --verbose 查看。");
    }
    return lines;
  }

  /**
   * The lines of the in-page panel of {@code serve}: errors first, then warnings, then, verbose, the
   * acknowledged findings and the 无法核对 notes (otherwise their count), and the summary.
   */
  public static List<String> panelLines(List<Finding> findings, boolean verbose, String summary) {
    List<Finding> ordered = new ArrayList<>(findings);
    ordered.sort(java.util.Comparator.comparingInt(f -> f.level().ordinal()));
    List<String> lines = new ArrayList<>(findingLines(ordered, verbose));
    lines.add(summary);
    return lines;
  }

  private static boolean isProblem(Finding f) {
    return f.level() == Level.ERROR || f.level() == Level.WARNING;
  }

  /** The summary of {@code findings} between {@code before} (“检查通过。”) and {@code after} (“未生成任何文件。”). */
  public static String summaryLine(List<Finding> findings, String before, String after) {
    Findings counted = new Findings();
    counted.replaceAll(findings);
    return before + counted.summary() + after;
  }

  /** The summary line of an editing form: “检查通过。” first when nothing is an error or a warning. */
  public static String formSummary(List<Finding> findings) {
    return summaryLine(findings, findings.stream().noneMatch(Report::isProblem) ? "检查通过。" : "", "");
  }

  /** What a failed command prints, every finding listed; {@code outcome} follows the summary of a findings failure. */
  public static List<String> lines(UserError e, String outcome) {
    return lines(e, outcome, true);
  }

  /** As {@link #lines(UserError, String)}; not {@code verbose}, acknowledged and 无法核对 findings are counted in one line each. */
  public static List<String> lines(UserError e, String outcome, boolean verbose) {
    if (e.kind() != UserError.Kind.FINDINGS) {
      return List.of(e.getMessage());
    }
    List<String> lines = new ArrayList<>(findingLines(e.findings(), verbose));
    lines.add(failureSummary(e, outcome));
    return lines;
  }

  /** The last line of a findings failure: the summary, the strict note when only warnings failed it, {@code outcome}. */
  public static String failureSummary(UserError e, String outcome) {
    boolean onlyWarnings = e.findings().stream().noneMatch(f -> f.level() == Level.ERROR);
    return summaryLine(e.findings(), "", (e.strict() && onlyWarnings ? STRICT_NOTE : "") + outcome);
  }
}
