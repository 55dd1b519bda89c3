package cn.gongkai.diag;

/**
 * One result of a check: which rule, where, and a message in Chinese that names the row and column
 * labels and the numbers involved. {@code subject} is the report or item the finding belongs to (for
 * matching {@code acknowledged} entries); {@code row} is the table-row label, if any.
 */
public record Finding(
    String rule, Level level, SourcePos pos, String message, String subject, String row, String note) {

  public static Finding error(String rule, SourcePos pos, String message) {
    return new Finding(rule, Level.ERROR, pos, message, pos.file(), "", "");
  }

  public static Finding warning(String rule, SourcePos pos, String message) {
    return new Finding(rule, Level.WARNING, pos, message, pos.file(), "", "");
  }

  public Finding withRow(String rowLabel) {
    return new Finding(rule, level, pos, message, subject, rowLabel, note);
  }

  public Finding withSubject(String newSubject) {
    return new Finding(rule, level, pos, message, newSubject, row, note);
  }

  public Finding acknowledged(String reason) {
    return new Finding(rule, Level.ACKNOWLEDGED, pos, message, subject, row, reason);
  }

  /** The line printed for the webmaster: {@code file:line:col: 错误 T3-01 message}. */
  public String format() {
    String text = pos + ": " + level.label() + " " + rule + " " + message;
    return note.isEmpty() ? text : text + "（确认理由：" + note + "）";
  }
}
