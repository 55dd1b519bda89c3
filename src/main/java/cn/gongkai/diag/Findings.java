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

  public void addAll(Findings other) {
    all.addAll(other.all);
  }

  /** A finding at the rule's level about the file {@code pos} is in. */
  public void add(Rule rule, SourcePos pos, String message) {
    add(Finding.of(rule, pos, message));
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
            .thenComparing(f -> f.rule().id()));
    return copy;
  }

  public long count(Level level) {
    return all.stream().filter(f -> f.level() == level).count();
  }

  /** Errors no {@code acknowledged} entry can waive (everything but blanks as published, under FMT-03). */
  /** Unwaivable errors other than {@code 待核对} cells: what makes a report's tables unusable for arithmetic. */
  public long wrongData() {
    return all.stream().filter(f -> f.level() == Level.ERROR && !f.waivable() && !f.toVerify()).count();
  }

  public long unwaivableErrors() {
    return all.stream().filter(f -> f.level() == Level.ERROR && !f.waivable()).count();
  }

  public boolean hasErrors() {
    return count(Level.ERROR) > 0;
  }

  /** Whether any finding is under {@code rule}. */
  public boolean any(Rule rule) {
    return all.stream().anyMatch(f -> f.rule() == rule);
  }

  /** True when the run must stop: any error, or in strict mode any warning. */
  public boolean fails(boolean strict) {
    return hasErrors() || (strict && count(Level.WARNING) > 0);
  }

  /**
   * The line that ends every report of findings: “共 1 个错误，0 个警告，6 项已确认。”, and when some
   * figures could not be verified (blank as published) “…，6 项已确认，2 项无法核对。”.
   */
  public String summary() {
    long unverified = count(Level.UNVERIFIED);
    return "共 "
        + count(Level.ERROR)
        + " 个错误，"
        + count(Level.WARNING)
        + " 个警告，"
        + count(Level.ACKNOWLEDGED)
        + " 项已确认"
        + (unverified > 0 ? "，" + unverified + " 项无法核对" : "")
        + "。";
  }
}
