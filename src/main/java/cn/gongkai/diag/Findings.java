package cn.gongkai.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects findings from every stage, so one run reports everything that is wrong, not just the first. */
public final class Findings {
  private final List<Finding> all = new ArrayList<>();

  public void add(Finding finding) {
    all.add(finding);
  }

  public void error(String rule, SourcePos pos, String message) {
    add(Finding.error(rule, pos, message));
  }

  public void warning(String rule, SourcePos pos, String message) {
    add(Finding.warning(rule, pos, message));
  }

  public void replaceAll(List<Finding> replacement) {
    all.clear();
    all.addAll(replacement);
  }

  public List<Finding> all() {
    return List.copyOf(all);
  }

  /** Findings in a stable order: by file, line, column, then rule. */
  public List<Finding> sorted() {
    List<Finding> copy = new ArrayList<>(all);
    copy.sort(
        Comparator.comparing((Finding f) -> f.pos().file())
            .thenComparingInt(f -> f.pos().line())
            .thenComparingInt(f -> f.pos().column())
            .thenComparing(Finding::rule));
    return copy;
  }

  public long count(Level level) {
    return all.stream().filter(f -> f.level() == level).count();
  }

  public boolean hasErrors() {
    return count(Level.ERROR) > 0;
  }

  public boolean hasErrorsFrom(String file) {
    return all.stream().anyMatch(f -> f.level() == Level.ERROR && f.pos().file().equals(file));
  }

  /** True when the build must stop: any error, or in strict mode any warning. */
  public boolean fails(boolean strict) {
    return hasErrors() || (strict && count(Level.WARNING) > 0);
  }

  /** The error a command stops with: every finding, in order, then {@code lastLine}. */
  public UserError failure(String lastLine) {
    List<String> lines = new ArrayList<>();
    sorted().forEach(f -> lines.add(f.format()));
    lines.add(lastLine);
    return new UserError(UserError.CONTENT, lines);
  }

  public String summary() {
    return "共 "
        + count(Level.ERROR)
        + " 个错误，"
        + count(Level.WARNING)
        + " 个警告，"
        + count(Level.ACKNOWLEDGED)
        + " 项已确认。";
  }
}
