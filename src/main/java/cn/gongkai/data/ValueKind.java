package cn.gongkai.data;

/** What a table cell may hold, as the official format defines it. */
public enum ValueKind {
  /** A non-negative whole number (件数, 数量). */
  COUNT,
  /** A signed whole number, shown “+3”, “-2”, “0” (本年增/减). */
  SIGNED,
  /** A non-negative decimal amount (万元). */
  AMOUNT;

  public String describe() {
    return switch (this) {
      case COUNT -> "非负整数";
      case SIGNED -> "整数（可为负）";
      case AMOUNT -> "非负数（可有小数）";
    };
  }
}
