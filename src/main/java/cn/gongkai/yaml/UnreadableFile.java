package cn.gongkai.yaml;

import cn.gongkai.diag.Finding;
import java.util.List;

/**
 * A file that could not be read as text or YAML: saved in another encoding (ENC-01) or with a YAML
 * syntax error (YAML-01). The loader that asked for it records the finding and goes on with the next
 * file, so one run names every such file.
 */
public final class UnreadableFile extends Exception {
  private final transient List<Finding> findings;

  UnreadableFile(Finding finding) {
    this(List.of(finding));
  }

  /** Several findings about one file (e.g. each full-width colon or comma of a YAML file), in order. */
  UnreadableFile(List<Finding> findings) {
    super(findings.get(0).format(), null, false, false);
    this.findings = List.copyOf(findings);
  }

  /** The first finding. */
  public Finding finding() {
    return findings.get(0);
  }

  /** Every finding about the file. */
  public List<Finding> findings() {
    return findings;
  }
}
