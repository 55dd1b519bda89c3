package cn.gongkai.yaml;

import cn.gongkai.diag.Finding;

/**
 * A file that could not be read as text or YAML: saved in another encoding (ENC-01) or with a YAML
 * syntax error (YAML-01). The loader that asked for it records the finding and goes on with the next
 * file, so one run names every such file.
 */
public final class UnreadableFile extends Exception {
  private final transient Finding finding;

  UnreadableFile(Finding finding) {
    super(finding.format(), null, false, false);
    this.finding = finding;
  }

  public Finding finding() {
    return finding;
  }
}
