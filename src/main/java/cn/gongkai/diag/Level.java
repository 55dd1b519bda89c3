package cn.gongkai.diag;

/** How a finding affects the build. */
public enum Level {
  ERROR("错误"),
  WARNING("警告"),
  ACKNOWLEDGED("已确认"),
  /** Not a problem: a rule could not verify something (its figures are blank as published). Never fails a run. */
  UNVERIFIED("无法核对");

  private final String label;

  Level(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
