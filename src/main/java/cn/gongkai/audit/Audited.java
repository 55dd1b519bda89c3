package cn.gongkai.audit;

import cn.gongkai.diag.Finding;
import cn.gongkai.diag.Level;
import java.util.List;

/**
 * One row of the audit: a file, the report read from it (organ, year, format id, cells 待核对) and
 * every finding about it; or, when it could not be imported, {@code failure} saying why (then year 0,
 * no format, no findings).
 */
public record Audited(String file, String organ, int year, String format, int toVerify, List<Finding> findings, String failure) {
  public Audited {
    findings = List.copyOf(findings);
  }

  static Audited failure(String file, String reason) {
    return new Audited(file, "", 0, "", 0, List.of(), reason);
  }

  public boolean imported() {
    return failure.isEmpty();
  }

  public long count(Level level) {
    return findings.stream().filter(f -> f.level() == level).count();
  }

  public long errors() {
    return count(Level.ERROR);
  }

  public long warnings() {
    return count(Level.WARNING);
  }

  /** What fails the audit: errors, or a file that could not be checked at all. */
  public boolean fails() {
    return !imported() || errors() > 0;
  }
}
