package cn.gongkai.importer;

import cn.gongkai.diag.Finding;
import cn.gongkai.report.ReportFormat;
import java.util.List;

/**
 * A report read back from a published document: the text of {@code <year>.yaml} and {@code <year>.md}
 * in the layout of spec §2, how its cells were read, and what the reading itself found about the
 * published document (LBL-01: labels that differ from the official ones, and what was tolerated).
 * Nothing is written yet: import writes the two texts, audit loads them in memory.
 */
public record ImportedReport(
    String source, int year, ReportFormat format, String yaml, String markdown, Tally tally, List<Finding> findings) {
  public ImportedReport {
    findings = List.copyOf(findings);
  }
}
