package cn.gongkai.diag;

/**
 * One result of a check: which rule, where, and a message in Chinese that names the row and column
 * labels and the numbers involved. {@code subject} is the report or item the finding belongs to (for
 * matching {@code acknowledged} entries); {@code row} is the table-row label, if any; {@code note} the
 * reason of the acknowledgement that waived it.
 */
public record Finding(Rule rule, Level level, SourcePos pos, String message, String subject, String row, String note) {

  /** A finding at the rule's level about the file it is in. */
  public static Finding of(Rule rule, SourcePos pos, String message) {
    return new Finding(rule, rule.level(), pos, message, pos.file(), "", "");
  }

  /** A finding about {@code subject} (a report's YAML file) and one of its table rows. */
  public static Finding about(Rule rule, SourcePos pos, String message, String subject, String row) {
    return new Finding(rule, rule.level(), pos, message, subject, row, "");
  }

  public Finding acknowledged(String reason) {
    return new Finding(rule, Level.ACKNOWLEDGED, pos, message, subject, row, reason);
  }

  /** The line printed for the webmaster: {@code file:line:col: 错误 T3-01 message}. */
  public String format() {
    String text = pos + ": " + level.label() + " " + rule.id() + " " + message;
    return note.isEmpty() ? text : text + "（确认理由：" + note + "）";
  }
}
