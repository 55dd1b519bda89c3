package cn.gongkai.diag;

/**
 * One result of a check: which rule, where, and a message in Chinese that names the row and column
 * labels and the numbers involved. {@code subject} is the report or item the finding belongs to (for
 * matching {@code acknowledged} entries); {@code row} is the table-row label, if any; {@code note} the
 * reason of the acknowledgement that waived it; {@code waivable} whether an {@code acknowledged} entry
 * may waive it (the rule's own answer, except that under FMT-03 only a blank cell may be waived);
 * {@code toVerify} marks a {@code 待核对} cell (see {@link #toVerify}).
 */
public record Finding(
    Rule rule, Level level, SourcePos pos, String message, String subject, String row, String note, boolean waivable, boolean toVerify) {

  public Finding(Rule rule, Level level, SourcePos pos, String message, String subject, String row, String note, boolean waivable) {
    this(rule, level, pos, message, subject, row, note, waivable, false);
  }

  /** A finding at the rule's level about the file it is in. */
  public static Finding of(Rule rule, SourcePos pos, String message) {
    return new Finding(rule, rule.level(), pos, message, pos.file(), "", "", rule.waivesAny());
  }

  /** A finding about {@code subject} (a report's YAML file) and one of its table rows. */
  public static Finding about(Rule rule, SourcePos pos, String message, String subject, String row) {
    return new Finding(rule, rule.level(), pos, message, subject, row, "", rule.waivesAny());
  }

  /**
   * A cell, row or table left blank as published ({@code ~}): an error of {@code rule} (FMT-03) that,
   * unlike the rule's other findings, an {@code acknowledged} entry may waive.
   */
  public static Finding blank(Rule rule, SourcePos pos, String message, String row) {
    return new Finding(rule, rule.level(), pos, message, pos.file(), row, "", true);
  }

  /** What {@code rule} could not verify in {@code subject}: printed, counted apart, never a failure. */
  public static Finding unverified(Rule rule, SourcePos pos, String message, String subject) {
    return new Finding(rule, Level.UNVERIFIED, pos, message, subject, "", "", false);
  }

  /**
   * A cell written {@code 待核对} by the importer: an error nobody may waive (no unverified figure is
   * published), but not a wrong figure, so the rules that do not need this cell still run.
   */
  public static Finding toVerify(Rule rule, SourcePos pos, String message, String row) {
    return new Finding(rule, rule.level(), pos, message, pos.file(), row, "", false, true);
  }

  public Finding acknowledged(String reason) {
    return new Finding(rule, Level.ACKNOWLEDGED, pos, message, subject, row, reason, waivable, toVerify);
  }

  /** The line printed for the webmaster: {@code file:line:col: 错误 T3-01 message}. */
  public String format() {
    String text = pos + ": " + level.label() + " " + rule.id() + " " + message;
    return note.isEmpty() ? text : text + "（确认理由：" + note + "）";
  }
}
