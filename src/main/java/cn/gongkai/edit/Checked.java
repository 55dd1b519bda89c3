package cn.gongkai.edit;

import cn.gongkai.report.AnnualReport;
import java.util.List;

/**
 * What {@code check} says about a form as typed: the texts Save would write, the report loaded from them
 * (null when they could not be loaded), and every finding with its field.
 */
public record Checked(ReportTexts texts, AnnualReport report, List<FieldFinding> findings) {
  public Checked {
    findings = List.copyOf(findings);
  }
}
