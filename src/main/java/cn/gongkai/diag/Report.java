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

  /** The summary of {@code findings} between {@code before} (“检查通过。”) and {@code after} (“未生成任何文件。”). */
  public static String summaryLine(List<Finding> findings, String before, String after) {
    Findings counted = new Findings();
    counted.replaceAll(findings);
    return before + counted.summary() + after;
  }

  /** What a failed command prints; {@code outcome} follows the summary of a findings failure. */
  public static List<String> lines(UserError e, String outcome) {
    if (e.kind() != UserError.Kind.FINDINGS) {
      return List.of(e.getMessage());
    }
    boolean onlyWarnings = e.findings().stream().noneMatch(f -> f.level() == Level.ERROR);
    List<String> lines = new ArrayList<>(findingLines(e.findings()));
    lines.add(summaryLine(e.findings(), "", (e.strict() && onlyWarnings ? STRICT_NOTE : "") + outcome));
    return lines;
  }
}
